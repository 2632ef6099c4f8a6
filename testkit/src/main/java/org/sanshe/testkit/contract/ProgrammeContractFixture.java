package org.sanshe.testkit.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.ApplicationId;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.GuidanceList;
import org.sanshe.core.registry.programme.GuidanceScreen;
import org.sanshe.core.registry.programme.NewApplication;
import org.sanshe.core.registry.programme.OriginKind;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import org.sanshe.core.registry.programme.ProjectOrigin;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.generator.SyntheticIdentifiers;

/** Shared values of the programme, application and budget contracts. */
final class ProgrammeContractFixture {

  static final Instant AT = DistrictFixture.START;
  static final String ACTOR = "officer-1";
  static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
  static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);
  static final CallId CALL = CallId.of("call-1");

  private ProgrammeContractFixture() {}

  static GuidanceList guidance() {
    return GuidanceList.screen(
        DistrictFixture.DISTRICT,
        2026,
        List.of(
            new Need(
                new NeedId("n-1"),
                Channel.GRID,
                ServiceDomain.ELDERLY_CARE,
                DistrictFixture.COMMUNITY,
                LocalDate.of(2025, 11, 1),
                "助餐"),
            new Need(
                new NeedId("n-2"),
                Channel.GRID,
                ServiceDomain.YOUTH,
                DistrictFixture.FAR_COMMUNITY,
                LocalDate.of(2025, 11, 2),
                "四点半课堂")),
        GuidanceScreen.defaults());
  }

  static Programme programme(String id, int year, long budgetYuan) {
    return Programme.launch(
        ProgrammeId.of(id),
        "公益创投 " + id,
        "区民政局",
        year,
        ProgrammeKind.VENTURE_PHILANTHROPY,
        Money.ofYuan(budgetYuan),
        new Eligibility(
            Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.YOUTH), Optional.empty(), true),
        ACTOR,
        AT);
  }

  static Programme withCall(String id) {
    return programme(id, 2026, 1_000_000)
        .openCall(
            CALL,
            "第一批",
            OPENS,
            CLOSES,
            List.of(new NeedId("n-1"), new NeedId("n-2")),
            guidance(),
            ACTOR,
            AT);
  }

  static Organization organization(String id, long n) {
    java.time.Clock clock = java.time.Clock.fixed(AT, java.time.ZoneOffset.UTC);
    return Organization.create(
            OrganizationId.of(id),
            NewOrganization.registered(
                "测试社会服务中心" + id,
                LegalForm.SOCIAL_SERVICE_AGENCY,
                DistrictFixture.COMMUNITY,
                SyntheticIdentifiers.civilAffairsUscc('2', DistrictFixture.DISTRICT, n),
                LocalDate.of(2020, 1, 6)),
            clock)
        .activate(clock)
        .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), clock);
  }

  static NewApplication form(String id, Organization org, String project, String origin) {
    return new NewApplication(
        ApplicationId.of(id),
        CALL,
        org.id(),
        new ProjectId(project),
        ServiceDomain.ELDERLY_CARE,
        Money.ofYuan(80_000),
        OPENS.plusDays(3),
        origin == null
            ? Optional.empty()
            : Optional.of(new ProjectOrigin(OriginKind.MICRO_FUND_VOTE, origin)));
  }
}
