package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.uscc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.kernel.ListenerFailureHandler;
import org.sanshe.core.registry.memory.InMemoryOrganizations;

/**
 * A listener that throws never undoes or fails a stored command: the organization stays stored, the
 * command returns it, every event still reaches the listener, and the failure goes to the handler
 * (by default the thread's uncaught-exception handler).
 */
class RegistryListenerFailureTest {

  private final InMemoryOrganizations store = new InMemoryOrganizations();
  private final List<OrganizationEvent> delivered = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  /** A listener that records every event and throws on the first one. */
  private final Consumer<OrganizationEvent> throwsOnFirst =
      e -> {
        delivered.add(e);
        if (delivered.size() == 1) {
          throw new IllegalStateException("mail server down");
        }
      };

  private OrganizationRegistry registry(
      Consumer<OrganizationEvent> listener, ListenerFailureHandler<OrganizationEvent> handler) {
    return handler == null
        ? OrganizationRegistry.builder(store, OrganizationFixture.divisions())
            .clock(CLOCK)
            .ids(IdSource.sequential("org"))
            .evaluation(EvaluationPolicy.preset())
            .listener(listener)
            .build()
        : OrganizationRegistry.builder(store, OrganizationFixture.divisions())
            .clock(CLOCK)
            .ids(IdSource.sequential("org"))
            .evaluation(EvaluationPolicy.preset())
            .listener(listener)
            .listenerFailures(handler)
            .build();
  }

  private static NewOrganization form() {
    return NewOrganization.registered(
        "雨花街道社会组织服务中心",
        LegalForm.SOCIAL_SERVICE_AGENCY,
        STREET,
        uscc('2', 1),
        LocalDate.of(2018, 3, 1));
  }

  @Test
  void a_failing_listener_leaves_the_command_stored_returned_and_every_event_delivered() {
    OrganizationRegistry registry =
        registry(
            throwsOnFirst, (event, failure) -> failures.add(event + " " + failure.getMessage()));
    Organization created = registry.create(form());
    assertThat(store.find(created.id())).contains(created);
    assertThat(delivered)
        .hasSize(2)
        .hasExactlyElementsOfTypes(
            OrganizationEvent.OrganizationRecorded.class,
            OrganizationEvent.OrganizationRegistered.class);
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).contains("mail server down");
    Organization active = registry.activate(created.id());
    assertThat(active.status()).isEqualTo(OrganizationStatus.ACTIVE);
    assertThat(delivered).hasSize(3);
  }

  @Test
  void by_default_the_failure_goes_to_the_threads_uncaught_exception_handler() {
    AtomicReference<Throwable> uncaught = new AtomicReference<>();
    Thread current = Thread.currentThread();
    Thread.UncaughtExceptionHandler before = current.getUncaughtExceptionHandler();
    current.setUncaughtExceptionHandler((t, e) -> uncaught.set(e));
    try {
      Organization created = registry(throwsOnFirst, null).create(form());
      assertThat(store.find(created.id())).isPresent();
    } finally {
      current.setUncaughtExceptionHandler(before);
    }
    assertThat(uncaught.get()).hasMessage("mail server down");
    assertThat(delivered).hasSize(2);
  }

  @Test
  void a_handler_that_throws_is_reported_too_and_delivery_goes_on() {
    AtomicReference<Throwable> uncaught = new AtomicReference<>();
    Thread current = Thread.currentThread();
    Thread.UncaughtExceptionHandler before = current.getUncaughtExceptionHandler();
    current.setUncaughtExceptionHandler((t, e) -> uncaught.set(e));
    try {
      Organization created =
          registry(
                  throwsOnFirst,
                  (event, failure) -> {
                    throw new IllegalArgumentException("handler broken");
                  })
              .create(form());
      assertThat(store.find(created.id())).isPresent();
    } finally {
      current.setUncaughtExceptionHandler(before);
    }
    assertThat(uncaught.get()).hasMessage("mail server down");
    assertThat(uncaught.get().getSuppressed())
        .singleElement()
        .hasFieldOrPropertyWithValue("message", "handler broken");
    assertThat(delivered).hasSize(2);
  }
}
