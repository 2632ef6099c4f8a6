package org.sanshe.core.registry.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.programme.ProgrammeFixture.ACTOR;
import static org.sanshe.core.registry.programme.ProgrammeFixture.AT;
import static org.sanshe.core.registry.programme.ProgrammeFixture.CALL;
import static org.sanshe.core.registry.programme.ProgrammeFixture.CLOSES;
import static org.sanshe.core.registry.programme.ProgrammeFixture.OPENS;
import static org.sanshe.core.registry.programme.ProgrammeFixture.eligible;
import static org.sanshe.core.registry.programme.ProgrammeFixture.form;
import static org.sanshe.core.registry.programme.ProgrammeFixture.withCall;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.ApplicationEvent.ApplicationDecided;
import org.sanshe.core.registry.programme.ApplicationEvent.ApplicationSubmitted;
import org.sanshe.core.registry.programme.memory.InMemoryApplications;
import org.sanshe.core.registry.project.ProjectId;

class ApplicationTest {

  private static RegistryException refused(Runnable r, RegistryError code) {
    try {
      r.run();
    } catch (RegistryException e) {
      assertThat(e.errorCode()).isEqualTo(code);
      return e;
    }
    throw new AssertionError("expected " + code);
  }

  @Test
  void an_eligible_organization_applies_to_an_open_call_and_is_approved() {
    Organization org = eligible("o1", 1);
    Application a = Application.submit(withCall(), org, form("a1", org, OPENS), ACTOR, AT);
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(a.pendingEvents()).singleElement().isInstanceOf(ApplicationSubmitted.class);
    Application approved = a.approve("panel-chair", AT);
    assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(approved.pendingEvents().get(1))
        .isInstanceOfSatisfying(
            ApplicationDecided.class, d -> assertThat(d.actor()).isEqualTo("panel-chair"));
    refused(() -> approved.withdraw(ACTOR, AT), RegistryError.APPLICATION_TRANSITION_NOT_ALLOWED);
    assertThat(Application.restore(approved.snapshot())).isEqualTo(approved);
  }

