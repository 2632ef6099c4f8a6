package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.NOW;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.active;
import static org.sanshe.core.registry.organization.OrganizationFixture.filed;
import static org.sanshe.core.registry.organization.OrganizationFixture.registered;
import static org.sanshe.core.registry.organization.OrganizationFixture.uscc;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationEvent.GradeAwarded;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationFiled;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationRecorded;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationRegistered;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationStatusChanged;

class OrganizationTest {

  private static final LocalDate REGISTERED_ON = LocalDate.of(2020, 6, 1);

  private static void assertRefused(Runnable command, String code) {
    assertThatThrownBy(command::run)
        .isInstanceOf(RegistryException.class)
        .extracting(e -> ((RegistryException) e).code())
        .isEqualTo(code);
  }

  @Test
  void a_registered_organization_holds_its_credit_code_and_records_past_tense_events() {
    Organization o = registered("o1", 1, REGISTERED_ON);
    assertThat(o.status()).isEqualTo(OrganizationStatus.REGISTERED);
    assertThat(o.uscc()).contains(uscc('2', 1));
    assertThat(o.version()).isZero();
    assertThat(o.events())
        .hasExactlyElementsOfTypes(OrganizationRecorded.class, OrganizationRegistered.class)
        .allMatch(e -> e.occurredAt().equals(NOW) && e.organizationId().value().equals("o1"));
  }

  @Test
  void a_filed_organization_has_no_credit_code_and_names_its_street() {
    Organization o = filed("f1");
    assertThat(o.status()).isEqualTo(OrganizationStatus.FILED);
    assertThat(o.uscc()).isEmpty();
    assertThat(o.standing()).isEqualTo(new LegalStanding.Filed(STREET, LocalDate.of(2024, 5, 6)));
    assertThat(o.events())
        .hasExactlyElementsOfTypes(OrganizationRecorded.class, OrganizationFiled.class);
  }

  @Test
  void a_filed_organization_with_a_credit_code_is_refused() {
    NewOrganization form =
        new NewOrganization(
            "舞蹈队",
            LegalForm.COMMUNITY_SOCIAL_ORGANIZATION,
            COMMUNITY,
            NewOrganization.Recognition.FILED,
            uscc('1', 5),
            STREET,
            LocalDate.of(2024, 1, 1));
    assertRefused(
        () -> Organization.create(new OrganizationId("x"), form, CLOCK),
        "ORGANIZATION_FILED_WITH_USCC");
  }

  @Test
  void a_registered_organization_without_a_credit_code_is_refused() {
    NewOrganization form =
        NewOrganization.registered("基金会", LegalForm.FOUNDATION, COMMUNITY, null, REGISTERED_ON);
    assertRefused(
        () -> Organization.create(new OrganizationId("x"), form, CLOCK),
        "ORGANIZATION_REGISTERED_WITHOUT_USCC");
    Organization incubating =
        Organization.create(
            new OrganizationId("i"),
            NewOrganization.incubating("孵化中", LegalForm.SOCIAL_GROUP, COMMUNITY),
            CLOCK);
    assertRefused(
        () -> incubating.register(null, REGISTERED_ON, CLOCK),
        "ORGANIZATION_REGISTERED_WITHOUT_USCC");
  }

  @Test
  void only_community_social_organizations_are_filed_and_with_a_street() {
    NewOrganization foundation =
        new NewOrganization(
            "基金会",
            LegalForm.FOUNDATION,
            COMMUNITY,
            NewOrganization.Recognition.FILED,
            null,
            STREET,
            REGISTERED_ON);
    assertRefused(
        () -> Organization.create(new OrganizationId("x"), foundation, CLOCK),
        "ORGANIZATION_FILING_NOT_ALLOWED");
    NewOrganization atCommunity = NewOrganization.filed("队", COMMUNITY, COMMUNITY, REGISTERED_ON);
    assertRefused(
        () -> Organization.create(new OrganizationId("x"), atCommunity, CLOCK),
        "ORGANIZATION_FILING_DIVISION");
  }

  @Test
  void the_lifecycle_follows_the_allowed_transitions_only() {
    Organization o = registered("o1", 1, REGISTERED_ON);
    Organization active = o.activate(CLOCK);
    Organization suspended = active.suspend(CLOCK);
    Organization reinstated = suspended.activate(CLOCK);
    Organization revoked = reinstated.revoke(CLOCK);
    assertThat(revoked.status()).isEqualTo(OrganizationStatus.REVOKED);
    assertThat(revoked.events().get(revoked.events().size() - 1))
        .isEqualTo(
            new OrganizationStatusChanged(
                o.id(), NOW, OrganizationStatus.ACTIVE, OrganizationStatus.REVOKED));
    assertRefused(() -> o.suspend(CLOCK), "ORGANIZATION_TRANSITION_NOT_ALLOWED");
    assertRefused(() -> revoked.activate(CLOCK), "ORGANIZATION_TRANSITION_NOT_ALLOWED");
    assertRefused(
        () -> active.file(STREET, REGISTERED_ON, CLOCK), "ORGANIZATION_TRANSITION_NOT_ALLOWED");
    assertThat(o.status())
        .as("refused commands change nothing")
        .isEqualTo(OrganizationStatus.REGISTERED);
  }

