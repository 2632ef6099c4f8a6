package org.sanshe.examples.snippets;

// tag::downstream-test[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.testkit.SansheAssertions.assertThat;
import static org.sanshe.testkit.SansheAssertions.assertThatSanshe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.deliberation.budgeting.Greedy;
import org.sanshe.deliberation.budgeting.Support;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.fixture.ElectionFixture;
import org.sanshe.testkit.fixture.RegistryFixture;
import org.sanshe.testkit.fixture.SurveyFixture;
import org.sanshe.testkit.fixture.TimeBankFixture;
import org.sanshe.testkit.generator.SeededGenerator;
import org.sanshe.testkit.generator.Volunteer;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;

/** How a project that builds on Sanshe tests its own code with sanshe-testkit. */
class DownstreamTestkitTest {

  /** The code under test: a street office imports a month of services from its own app. */
  static TimeCredit importMonth(TimeBankFixture timeBank, List<ServiceDraft> services) {
    TimeCredit total = TimeCredit.ZERO;
    for (ServiceDraft service : services) {
      ServiceRecord recorded =
          timeBank.bank().services().record(TimeBankFixture.COORDINATOR, service).record();
      timeBank.bank().services().verify(TimeBankFixture.COORDINATOR, recorded.id());
      total = total.plus(TimeCredit.ofMinutes(service.served().toMinutes()));
    }
    return total;
  }

  @Test
  void a_month_of_generated_services_keeps_the_books_sound() {
    TimeBankFixture timeBank = new TimeBankFixture();
    SeededGenerator random = SeededGenerator.withSeed(2026);
    List<Volunteer> volunteers =
        random.volunteers(DistrictFixture.DISTRICT, LocalDate.of(2026, 3, 1), 5);
    volunteers.forEach(v -> timeBank.openIndividual(v.party(), v.account(), v.age()));
    Instant now = timeBank.clock().instant();

    TimeCredit imported =
        importMonth(
            timeBank, random.serviceRecords(volunteers, TimeBankFixture.ORGANIZATION, now, 20));

    TimeCredit credited = TimeCredit.ZERO;
    for (Volunteer v : volunteers) {
      credited = credited.plus(timeBank.bank().ledger().account(v.account()).balance());
    }
    assertThat(credited).isEqualTo(imported);
    assertThat(timeBank.bank()).isBalanced().hasIntactChain();
    Volunteer first = volunteers.get(0);
    assertThat(
            timeBank
                .bank()
                .audit()
                .statement(first.account(), now.minus(Duration.ofDays(30)), now.plusSeconds(1)))
        .hasLineCount(20)
        .addsUp();
  }

  @Test
  void the_registry_and_the_votes_behave_as_the_district_expects() {
    RegistryFixture registry = new RegistryFixture();
    Organization hub = registry.hub();
    Organization agency = registry.registered("西康路助老服务中心");
    assertThat(registry.organizations().hubOf(DistrictFixture.STREET).map(Organization::id))
        .contains(hub.id());
    assertThatSanshe(
            () ->
                registry
                    .registry()
                    .create(
                        NewOrganization.registered(
                            "冒名服务中心",
                            LegalForm.SOCIAL_SERVICE_AGENCY,
                            DistrictFixture.COMMUNITY,
                            agency.uscc().orElseThrow(),
                            LocalDate.of(2024, 1, 1))))
        .hasCode("ORGANIZATION_USCC_DUPLICATE");

    assertThat(Greedy.bySupport(Support.approvals()).allocate(ElectionFixture.microFund()))
        .elected("lift", "bench", "mural")
        .staysWithinBudget();
    assertThat(SurveyFixture.score(SurveyFixture.worker("wang"), 50, 5, 5, 1))
        .isInGrade(Grade.EXCELLENT);
  }
}
// end::downstream-test[]
