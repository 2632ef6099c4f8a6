package org.sanshe.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.fund.FundFixtures.BUREAU;
import static org.sanshe.core.fund.FundFixtures.CLERK;
import static org.sanshe.core.fund.FundFixtures.ENTERPRISE;
import static org.sanshe.core.fund.FundFixtures.ORG;
import static org.sanshe.core.fund.FundFixtures.PROJECT;
import static org.sanshe.core.fund.FundFixtures.RESIDENT;
import static org.sanshe.core.fund.FundFixtures.at;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.ProjectId;

class FundTest {

  private static void refusedUnchanged(Fund f, FundError code, Runnable command) {
    FundSnapshot before = f.snapshot();
    int movements = f.pendingMovements().size();
    int events = f.pendingEvents().size();
    assertThatThrownBy(command::run)
        .isInstanceOf(FundException.class)
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(code);
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.pendingMovements()).hasSize(movements);
    assertThat(f.pendingEvents()).hasSize(events);
  }

  @Test
  void a_foundation_takes_donations_and_grants_to_organizations_and_projects() {
    Fund f = FundFixtures.foundation();
    f.donate(Money.ofYuan(500_000), ENTERPRISE, CLERK, at(1));
    f.donate(Money.parse("200.50"), RESIDENT, CLERK, at(2));
    f.grant(Money.ofYuan(120_000), ORG, CLERK, at(3));
    FundMovement g = f.grant(Money.ofYuan(80_000), PROJECT, CLERK, at(4));
    assertThat(f.pool()).isEqualTo(Money.parse("300200.50"));
    assertThat(f.balance(FundAccountId.EXTERNAL)).isEqualTo(Money.parse("-300200.50"));
    assertThat(f.reconciliation()).isEqualTo(Money.ZERO);
    assertThat(g.kind()).isEqualTo(FundMovementKind.GRANT);
    assertThat(g.debited()).isEqualTo(FundAccountId.POOL);
    assertThat(g.credited()).isEqualTo(FundAccountId.EXTERNAL);
    assertThat(g.counterparty()).isEqualTo(PROJECT);
    assertThat(g.actor()).isEqualTo(CLERK);
    assertThat(g.at()).isEqualTo(at(4));
    assertThat(g.seq()).isEqualTo(4);
    assertThat(f.pendingMovements()).hasSize(4);
    assertThat(f.pendingEvents()).hasSize(5).first().isInstanceOf(FundEvent.FundOpened.class);
  }

  @Test
  void a_grant_above_the_balance_is_refused_with_its_own_code_and_nothing_changes() {
    Fund f = FundFixtures.foundation();
    f.donate(Money.ofYuan(1000), ENTERPRISE, CLERK, at(1));
    refusedUnchanged(
        f,
        FundError.FUND_GRANT_ABOVE_BALANCE,
        () -> f.grant(Money.parse("1000.01"), ORG, CLERK, at(2)));
    f.grant(Money.ofYuan(1000), ORG, CLERK, at(2));
    assertThat(f.pool()).isEqualTo(Money.ZERO);
    refusedUnchanged(
        f, FundError.FUND_GRANT_ABOVE_BALANCE, () -> f.grant(Money.of(1), PROJECT, CLERK, at(3)));
  }

  @Test
  void the_refusal_of_a_grant_is_worded_in_both_languages_without_the_amount() {
    Fund f = FundFixtures.foundation();
    FundException e =
        (FundException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> f.grant(Money.parse("123456.78"), ORG, CLERK, at(1)));
    assertThat(e.getMessage()).startsWith("[FUND_GRANT_ABOVE_BALANCE]").doesNotContain("123456");
    assertThat(e.message(Locale.CHINESE)).contains("资助金额超过基金").doesNotContain("123456");
    assertThat(e.errorCode().httpStatus()).isEqualTo(409);
  }

  @Test
  void grants_go_only_to_organizations_and_projects_and_donors_are_not_projects() {
    Fund f = FundFixtures.foundation();
    f.donate(Money.ofYuan(10), ENTERPRISE, CLERK, at(1));
    refusedUnchanged(
        f, FundError.FUND_COUNTERPARTY_INVALID, () -> f.grant(Money.of(1), RESIDENT, CLERK, at(2)));
    refusedUnchanged(
        f, FundError.FUND_COUNTERPARTY_INVALID, () -> f.donate(Money.of(1), PROJECT, CLERK, at(2)));
    refusedUnchanged(
        f,
        FundError.FUND_AMOUNT_NOT_POSITIVE,
        () -> f.donate(Money.ZERO, ENTERPRISE, CLERK, at(2)));
    refusedUnchanged(
        f, FundError.FUND_AMOUNT_NOT_POSITIVE, () -> f.grant(Money.of(-5), ORG, CLERK, at(2)));
    refusedUnchanged(
        f, FundError.FUND_ACTOR_INVALID, () -> f.grant(Money.of(1), ORG, "李 四", at(2)));
    refusedUnchanged(
        f,
        FundError.FUND_KIND_MISMATCH,
        () -> f.lend(MemberId.of("m1"), Money.of(1), CLERK, at(2)));
  }

  @Test
  void a_mutual_aid_fund_is_a_closed_pool_of_members() {
    Fund f = FundFixtures.mutualAid();
    MemberId a = MemberId.of("firm-a");
    MemberId b = MemberId.of("firm-b");
    f.registerMember(a, CLERK, at(1));
    f.registerMember(b, CLERK, at(1));
    f.subscribe(a, Money.ofYuan(50_000), CLERK, at(2));
    f.subscribe(b, Money.ofYuan(30_000), CLERK, at(2));
    f.lend(a, Money.ofYuan(60_000), CLERK, at(3));
    assertThat(f.pool()).isEqualTo(Money.ofYuan(20_000));
    assertThat(f.outstandingLoan(a)).isEqualTo(Money.ofYuan(60_000));
    assertThat(f.outstandingLoan(b)).isEqualTo(Money.ZERO);
    f.repay(a, Money.ofYuan(10_000), CLERK, at(4));
    assertThat(f.outstandingLoan(a)).isEqualTo(Money.ofYuan(50_000));
    assertThat(f.pool()).isEqualTo(Money.ofYuan(30_000));
    assertThat(f.members()).containsExactly(a, b);
    assertThat(f.reconciliation()).isEqualTo(Money.ZERO);
  }

  @Test
  void a_loan_to_a_non_member_is_refused_and_nothing_changes() {
    Fund f = FundFixtures.mutualAid();
    f.registerMember(MemberId.of("firm-a"), CLERK, at(1));
    f.subscribe(MemberId.of("firm-a"), Money.ofYuan(100), CLERK, at(2));
    refusedUnchanged(
        f,
        FundError.FUND_LOAN_NON_MEMBER,
        () -> f.lend(MemberId.of("outsider"), Money.ofYuan(1), CLERK, at(3)));
    refusedUnchanged(
        f,
        FundError.FUND_NOT_A_MEMBER,
        () -> f.subscribe(MemberId.of("outsider"), Money.ofYuan(1), CLERK, at(3)));
    // a member may be a person: the id (here a phone number) is not repeated in the message
    assertThatThrownBy(() -> f.lend(MemberId.of("13905170002"), Money.ofYuan(1), CLERK, at(3)))
        .hasMessageStartingWith("[FUND_LOAN_NON_MEMBER]")
        .hasMessageNotContaining("13905170002")
        .satisfies(
            e ->
                assertThat(((FundException) e).message(Locale.CHINESE))
                    .doesNotContain("13905170002"));
  }

  @Test
  void a_loan_above_the_pool_and_a_repayment_above_the_loan_are_refused() {
    Fund f = FundFixtures.mutualAid();
    MemberId a = MemberId.of("firm-a");
    f.registerMember(a, CLERK, at(1));
    f.subscribe(a, Money.ofYuan(100), CLERK, at(2));
    refusedUnchanged(
        f, FundError.FUND_LOAN_ABOVE_POOL, () -> f.lend(a, Money.parse("100.01"), CLERK, at(3)));
    f.lend(a, Money.ofYuan(40), CLERK, at(3));
    refusedUnchanged(
        f,
        FundError.FUND_REPAYMENT_ABOVE_OUTSTANDING,
        () -> f.repay(a, Money.parse("40.01"), CLERK, at(4)));
    refusedUnchanged(f, FundError.FUND_MEMBER_DUPLICATE, () -> f.registerMember(a, CLERK, at(4)));
  }

  @Test
  void seventy_percent_of_a_service_fee_goes_to_welfare_rounded_up_and_the_rest_to_the_pool() {
    Fund f = FundFixtures.mutualAid();
    List<FundMovement> ms = f.collectServiceFee(Money.parse("100.01"), ENTERPRISE, CLERK, at(1));
    // 70% of 10001 fen is 7000.7 fen: welfare 7001, pool 3000
    assertThat(ms)
        .extracting(FundMovement::kind)
        .containsExactly(FundMovementKind.WELFARE_SHARE, FundMovementKind.SERVICE_FEE);
    assertThat(f.balance(FundAccountId.WELFARE)).isEqualTo(Money.of(7001));
    assertThat(f.pool()).isEqualTo(Money.of(3000));
    f.collectServiceFee(Money.of(1), ENTERPRISE, CLERK, at(2));
    assertThat(f.balance(FundAccountId.WELFARE)).isEqualTo(Money.of(7002));
    assertThat(f.pool()).isEqualTo(Money.of(3000));
    f.payWelfare(Money.of(7002), ORG, CLERK, at(3));
    refusedUnchanged(
        f,
        FundError.FUND_WELFARE_ABOVE_BALANCE,
        () -> f.payWelfare(Money.of(1), ORG, CLERK, at(4)));
    assertThat(f.reconciliation()).isEqualTo(Money.ZERO);
  }

  @Test
  void an_enterprise_pledges_a_project_pays_against_it_and_the_fund_passes_it_on() {
    Fund f = FundFixtures.foundation();
    SponsorshipId s = SponsorshipId.of("adopt-2026-01");
    ProjectId garden = new ProjectId("proj-garden");
    f.recordSponsorship(
        s, ENTERPRISE, garden, SponsorshipKind.ADOPTED, Money.ofYuan(20_000), CLERK, at(1));
    f.receiveSponsorPayment(s, Money.ofYuan(5_000), CLERK, at(2));
    f.receiveSponsorPayment(s, Money.ofYuan(7_000), CLERK, at(3));
    assertThat(f.sponsorship(s).paid()).isEqualTo(Money.ofYuan(12_000));
    assertThat(f.sponsorship(s).outstanding()).isEqualTo(Money.ofYuan(8_000));
    refusedUnchanged(
        f,
        FundError.FUND_SPONSOR_PAYMENT_ABOVE_PLEDGE,
        () -> f.receiveSponsorPayment(s, Money.parse("8000.01"), CLERK, at(4)));
    FundMovement t = f.transferToProject(s, Money.ofYuan(12_000), CLERK, at(4));
    assertThat(t.counterparty()).isEqualTo(Counterparty.project(garden));
    refusedUnchanged(
        f,
        FundError.FUND_SPONSOR_TRANSFER_ABOVE_RECEIVED,
        () -> f.transferToProject(s, Money.of(1), CLERK, at(5)));
    refusedUnchanged(
        f,
        FundError.FUND_SPONSORSHIP_DUPLICATE,
        () ->
            f.recordSponsorship(
                s, ENTERPRISE, garden, SponsorshipKind.PLEDGED, Money.of(1), CLERK, at(5)));
    refusedUnchanged(
        f,
        FundError.FUND_SPONSORSHIP_UNKNOWN,
        () -> f.receiveSponsorPayment(SponsorshipId.of("nope"), Money.of(1), CLERK, at(5)));
    assertThat(f.sponsorship(s).held()).isEqualTo(Money.ZERO);
    assertThat(f.pool()).isEqualTo(Money.ZERO);
  }

  @Test
  void a_reversal_moves_the_amount_back_once_and_obeys_the_floors() {
    Fund f = FundFixtures.foundation();
    FundMovement d = f.donate(Money.ofYuan(100), ENTERPRISE, CLERK, at(1));
    FundMovement g = f.grant(Money.ofYuan(60), ORG, CLERK, at(2));
    refusedUnchanged(f, FundError.FUND_BELOW_FLOOR, () -> f.reverse(d, CLERK, at(3)));
    FundMovement r = f.reverse(g, CLERK, at(3));
    assertThat(r.kind()).isEqualTo(FundMovementKind.REVERSAL);
    assertThat(r.reverses()).isEqualTo(g.seq());
    assertThat(r.debited()).isEqualTo(g.credited());
    assertThat(f.pool()).isEqualTo(Money.ofYuan(100));
    refusedUnchanged(f, FundError.FUND_ALREADY_REVERSED, () -> f.reverse(g, CLERK, at(4)));
    refusedUnchanged(f, FundError.FUND_REVERSAL_INVALID, () -> f.reverse(r, CLERK, at(4)));
    f.reverse(d, CLERK, at(4));
    assertThat(f.pool()).isEqualTo(Money.ZERO);
    assertThat(f.isReversed(d.seq())).isTrue();
  }

  @Test
  void reversing_a_sponsor_payment_takes_it_off_what_was_paid() {
    Fund f = FundFixtures.foundation();
    SponsorshipId s = SponsorshipId.of("pledge-1");
    f.recordSponsorship(
        s, ENTERPRISE, new ProjectId("p"), SponsorshipKind.PLEDGED, Money.ofYuan(10), CLERK, at(1));
    FundMovement p = f.receiveSponsorPayment(s, Money.ofYuan(4), CLERK, at(2));
    f.reverse(p, CLERK, at(3));
    assertThat(f.sponsorship(s).paid()).isEqualTo(Money.ZERO);
    assertThat(f.sponsorship(s).outstanding()).isEqualTo(Money.ofYuan(10));
    assertThat(Fund.restore(f.snapshot()).snapshot()).isEqualTo(f.snapshot());
  }

  @Test
  void times_are_whole_milliseconds_and_never_run_backwards() {
    Fund f = FundFixtures.foundation();
    FundMovement a = f.donate(Money.of(5), RESIDENT, CLERK, at(10).plusNanos(1_234_567));
    FundMovement b = f.donate(Money.of(5), RESIDENT, CLERK, at(5));
    assertThat(a.at()).isEqualTo(at(10).plusMillis(1));
    assertThat(b.at()).isEqualTo(a.at());
  }

  @Test
  void the_guarantee_and_foundation_presets_hold_ten_million_yuan() {
    Fund g =
        FundPresets.nanjingTimeBankGuarantee(
            FundId.of("nj-guarantee"), "南京时间银行保障基金", BUREAU, CLERK, at(0));
    assertThat(g.pool()).isEqualTo(Money.parse("10000000.00"));
    assertThat(g.kind()).isEqualTo(FundKind.GUARANTEE);
    g.payGuarantee(Money.ofYuan(300), RESIDENT, CLERK, at(1));
    assertThat(g.pool()).isEqualTo(Money.ofYuan(9_999_700));
    refusedUnchanged(
        g,
        FundError.FUND_BELOW_FLOOR,
        () -> g.payGuarantee(Money.ofYuan(10_000_000), RESIDENT, CLERK, at(2)));
    Fund x = FundPresets.xinchengFoundation(FundId.of("xc"), "新城基金会", BUREAU, CLERK, at(0));
    assertThat(x.pool()).isEqualTo(Money.ofYuan(10_000_000));
  }

  @Test
  void a_snapshot_restores_the_same_fund_and_a_broken_one_is_refused_naming_the_rule() {
    Fund f = FundFixtures.mutualAid();
    f.registerMember(MemberId.of("a"), CLERK, at(1));
    f.subscribe(MemberId.of("a"), Money.ofYuan(9), CLERK, at(2));
    f.lend(MemberId.of("a"), Money.ofYuan(4), CLERK, at(3));
    FundSnapshot s = f.snapshot();
    Fund back = Fund.restore(s);
    assertThat(back.snapshot()).isEqualTo(s);
    assertThat(back.pendingMovements()).isEmpty();
    assertThat(back.pendingEvents()).isEmpty();

    List<AccountBalance> unbalanced =
        s.accounts().stream()
            .map(
                a ->
                    a.id().equals(FundAccountId.POOL)
                        ? new AccountBalance(a.id(), a.kind(), a.balance().plus(Money.of(1)))
                        : a)
            .toList();
    assertBroken(with(s, unbalanced), "sum to zero");
    List<AccountBalance> negative =
        s.accounts().stream()
            .map(
                a ->
                    a.id().equals(FundAccountId.POOL)
                        ? new AccountBalance(a.id(), a.kind(), Money.of(-1))
                        : a.id().equals(FundAccountId.EXTERNAL)
                            ? new AccountBalance(
                                a.id(),
                                a.kind(),
                                a.balance()
                                    .plus(
                                        s.accounts().stream()
                                            .filter(x -> x.id().equals(FundAccountId.POOL))
                                            .findFirst()
                                            .orElseThrow()
                                            .balance())
                                    .plus(Money.of(1)))
                            : a)
            .toList();
    assertBroken(with(s, negative), "below zero");
    assertBroken(
        new FundSnapshot(
            s.id(),
            s.kind(),
            s.name(),
            s.welfareShare(),
            s.accounts(),
            s.sponsorships(),
            s.reversed(),
            s.lastSeq(),
            FundChain.GENESIS,
            s.lastAt(),
            s.openedBy(),
            s.openedAt(),
            s.version()),
        "chain head");
    assertBroken(
        new FundSnapshot(
            s.id(),
            s.kind(),
            s.name(),
            s.welfareShare(),
            s.accounts(),
            s.sponsorships(),
            List.of(99L),
            s.lastSeq(),
            s.headHash(),
            s.lastAt(),
            s.openedBy(),
            s.openedAt(),
            s.version()),
        "inside the journal");
    assertBroken(
        new FundSnapshot(
            s.id(),
            FundKind.COMMUNITY_FOUNDATION,
            s.name(),
            new WelfareShare(0),
            s.accounts(),
            s.sponsorships(),
            s.reversed(),
            s.lastSeq(),
            s.headHash(),
            s.lastAt(),
            s.openedBy(),
            s.openedAt(),
            s.version()),
        "fit the fund");
  }

  private static FundSnapshot with(FundSnapshot s, List<AccountBalance> accounts) {
    return new FundSnapshot(
        s.id(),
        s.kind(),
        s.name(),
        s.welfareShare(),
        accounts,
        s.sponsorships(),
        s.reversed(),
        s.lastSeq(),
        s.headHash(),
        s.lastAt(),
        s.openedBy(),
        s.openedAt(),
        s.version());
  }

  private static void assertBroken(FundSnapshot s, String rule) {
    assertThatThrownBy(() -> Fund.restore(s))
        .isInstanceOf(FundException.class)
        .hasMessageStartingWith("[FUND_SNAPSHOT_INVALID]")
        .hasMessageContaining(rule);
  }

  @Test
  void a_resident_counterparty_shows_only_the_start_of_its_hash() {
    assertThat(RESIDENT.toString()).isEqualTo("resident:abababab…");
    assertThat(Counterparty.of(CounterpartyKind.RESIDENT, "ab".repeat(32))).isEqualTo(RESIDENT);
    assertThatThrownBy(() -> Counterparty.of(CounterpartyKind.NONE, "x"))
        .hasMessageStartingWith("[FUND_COUNTERPARTY_INVALID]");
    assertThatThrownBy(() -> FundId.of("基金")).hasMessageStartingWith("[FUND_ID_INVALID]");
    assertThatThrownBy(() -> FundId.of("x".repeat(65))).hasMessageStartingWith("[FUND_ID_INVALID]");
  }

  @Test
  void every_code_has_english_and_chinese_messages() {
    for (FundError code : FundError.values()) {
      assertThat(FundError.catalog().covers(code.code())).as(code.code()).isTrue();
      assertThat(code.template(Locale.ENGLISH)).isNotEqualTo(code.template(Locale.CHINESE));
    }
  }
}
