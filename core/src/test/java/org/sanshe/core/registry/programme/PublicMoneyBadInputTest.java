package org.sanshe.core.registry.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.registry.programme.ProgrammeFixture.ACTOR;
import static org.sanshe.core.registry.programme.ProgrammeFixture.AT;
import static org.sanshe.core.registry.programme.ProgrammeFixture.OPENS;
import static org.sanshe.core.registry.programme.ProgrammeFixture.eligible;
import static org.sanshe.core.registry.programme.ProgrammeFixture.form;
import static org.sanshe.core.registry.programme.ProgrammeFixture.withCall;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.fee.Backstop;
import org.sanshe.core.fee.FeeTier;
import org.sanshe.core.fee.HouseholdCategory;
import org.sanshe.core.fee.PriceSchedule;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundKind;
import org.sanshe.core.fund.FundSnapshot;
import org.sanshe.core.fund.MemberId;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.memory.InMemoryApplications;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.Expert;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.core.registry.review.ExpertRosterSnapshot;
import org.sanshe.core.registry.review.memory.InMemoryExpertRosters;

/**
 * Issue 18's bad-input list in one place: each case is refused with its own code, has an English
 * and a Chinese message that do not echo the amount, and changes nothing (the aggregate's state and
 * the store are as before).
 */
class PublicMoneyBadInputTest {

  private static SansheException refused(Runnable r, ErrorCode code, String... notEchoed) {
    try {
      r.run();
    } catch (SansheException e) {
      assertThat(e.errorCode()).isEqualTo(code);
      String en = e.message(Locale.ENGLISH);
      String zh = e.message(Locale.CHINESE);
      assertThat(en).isNotBlank().isNotEqualTo(zh);
      assertThat(zh).isNotBlank().containsPattern("\\p{IsHan}");
      for (String value : notEchoed) {
        assertThat(en).doesNotContain(value);
        assertThat(zh).doesNotContain(value);
      }
      return e;
    }
    throw new AssertionError("expected " + code);
  }

  @Test
  void an_application_to_a_closed_call() {
    Organization org = eligible("o1", 1);
    Programme closed = withCall().closeCall(ProgrammeFixture.CALL, OPENS, ACTOR, AT);
    InMemoryApplications store = new InMemoryApplications();
    refused(
        () -> store.add(Application.submit(closed, org, form("a1", org, OPENS), ACTOR, AT)),
        RegistryError.PROGRAMME_CALL_CLOSED,
        "100000");
    assertThat(store.toCall(closed.id(), ProgrammeFixture.CALL)).isEmpty();
  }

  @Test
  void an_ineligible_organization() {
    Organization otherDomain =
        eligible("o2", 2)
            .changeDomains(
                Set.of(ServiceDomain.ENVIRONMENT),
                org.sanshe.core.registry.organization.OrganizationFixture.CLOCK);
    Programme p = withCall();
    InMemoryApplications store = new InMemoryApplications();
    refused(
        () ->
            store.add(
                Application.submit(p, otherDomain, form("a2", otherDomain, OPENS), ACTOR, AT)),
        RegistryError.PROGRAMME_ORGANIZATION_INELIGIBLE,
        "100000");
    assertThat(store.toCall(p.id(), ProgrammeFixture.CALL)).isEmpty();
  }

  @Test
  void an_expert_tied_to_the_applicant() {
    OrganizationId applicant = new OrganizationId("o1");
    InMemoryExpertRosters store = new InMemoryExpertRosters();
    store.add(
        ExpertRoster.open(
                org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT,
                2026,
                List.of(
                    new Expert("e1", List.of()),
                    new Expert("e2", List.of(applicant)),
                    new Expert("e3", List.of())),
                ACTOR,
                AT)
            .draw(new ProjectId("p1"), ReviewStage.APPROVAL, applicant, 2, 1L, ACTOR, AT));
    ExpertRoster read =
        store
            .find(org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT, 2026)
            .orElseThrow();
    ExpertRosterSnapshot before = read.snapshot();
    refused(
        () -> store.update(read.seat(new ProjectId("p1"), ReviewStage.APPROVAL, "e2", ACTOR, AT)),
        RegistryError.REVIEW_EXPERT_TIED);
    assertThat(read.snapshot()).isEqualTo(before);
    assertThat(
            store
                .find(org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT, 2026)
                .orElseThrow()
                .snapshot())
        .isEqualTo(before);
  }

  @Test
  void a_grant_above_the_funds_balance() {
    Fund f = Fund.open(FundId.of("xc"), FundKind.COMMUNITY_FOUNDATION, "新城社区发展基金会", ACTOR, AT);
    f.donate(Money.ofYuan(100), Counterparty.government("civil-affairs"), ACTOR, AT);
    FundSnapshot before = f.snapshot();
    refused(
        () ->
            f.grant(
                Money.parse("100.01"),
                Counterparty.organization(OrganizationId.of("org-1")),
                ACTOR,
                AT),
        FundError.FUND_GRANT_ABOVE_BALANCE,
        "100.01",
        "10001");
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void a_loan_to_a_non_member() {
    Fund f = Fund.open(FundId.of("xc-mutual"), FundKind.MUTUAL_AID, "商会互助金", ACTOR, AT);
    f.registerMember(MemberId.of("m-1"), ACTOR, AT);
    f.subscribe(MemberId.of("m-1"), Money.ofYuan(5_000), ACTOR, AT);
    FundSnapshot before = f.snapshot();
    refused(
        () -> f.lend(MemberId.of("m-2"), Money.parse("1234.56"), ACTOR, AT),
        FundError.FUND_LOAN_NON_MEMBER,
        "1234.56",
        "123456");
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void a_payment_above_the_committed_amount() {
    ProgrammeBudget b =
        ProgrammeBudget.open(withCall(), ACTOR, AT)
            .commit(new ProjectId("p1"), FundingSource.FISCAL, Money.ofYuan(100), ACTOR, AT);
    BudgetSnapshot before = b.snapshot();
    refused(
        () -> b.pay(new ProjectId("p1"), FundingSource.FISCAL, Money.parse("100.01"), ACTOR, AT),
        RegistryError.BUDGET_PAYMENT_ABOVE_COMMITTED,
        "100.01",
        "10001");
    assertThat(b.snapshot()).isEqualTo(before);
  }

  @Test
  void a_tier_that_charges_a_needy_household() {
    refused(
        () ->
            PriceSchedule.builder("meals", Money.parse("15.00"), Backstop.PURCHASE)
                .price(HouseholdCategory.NEEDY, FeeTier.LOW_COST, Money.parse("4.99"))
                .build(),
        FundError.FEE_NEEDY_CHARGED,
        "4.99",
        "499");
  }
}