  @Test
  void an_application_to_a_closed_call_is_refused_and_nothing_is_stored() {
    Organization org = eligible("o1", 1);
    Programme p = withCall();
    InMemoryApplications store = new InMemoryApplications();
    for (LocalDate day : new LocalDate[] {OPENS.minusDays(1), CLOSES.plusDays(1)}) {
      RegistryException e =
          refused(
              () -> store.add(Application.submit(p, org, form("a1", org, day), ACTOR, AT)),
              RegistryError.PROGRAMME_CALL_CLOSED);
      assertThat(e.message(Locale.ENGLISH)).contains(CALL.value()).contains("not open");
      assertThat(e.message(Locale.CHINESE)).contains("不接受申报");
    }
    Programme closedEarly = p.closeCall(CALL, OPENS.plusDays(5), ACTOR, AT);
    refused(
        () -> Application.submit(closedEarly, org, form("a1", org, OPENS.plusDays(5)), ACTOR, AT),
        RegistryError.PROGRAMME_CALL_CLOSED);
    assertThat(store.toCall(p.id(), CALL)).isEmpty();
    assertThat(
            Application.submit(closedEarly, org, form("a1", org, OPENS.plusDays(4)), ACTOR, AT)
                .status())
        .isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void each_eligibility_rule_refuses_with_its_own_wording() {
    Programme p = withCall();
    Organization suspended = eligible("o2", 2).suspend(CLOCK);
    Organization filed = OrganizationFixture.filed("o3").activate(CLOCK);
    Organization otherDomain =
        eligible("o4", 4).changeDomains(Set.of(ServiceDomain.ENVIRONMENT), CLOCK);
    Organization ungraded =
        OrganizationFixture.active("o5", 5, LocalDate.of(2020, 1, 2))
            .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK);
    Organization twoA =
        OrganizationFixture.active("o6", 6, LocalDate.of(2020, 1, 2))
            .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK)
            .awardGrade(650, LocalDate.of(2025, 6, 1), EvaluationPolicy.preset(), CLOCK);
    Object[][] cases = {
      {suspended, Eligibility.Rule.STATUS, "suspended"},
      {filed, Eligibility.Rule.REGISTRATION, "registered"},
      {otherDomain, Eligibility.Rule.DOMAIN, "domain"},
      {ungraded, Eligibility.Rule.GRADE, "grade"},
      {twoA, Eligibility.Rule.GRADE, "grade"},
    };
    for (Object[] c : cases) {
      Organization org = (Organization) c[0];
      assertThat(p.eligibility().check(org, ServiceDomain.ELDERLY_CARE, OPENS))
          .isEqualTo(new Eligibility.Ineligible((Eligibility.Rule) c[1]));
      RegistryException e =
          refused(
              () -> Application.submit(p, org, form("a", org, OPENS), ACTOR, AT),
              RegistryError.PROGRAMME_ORGANIZATION_INELIGIBLE);
      assertThat(e.message(Locale.ENGLISH)).contains(org.id().value()).contains((String) c[2]);
    }
    // a project in a domain the programme does not fund
    Organization environment =
        eligible("o7", 7)
            .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.ENVIRONMENT), CLOCK);
    NewApplication f = form("a", environment, OPENS);
    NewApplication unfunded =
        new NewApplication(
            f.id(),
            f.call(),
            f.applicant(),
            f.project(),
            ServiceDomain.ENVIRONMENT,
            f.requested(),
            f.appliedOn(),
            f.origin());
    refused(
        () -> Application.submit(p, environment, unfunded, ACTOR, AT),
        RegistryError.PROGRAMME_ORGANIZATION_INELIGIBLE);
    // a grade that has expired by the day of the application is no grade
    Organization expired = eligible("o8", 8);
    assertThat(
            p.eligibility()
                .check(expired, ServiceDomain.ELDERLY_CARE, LocalDate.of(2031, 1, 1))
                .eligible())
        .isFalse();
  }

  @Test
  void requests_are_positive_and_within_the_programme_and_the_applicant_is_the_forms() {
    Organization org = eligible("o1", 1);
    Programme p = withCall();
    NewApplication f = form("a1", org, OPENS);
    refused(
        () ->
            new NewApplication(
                f.id(),
                f.call(),
                f.applicant(),
                f.project(),
                f.domain(),
                Money.ZERO,
                f.appliedOn(),
                f.origin()),
        RegistryError.BUDGET_AMOUNT_NOT_POSITIVE);
    NewApplication tooMuch =
        new NewApplication(
            f.id(),
            f.call(),
            f.applicant(),
            f.project(),
            f.domain(),
            Money.ofYuan(1_000_001),
            f.appliedOn(),
            f.origin());
    refused(
        () -> Application.submit(p, org, tooMuch, ACTOR, AT),
        RegistryError.PROGRAMME_SETTING_INVALID);
    refused(
        () -> Application.submit(p, eligible("o2", 2), f, ACTOR, AT),
        RegistryError.PROGRAMME_SETTING_INVALID);
    NewApplication unknownCall =
        new NewApplication(
            f.id(),
            CallId.of("none"),
            f.applicant(),
            f.project(),
            f.domain(),
            f.requested(),
            f.appliedOn(),
            f.origin());
    refused(
        () -> Application.submit(p, org, unknownCall, ACTOR, AT),
        RegistryError.PROGRAMME_CALL_UNKNOWN);
  }

  @Test
  void the_winners_of_a_contest_enter_one_call_together_keeping_their_origin() {
    Programme p = withCall();
    InMemoryApplications store = new InMemoryApplications();
    Organization org = eligible("o1", 1);
    NewApplication f = form("a1", org, OPENS);
    NewApplication won =
        new NewApplication(
            f.id(),
            f.call(),
            f.applicant(),
            f.project(),
            f.domain(),
            f.requested(),
            f.appliedOn(),
            Optional.of(new ProjectOrigin(OriginKind.PROPOSAL_CONTEST, "C-2026/E3")));
    NewApplication second =
        new NewApplication(
            ApplicationId.of("a2"),
            f.call(),
            f.applicant(),
            new ProjectId("p2"),
            f.domain(),
            f.requested(),
            f.appliedOn(),
            Optional.of(new ProjectOrigin(OriginKind.PROPOSAL_CONTEST, "C-2026/E7")));
    NewApplication sameProject =
        new NewApplication(
            ApplicationId.of("a3"),
            f.call(),
            f.applicant(),
            f.project(),
            f.domain(),
            f.requested(),
            f.appliedOn(),
            Optional.empty());
    Application a1 = Application.submit(p, org, won, ACTOR, AT);
    Application a2 = Application.submit(p, org, second, ACTOR, AT);
    Application a3 = Application.submit(p, org, sameProject, ACTOR, AT);
    refused(() -> store.addAll(java.util.List.of(a1, a2, a3)), RegistryError.APPLICATION_DUPLICATE);
    assertThat(store.toCall(p.id(), CALL)).isEmpty();
    store.addAll(java.util.List.of(a1, a2));
    assertThat(store.toCall(p.id(), CALL))
        .extracting(a -> a.origin().orElseThrow().reference())
        .containsExactly("C-2026/E3", "C-2026/E7");
    refused(() -> store.add(a3), RegistryError.APPLICATION_DUPLICATE);
  }
}
