package org.sanshe.core.registry.programme;

import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT;
import static org.sanshe.core.registry.organization.OrganizationFixture.FAR_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.ProjectId;

/** Factories for programme tests. */
final class ProgrammeFixture {

  static final Instant AT = OrganizationFixture.NOW;
  static final String ACTOR = "officer-1";
  static final ProgrammeId PROGRAMME = ProgrammeId.of("VP-2026");
  static final CallId CALL = CallId.of("VP-2026-1");
  static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
  static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);

  private ProgrammeFixture() {}

  static Need need(String id, ServiceDomain category, boolean farStreet) {
    return new Need(
        new NeedId(id),
        Channel.GRID,
        category,
        farStreet ? FAR_COMMUNITY : (id.hashCode() % 2 == 0 ? COMMUNITY : OTHER_COMMUNITY),
        LocalDate.of(2025, 11, 1),
        "need " + id);
  }

  /** Street 001: two elderly-care needs, one youth need; street 002: one elderly-care need. */
  static List<Need> needs() {
    return List.of(
        need("n1", ServiceDomain.ELDERLY_CARE, false),
        need("n2", ServiceDomain.ELDERLY_CARE, false),
        need("n3", ServiceDomain.YOUTH, false),
        need("n4", ServiceDomain.ELDERLY_CARE, true));
  }

  static GuidanceList guidance() {
    return GuidanceList.screen(DISTRICT, 2026, needs(), GuidanceScreen.defaults());
  }

  static Programme launched() {
    return Programme.launch(
        PROGRAMME,
        "2026 年公益创投",
        "雨花台区民政局",
        2026,
        ProgrammeKind.VENTURE_PHILANTHROPY,
        Money.ofYuan(1_000_000),
        Eligibility.registeredThreeA(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.YOUTH)),
        ACTOR,
        AT);
  }

  static Programme withCall() {
    return launched()
        .openCall(
            CALL,
            "第一批",
            OPENS,
            CLOSES,
            List.of(new NeedId("n1"), new NeedId("n2")),
            guidance(),
            ACTOR,
            AT);
  }

  /** An active registered organization serving elderly care, graded 4A on 2025-06-01. */
  static Organization eligible(String id, long n) {
    return OrganizationFixture.active(id, n, LocalDate.of(2020, 1, 2))
        .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK)
        .awardGrade(850, LocalDate.of(2025, 6, 1), EvaluationPolicy.preset(), CLOCK);
  }

  static NewApplication form(String id, Organization org, LocalDate on) {
    return new NewApplication(
        ApplicationId.of(id),
        CALL,
        org.id(),
        new ProjectId("p-" + id),
        ServiceDomain.ELDERLY_CARE,
        Money.ofYuan(100_000),
        on,
        Optional.empty());
  }
}