  @Test
  void the_lifecycle_table_is_explicit() {
    assertThat(OrganizationLifecycle.next(OrganizationStatus.INCUBATING))
        .containsExactlyInAnyOrder(
            OrganizationStatus.FILED,
            OrganizationStatus.REGISTERED,
            OrganizationStatus.DEREGISTERED);
    assertThat(OrganizationLifecycle.next(OrganizationStatus.FILED))
        .contains(OrganizationStatus.REGISTERED, OrganizationStatus.ACTIVE);
    assertThat(OrganizationLifecycle.next(OrganizationStatus.DEREGISTERED)).isEmpty();
    assertThat(OrganizationLifecycle.next(OrganizationStatus.REVOKED)).isEmpty();
    assertThat(
            OrganizationLifecycle.allows(OrganizationStatus.REGISTERED, OrganizationStatus.REVOKED))
        .isFalse();
  }

  @Test
  void a_filed_organization_can_later_register() {
    Organization o = filed("f1").register(uscc('1', 9), LocalDate.of(2025, 1, 2), CLOCK);
    assertThat(o.status()).isEqualTo(OrganizationStatus.REGISTERED);
    assertThat(o.uscc()).contains(uscc('1', 9));
  }

  @Test
  void a_closed_organization_accepts_no_change() {
    Organization closed = active("o1", 1, REGISTERED_ON).deregister(CLOCK);
    assertRefused(() -> closed.landIn(COMMUNITY, REGISTERED_ON, CLOCK), "ORGANIZATION_CLOSED");
    assertRefused(() -> closed.changeDomains(Set.of(), CLOCK), "ORGANIZATION_CLOSED");
  }

  @Test
  void annual_reports_are_one_per_past_year() {
    Organization o = active("o1", 1, REGISTERED_ON);
    Organization reported = o.submitAnnualReport(Year.of(2024), LocalDate.of(2025, 3, 1), CLOCK);
    assertThat(reported.annualReport(Year.of(2024))).isPresent();
    assertRefused(
        () -> reported.submitAnnualReport(Year.of(2024), LocalDate.of(2025, 4, 1), CLOCK),
        "ORGANIZATION_ANNUAL_REPORT_DUPLICATE");
    assertRefused(
        () -> o.submitAnnualReport(Year.of(2025), LocalDate.of(2025, 4, 1), CLOCK),
        "ORGANIZATION_ANNUAL_REPORT_YEAR");
    assertRefused(
        () -> o.submitAnnualReport(Year.of(2019), LocalDate.of(2025, 4, 1), CLOCK),
        "ORGANIZATION_ANNUAL_REPORT_YEAR");
  }

