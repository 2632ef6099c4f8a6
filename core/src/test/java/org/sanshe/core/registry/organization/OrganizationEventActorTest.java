package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.uscc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.memory.InMemoryOrganizations;

/** Registry events name who acted; events made or stored without an actor read as unrecorded. */
class OrganizationEventActorTest {

  private final InMemoryOrganizations store = new InMemoryOrganizations();
  private final List<OrganizationEvent> events = new ArrayList<>();
  private final OrganizationRegistry registry =
      OrganizationRegistry.builder(store, OrganizationFixture.divisions())
          .clock(CLOCK)
          .ids(IdSource.sequential("org"))
          .listener(events::add)
          .build();

  private static NewOrganization form() {
    return NewOrganization.registered(
        "雨花街道社会组织服务中心",
        LegalForm.SOCIAL_SERVICE_AGENCY,
        STREET,
        uscc('2', 1),
        LocalDate.of(2018, 3, 1));
  }

  @Test
  void every_event_of_an_acting_registry_names_the_actor() {
    OrganizationRegistry officer = registry.actingAs("officer-7");
    Organization created = officer.create(form());
    officer.activate(created.id());
    registry.actingAs("clerk-2").rename(created.id(), "雨花台区社会组织服务中心");
    assertThat(events)
        .extracting(e -> e.getClass().getSimpleName() + ":" + e.actor())
        .containsExactly(
            "OrganizationRecorded:officer-7",
            "OrganizationRegistered:officer-7",
            "OrganizationStatusChanged:officer-7",
            "OrganizationRenamed:clerk-2");
    assertThat(officer.actor()).isEqualTo("officer-7");
    assertThat(registry.actor()).isEqualTo(OrganizationEvent.UNRECORDED);
  }

  @Test
  void a_registry_that_acts_for_nobody_and_old_events_read_as_unrecorded() {
    Organization created = registry.create(form());
    assertThat(events).allMatch(e -> e.actor().equals(OrganizationEvent.UNRECORDED));
    OrganizationEvent.OrganizationRenamed old =
        new OrganizationEvent.OrganizationRenamed(created.id(), CLOCK.instant(), "甲", "乙");
    assertThat(old.actor()).isEqualTo("unrecorded");
    // a stored event without the actor field is rebuilt with a null actor by a plain mapper
    assertThat(
            new OrganizationEvent.OrganizationRenamed(created.id(), CLOCK.instant(), "甲", "乙", null)
                .actor())
        .isEqualTo(OrganizationEvent.UNRECORDED);
    assertThat(old.withActor("officer-7"))
        .isEqualTo(
            new OrganizationEvent.OrganizationRenamed(
                created.id(), CLOCK.instant(), "甲", "乙", "officer-7"));
  }

  @Test
  void an_actor_already_named_is_kept_and_a_bad_actor_id_is_refused_before_anything_changes() {
    Organization created = registry.create(form());
    Organization renamed = created.rename("新名称", CLOCK).actedBy("first").actedBy("second");
    assertThat(renamed.events()).extracting(OrganizationEvent::actor).containsExactly("first");
    assertThatThrownBy(() -> registry.actingAs("two words"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_ID_INVALID));
    assertThatThrownBy(
            () ->
                new OrganizationEvent.OrganizationRenamed(
                    created.id(), CLOCK.instant(), "甲", "乙", ""))
        .isInstanceOf(SansheException.class);
    assertThat(store.find(created.id()).orElseThrow().name()).isEqualTo(created.name());
  }
}
