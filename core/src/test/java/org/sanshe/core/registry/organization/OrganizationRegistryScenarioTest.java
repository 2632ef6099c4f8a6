package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.uscc;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.memory.InMemoryOrganizations;

/** A street's registry over the in-memory store, from incubation to grades and landings. */
class OrganizationRegistryScenarioTest {

  private final InMemoryOrganizations store = new InMemoryOrganizations();
  private final List<OrganizationEvent> events = new ArrayList<>();
  private final OrganizationRegistry registry =
      OrganizationRegistry.builder(store, OrganizationFixture.divisions())
          .clock(CLOCK)
          .ids(IdSource.sequential("org"))
          .evaluation(EvaluationPolicy.preset())
          .listener(events::add)
          .build();

  private void assertRefused(Runnable command, String code) {
    long before = store.size();
    int eventsBefore = events.size();
    assertThatThrownBy(command::run)
        .isInstanceOf(RegistryException.class)
        .extracting(e -> ((RegistryException) e).code())
        .isEqualTo(code);
    assertThat(store.size()).isEqualTo(before);
    assertThat(events).hasSize(eventsBefore);
  }

  @Test
  void a_street_builds_its_network_of_organizations() {
    Organization hub =
        registry.create(
            NewOrganization.registered(
                "雨花街道社会组织服务中心",
                LegalForm.SOCIAL_SERVICE_AGENCY,
                STREET,
                uscc('2', 1),
                LocalDate.of(2018, 3, 1)));
    OrganizationId hubId = hub.id();
    registry.activate(hubId);
    registry.assignHub(hubId, STREET);
    registry.awardGrade(hubId, 905, LocalDate.of(2021, 5, 1));

    Organization federation =
        registry.create(
            NewOrganization.registered(
                "雨花社区社会组织联合会",
                LegalForm.SOCIAL_GROUP,
                COMMUNITY,
                uscc('1', 2),
                LocalDate.of(2019, 1, 1)));
    registry.activate(federation.id());
    registry.designateFederation(federation.id(), COMMUNITY);

    Organization team =
        registry.create(
            NewOrganization.incubating(
                "丁墙志愿者队", LegalForm.COMMUNITY_SOCIAL_ORGANIZATION, OTHER_COMMUNITY));
    registry.file(team.id(), STREET, LocalDate.of(2024, 4, 1));
    registry.activate(team.id());
    registry.joinFederation(team.id(), federation.id());
    registry.landIn(team.id(), COMMUNITY, LocalDate.of(2024, 5, 1));
    registry.changeDomains(team.id(), Set.of(ServiceDomain.VOLUNTEERING));
    registry.submitAnnualReport(team.id(), Year.of(2024), LocalDate.of(2025, 2, 1));

    assertThat(store.hubOf(STREET).orElseThrow().id()).isEqualTo(hubId);
    assertThat(
            store.find(hubId).orElseThrow().gradeOn(LocalDate.of(2025, 1, 1)).orElseThrow().grade())
        .isEqualTo(EvaluationGrade.FIVE_A);
    assertThat(
            store.query(OrganizationQuery.all().landedIn(COMMUNITY), PageRequest.first(10)).items())
        .extracting(Organization::id)
        .containsExactly(team.id());
    assertThat(store.countsPerStreet(DISTRICT)).containsEntry(STREET, 3L);
    assertThat(events).allMatch(e -> e.occurredAt().equals(OrganizationFixture.NOW));
    assertThat(events).hasSizeGreaterThan(12);
    assertThat(store.find(team.id()).orElseThrow().version()).isEqualTo(7);
  }

  @Test
  void bad_input_gets_a_specific_code_and_changes_nothing() {
    Organization a =
        registry.create(
            NewOrganization.registered(
                "甲", LegalForm.FOUNDATION, COMMUNITY, uscc('3', 7), LocalDate.of(2020, 1, 1)));
    assertRefused(
        () ->
            registry.create(
                NewOrganization.registered(
                    "乙", LegalForm.FOUNDATION, COMMUNITY, uscc('3', 7), LocalDate.of(2020, 1, 1))),
        "ORGANIZATION_USCC_DUPLICATE");
    assertRefused(
        () ->
            registry.create(
                NewOrganization.registered(
                    "丙",
                    LegalForm.FOUNDATION,
                    DivisionCode.parse("320114009001"),
                    uscc('3', 8),
                    LocalDate.of(2020, 1, 1))),
        "REGISTRY_DIVISION_UNKNOWN");
    assertRefused(() -> registry.suspend(a.id()), "ORGANIZATION_TRANSITION_NOT_ALLOWED");
    assertRefused(
        () -> registry.awardGrade(a.id(), 950, LocalDate.of(2025, 1, 1)),
        "ORGANIZATION_GRADE_INELIGIBLE");
    assertRefused(
        () -> registry.landIn(a.id(), DivisionCode.parse("320114001099"), LocalDate.of(2025, 1, 1)),
        "REGISTRY_DIVISION_UNKNOWN");
    assertRefused(() -> registry.joinFederation(a.id(), a.id()), "ORGANIZATION_NOT_FEDERATION");
    assertRefused(() -> registry.activate(new OrganizationId("missing")), "ORGANIZATION_NOT_FOUND");
    assertThat(store.find(a.id()).orElseThrow().version()).isEqualTo(1);
  }
}