  @Test
  void a_grade_is_awarded_after_two_full_years_and_valid_five_years() {
    Organization o = active("o1", 1, REGISTERED_ON);
    EvaluationPolicy policy = EvaluationPolicy.preset();
    assertRefused(
        () -> o.awardGrade(850, LocalDate.of(2022, 5, 31), policy, CLOCK),
        "ORGANIZATION_GRADE_INELIGIBLE");
    Organization graded = o.awardGrade(850, LocalDate.of(2022, 6, 1), policy, CLOCK);
    GradeAward award = graded.latestGrade().orElseThrow();
    assertThat(award.grade()).isEqualTo(EvaluationGrade.FOUR_A);
    assertThat(award.expiresOn()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(graded.gradeOn(LocalDate.of(2027, 5, 31))).isPresent();
    assertThat(graded.gradeOn(LocalDate.of(2027, 6, 1))).isEmpty();
    assertThat(graded.events().get(graded.events().size() - 1))
        .isEqualTo(new GradeAwarded(o.id(), NOW, award));
  }

  @Test
  void a_new_grade_waits_until_the_previous_one_expires() {
    EvaluationPolicy policy = EvaluationPolicy.preset();
    Organization graded =
        active("o1", 1, REGISTERED_ON).awardGrade(720, LocalDate.of(2022, 6, 1), policy, CLOCK);
    assertThat(policy.eligibility(graded, LocalDate.of(2026, 1, 1)))
        .isEqualTo(
            new GradeEligibility.Ineligible(
                GradeEligibility.Reason.GRADE_STILL_VALID, LocalDate.of(2027, 6, 1)));
    assertRefused(
        () -> graded.awardGrade(950, LocalDate.of(2026, 1, 1), policy, CLOCK),
        "ORGANIZATION_GRADE_INELIGIBLE");
    Organization regraded =
        graded.awardGrade(
            950,
            LocalDate.of(2027, 6, 1),
            policy,
            java.time.Clock.fixed(
                java.time.Instant.parse("2027-06-01T08:00:00Z"), java.time.ZoneOffset.UTC));
    assertThat(regraded.gradeOn(LocalDate.of(2027, 6, 1)).orElseThrow().grade())
        .isEqualTo(EvaluationGrade.FIVE_A);
    assertThat(regraded.grades()).hasSize(2);
  }

  @Test
  void a_grade_dated_before_the_latest_grade_is_refused_so_the_history_stays_in_order() {
    EvaluationPolicy policy = EvaluationPolicy.preset();
    Organization graded =
        active("o1", 1, REGISTERED_ON).awardGrade(720, LocalDate.of(2022, 6, 1), policy, CLOCK);
    assertThat(policy.eligibility(graded, LocalDate.of(2022, 3, 1)))
        .isEqualTo(
            new GradeEligibility.Ineligible(
                GradeEligibility.Reason.GRADE_STILL_VALID, LocalDate.of(2027, 6, 1)));
    assertRefused(
        () -> graded.awardGrade(950, LocalDate.of(2022, 3, 1), policy, CLOCK),
        "ORGANIZATION_GRADE_INELIGIBLE");
  }

  @Test
  void filed_or_inactive_organizations_are_not_graded() {
    EvaluationPolicy policy = EvaluationPolicy.preset();
    assertThat(policy.eligibility(filed("f1").activate(CLOCK), LocalDate.of(2030, 1, 1)))
        .isEqualTo(new GradeEligibility.Ineligible(GradeEligibility.Reason.NOT_REGISTERED, null));
    assertThat(policy.eligibility(registered("o1", 1, REGISTERED_ON), LocalDate.of(2030, 1, 1)))
        .isEqualTo(new GradeEligibility.Ineligible(GradeEligibility.Reason.NOT_ACTIVE, null));
  }

  @Test
  void landings_have_dates_and_cannot_overlap_in_one_community() {
    Organization o =
        active("o1", 1, REGISTERED_ON).landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK);
    assertRefused(
        () -> o.landIn(COMMUNITY, LocalDate.of(2024, 2, 1), CLOCK), "ORGANIZATION_ALREADY_LANDED");
    assertRefused(
        () -> o.landIn(STREET, LocalDate.of(2024, 2, 1), CLOCK), "ORGANIZATION_NOT_COMMUNITY");
    assertRefused(
        () -> o.leave(OTHER_COMMUNITY, LocalDate.of(2024, 2, 1), CLOCK), "ORGANIZATION_NOT_LANDED");
    assertRefused(
        () -> o.leave(COMMUNITY, LocalDate.of(2023, 2, 1), CLOCK), "ORGANIZATION_DATE_ORDER");
    Organization left = o.leave(COMMUNITY, LocalDate.of(2025, 1, 1), CLOCK);
    assertThat(left.landedIn(COMMUNITY, LocalDate.of(2024, 6, 1))).isTrue();
    assertThat(left.landedIn(COMMUNITY, LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(left.landIn(COMMUNITY, LocalDate.of(2026, 1, 1), CLOCK).landings()).hasSize(2);
  }

  @Test
  void roles_hub_federation_and_membership() {
    Organization hub = active("hub", 1, REGISTERED_ON).assignHub(STREET, CLOCK);
    assertThat(hub.hubOf()).contains(STREET);
    assertRefused(
        () -> hub.assignHub(DivisionCode.parse("320114002"), CLOCK), "ORGANIZATION_HUB_TAKEN");
    assertRefused(
        () -> active("h2", 2, REGISTERED_ON).assignHub(COMMUNITY, CLOCK),
        "ORGANIZATION_HUB_DIVISION");
    Organization federation = active("fed", 3, REGISTERED_ON).designateFederation(COMMUNITY, CLOCK);
    assertThat(federation.federationOf()).contains(COMMUNITY);
    assertRefused(
        () -> active("f2", 4, REGISTERED_ON).designateFederation(STREET, CLOCK),
        "ORGANIZATION_NOT_COMMUNITY");
    Organization member = filed("m").joinFederation(federation.id(), CLOCK);
    assertThat(member.memberships()).containsExactly(federation.id());
    assertRefused(() -> member.joinFederation(federation.id(), CLOCK), "ORGANIZATION_MEMBERSHIP");
    assertRefused(() -> member.joinFederation(member.id(), CLOCK), "ORGANIZATION_MEMBERSHIP");
    assertThat(member.leaveFederation(federation.id(), CLOCK).memberships()).isEmpty();
  }

  @Test
  void domains_and_certified_worker_counts() {
    Organization o =
        active("o1", 1, REGISTERED_ON)
            .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.HEALTH), CLOCK)
            .reportCertifiedWorkers(new CertifiedWorkers(3, 2, 1), CLOCK);
    assertThat(o.domains()).containsExactly(ServiceDomain.ELDERLY_CARE, ServiceDomain.HEALTH);
    assertThat(o.serves(ServiceDomain.YOUTH)).isFalse();
    assertThat(o.certifiedWorkers().total()).isEqualTo(6);
    assertRefused(() -> new CertifiedWorkers(-1, 0, 0), "ORGANIZATION_COUNT_NEGATIVE");
  }

