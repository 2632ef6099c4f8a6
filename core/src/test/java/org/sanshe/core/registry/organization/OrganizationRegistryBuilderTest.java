package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.uscc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.memory.InMemoryOrganizations;

/** The builder wires the parts it is given and documents a default for every other one. */
class OrganizationRegistryBuilderTest {

  private final InMemoryOrganizations store = new InMemoryOrganizations();
  private final Divisions divisions = OrganizationFixture.divisions();

  private static NewOrganization form() {
    return NewOrganization.registered(
        "雨花街道社会组织服务中心",
        LegalForm.SOCIAL_SERVICE_AGENCY,
        STREET,
        uscc('2', 1),
        LocalDate.of(2018, 3, 1));
  }

  @Test
  void the_parts_set_are_the_parts_used() {
    List<OrganizationEvent> events = new ArrayList<>();
    List<OrganizationEvent> failed = new ArrayList<>();
    OrganizationRegistry registry =
        OrganizationRegistry.builder(store, divisions)
            .clock(CLOCK)
            .ids(IdSource.sequential("org"))
            .evaluation(EvaluationPolicy.preset())
            .listener(
                e -> {
                  events.add(e);
                  throw new IllegalStateException("listener down");
                })
            .listenerFailures((event, failure) -> failed.add(event))
            .build();
    Organization created = registry.create(form());
    assertThat(created.id().value()).isEqualTo("org-1");
    assertThat(store.find(created.id())).contains(created);
    assertThat(events).hasSize(2);
    assertThat(failed).isEqualTo(events);
    assertThat(events.get(0))
        .isInstanceOfSatisfying(
            OrganizationEvent.OrganizationRecorded.class,
            r -> assertThat(r.occurredAt()).isEqualTo(CLOCK.instant()));
  }

  @Test
  void with_only_the_store_and_the_directory_ids_are_random_uuids_and_nobody_listens() {
    OrganizationRegistry registry = OrganizationRegistry.builder(store, divisions).build();
    Organization created = registry.create(form());
    assertThat(UUID.fromString(created.id().value())).isNotNull();
    assertThat(registry.activate(created.id()).status()).isEqualTo(OrganizationStatus.ACTIVE);
  }

  @Test
  void required_and_set_parts_are_never_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> OrganizationRegistry.builder(null, divisions))
        .withMessage("organizations");
    assertThatNullPointerException()
        .isThrownBy(() -> OrganizationRegistry.builder(store, null))
        .withMessage("divisions");
    OrganizationRegistry.Builder builder = OrganizationRegistry.builder(store, divisions);
    assertThatNullPointerException().isThrownBy(() -> builder.clock(null)).withMessage("clock");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.listener(null))
        .withMessage("listener");
  }
}
