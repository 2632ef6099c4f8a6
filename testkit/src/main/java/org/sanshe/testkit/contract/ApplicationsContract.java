package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.ACTOR;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.AT;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.CALL;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.form;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.organization;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.withCall;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.programme.Application;
import org.sanshe.core.registry.programme.ApplicationId;
import org.sanshe.core.registry.programme.ApplicationStatus;
import org.sanshe.core.registry.programme.Applications;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.Programme;

/**
 * The contract of the {@link Applications} port. Extend it with a fresh, empty store per test and a
 * way to reopen a store over the same data; every test here must pass.
 *
 * <p>What it holds a store to: an application reads back equal (origin included), also after a
 * reopen; versions are optimistic ({@code APPLICATION_VERSION_CONFLICT}); a taken id, or a second
 * application of one project to one call, is {@code APPLICATION_DUPLICATE}; {@code addAll} stores
 * all or none; the applications to a call are listed by id; events go to the outbox with the save.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ApplicationsContract {

  /** Creates the contract. */
  protected ApplicationsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Applications newStore();

  /**
   * Returns another instance over the same stored data.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same one for a store that lives only in memory)
   */
  protected abstract Applications reopen(Applications store);

  /**
   * Returns a new, empty store writing to a new, empty outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<Applications> newStoreWithOutbox();

  private final Programme programme = withCall("prg-1");
  private final Organization org = organization("org-1", 1);

  private Application submit(String id, String project, String origin) {
    return Application.submit(programme, org, form(id, org, project, origin), ACTOR, AT);
  }

  private static void assertCode(Runnable r, RegistryError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void an_application_reads_back_equal_also_after_a_reopen() {
    Applications store = newStore();
    Application a = submit("app-1", "p-1", "V-2026/3");
    store.add(a);
    Application read = store.find(a.id()).orElseThrow();
    assertThat(read.snapshot()).isEqualTo(a.snapshot().withVersion(1));
    assertThat(reopen(store).find(a.id()).orElseThrow().snapshot()).isEqualTo(read.snapshot());
    Application plain = submit("app-2", "p-2", null);
    store.add(plain);
    assertThat(store.find(plain.id()).orElseThrow().origin()).isEmpty();
    assertThat(store.find(ApplicationId.of("none"))).isEmpty();
  }

  @Test
  void versions_are_optimistic_and_duplicates_refused() {
    Applications store = newStore();
    store.add(submit("app-1", "p-1", null));
    Application v1 = store.find(ApplicationId.of("app-1")).orElseThrow();
    store.update(v1.approve(ACTOR, AT));
    assertCode(
        () -> store.update(v1.reject(ACTOR, AT)), RegistryError.APPLICATION_VERSION_CONFLICT);
    assertCode(() -> store.add(submit("app-1", "p-9", null)), RegistryError.APPLICATION_DUPLICATE);
    assertCode(() -> store.add(submit("app-9", "p-1", null)), RegistryError.APPLICATION_DUPLICATE);
    assertCode(
        () -> store.update(submit("app-8", "p-8", null)), RegistryError.APPLICATION_NOT_FOUND);
    Application v2 = reopen(store).find(ApplicationId.of("app-1")).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.status()).isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void the_winners_of_a_vote_enter_a_call_all_or_none() {
    Applications store = newStore();
    store.add(submit("app-0", "p-0", null));
    List<Application> clash = List.of(submit("app-1", "p-1", "V/1"), submit("app-2", "p-0", "V/2"));
    assertCode(() -> store.addAll(clash), RegistryError.APPLICATION_DUPLICATE);
    assertThat(store.find(ApplicationId.of("app-1"))).isEmpty();
    store.addAll(List.of(submit("app-2", "p-2", "V/2"), submit("app-1", "p-1", "V/1")));
    assertThat(reopen(store).toCall(programme.id(), CALL))
        .extracting(a -> a.id().value())
        .containsExactly("app-0", "app-1", "app-2");
    assertThat(store.toCall(programme.id(), CallId.of("other"))).isEmpty();
  }

  @Test
  void a_save_writes_its_events_and_a_refused_one_writes_none() {
    WithOutbox<Applications> w = newStoreWithOutbox();
    w.store().add(submit("app-1", "p-1", null));
    Application v1 = w.store().find(ApplicationId.of("app-1")).orElseThrow();
    w.store().update(v1.withdraw(ACTOR, AT));
    assertCode(
        () -> w.store().update(v1.approve(ACTOR, AT)), RegistryError.APPLICATION_VERSION_CONFLICT);
    assertCode(
        () -> w.store().add(submit("app-1", "p-2", null)), RegistryError.APPLICATION_DUPLICATE);
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(e -> e.eventType() + "@" + e.aggregateVersion())
        .containsExactly("ApplicationSubmitted@1", "ApplicationDecided@2");
  }
}