  @Test
  void a_snapshot_restores_an_equal_organization() {
    Organization o =
        active("o1", 1, REGISTERED_ON)
            .submitAnnualReport(Year.of(2021), LocalDate.of(2022, 3, 1), CLOCK)
            .awardGrade(910, LocalDate.of(2022, 7, 1), EvaluationPolicy.preset(), CLOCK)
            .landIn(COMMUNITY, LocalDate.of(2023, 1, 1), CLOCK)
            .assignHub(STREET, CLOCK)
            .changeDomains(Set.of(ServiceDomain.YOUTH), CLOCK)
            .storedAs(3);
    Organization restored = Organization.restore(o.snapshot());
    assertThat(restored).isEqualTo(o);
    assertThat(restored.snapshot()).isEqualTo(o.snapshot());
    assertThat(restored.events()).isEmpty();
  }

  @Test
  void a_snapshot_breaking_a_rule_is_refused() {
    OrganizationSnapshot filedSnapshot = filed("f1").snapshot();
    OrganizationSnapshot filedWithUscc =
        new OrganizationSnapshot(
            filedSnapshot.id(),
            0,
            filedSnapshot.name(),
            filedSnapshot.legalForm(),
            OrganizationStatus.FILED,
            filedSnapshot.division(),
            uscc('1', 3),
            null,
            filedSnapshot.filingDivision(),
            filedSnapshot.filedOn(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertRefused(() -> Organization.restore(filedWithUscc), "ORGANIZATION_FILED_WITH_USCC");
    OrganizationSnapshot registeredWithout =
        new OrganizationSnapshot(
            filedSnapshot.id(),
            0,
            "x",
            LegalForm.FOUNDATION,
            OrganizationStatus.REGISTERED,
            COMMUNITY,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertRefused(
        () -> Organization.restore(registeredWithout), "ORGANIZATION_REGISTERED_WITHOUT_USCC");
  }

  @Test
  void grade_bands_are_configurable_with_the_domain_preset() {
    EvaluationGradeBands preset = EvaluationGradeBands.preset();
    assertThat(preset.gradeFor(1000)).isEqualTo(EvaluationGrade.FIVE_A);
    assertThat(preset.gradeFor(900)).isEqualTo(EvaluationGrade.FIVE_A);
    assertThat(preset.gradeFor(899)).isEqualTo(EvaluationGrade.FOUR_A);
    assertThat(preset.gradeFor(700)).isEqualTo(EvaluationGrade.THREE_A);
    assertThat(preset.gradeFor(600)).isEqualTo(EvaluationGrade.TWO_A);
    assertThat(preset.gradeFor(599)).isEqualTo(EvaluationGrade.ONE_A);
    EvaluationGradeBands local = EvaluationGradeBands.of(950, 850, 750, 650);
    assertThat(local.gradeFor(900)).isEqualTo(EvaluationGrade.FOUR_A);
    assertRefused(() -> preset.gradeFor(1001), "ORGANIZATION_SCORE_RANGE");
    assertRefused(
        () -> EvaluationGradeBands.of(800, 900, 700, 600), "ORGANIZATION_GRADE_BANDS_INVALID");
    assertThat(EvaluationGrade.parse("3A")).isEqualTo(EvaluationGrade.THREE_A);
  }

  @Test
  void three_a_and_above_get_purchase_priority() {
    EvaluationPolicy policy = EvaluationPolicy.preset();
    Organization threeA =
        active("o1", 1, REGISTERED_ON).awardGrade(700, LocalDate.of(2023, 1, 1), policy, CLOCK);
    Organization twoA =
        active("o2", 2, REGISTERED_ON).awardGrade(699, LocalDate.of(2023, 1, 1), policy, CLOCK);
    PurchasePriorityPolicy priority = PurchasePriorityPolicy.preset();
    assertThat(priority.decide(threeA, LocalDate.of(2024, 1, 1)).priority()).isTrue();
    assertThat(priority.decide(twoA, LocalDate.of(2024, 1, 1)).priority()).isFalse();
    assertThat(priority.decide(threeA, LocalDate.of(2028, 1, 1)).priority())
        .as("expired")
        .isFalse();
  }
}
