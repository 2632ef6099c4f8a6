package org.sanshe.core.registry.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.registry.programme.ProgrammeFixture.ACTOR;
import static org.sanshe.core.registry.programme.ProgrammeFixture.AT;
import static org.sanshe.core.registry.programme.ProgrammeFixture.launched;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.programme.BudgetEvent.BudgetMoved;
import org.sanshe.core.registry.programme.memory.InMemoryBudgets;
import org.sanshe.core.registry.project.BudgetDecision;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectBasedOperationPolicy;
import org.sanshe.core.registry.project.ProjectId;

class BudgetTest {

  static final ProjectId P1 = new ProjectId("p1");
  static final ProjectId P2 = new ProjectId("p2");
  static final FundingSource FISCAL = FundingSource.FISCAL;
  static final FundingSource ENTERPRISE = FundingSource.ENTERPRISE;

  private static Money yuan(long y) {
    return Money.ofYuan(y);
  }

  private static RegistryException refused(Runnable r, RegistryError code) {
    try {
      r.run();
    } catch (RegistryException e) {
      assertThat(e.errorCode()).isEqualTo(code);
      return e;
    }
    throw new AssertionError("expected " + code);
  }

  static ProgrammeBudget opened() {
    return ProgrammeBudget.open(launched(), ACTOR, AT); // ceiling 1,000,000 yuan
  }

  @Test
  void money_is_planned_committed_paid_and_returned_per_project_and_source() {
    ProgrammeBudget b =
        opened()
            .plan(P1, FISCAL, yuan(300_000), ACTOR, AT)
            .commit(P1, FISCAL, yuan(250_000), ACTOR, AT)
            .commit(P1, ENTERPRISE, yuan(50_000), ACTOR, AT)
            .commit(P2, FISCAL, yuan(600_000), ACTOR, AT)
            .pay(P1, FISCAL, yuan(200_000), ACTOR, AT)
            .giveBack(P1, FISCAL, yuan(20_000), ACTOR, AT)
            .release(P2, FISCAL, yuan(100_000), ACTOR, AT);
    assertThat(b.line(P1, FISCAL))
        .isEqualTo(new BudgetFigures(yuan(300_000), yuan(230_000), yuan(200_000), yuan(20_000)));
    assertThat(b.project(P1))
        .isEqualTo(new BudgetFigures(yuan(300_000), yuan(280_000), yuan(200_000), yuan(20_000)));
    BudgetReport r = b.report();
    assertThat(r.bySource())
        .isEqualTo(
            Map.of(
                FISCAL,
                new BudgetFigures(yuan(300_000), yuan(730_000), yuan(200_000), yuan(20_000)),
                ENTERPRISE,
                new BudgetFigures(Money.ZERO, yuan(50_000), Money.ZERO, Money.ZERO)));
    assertThat(r.total().committed()).isEqualTo(yuan(780_000));
    assertThat(r.available()).isEqualTo(yuan(220_000));
    assertThat(b.movements()).isEqualTo(7);
    assertThat(b.pendingEvents()).hasSize(8);
    assertThat(b.pendingEvents().get(7))
        .isEqualTo(
            new BudgetMoved(
                b.programme(),
                ACTOR,
                AT,
                7,
                P2,
                FISCAL,
                BudgetMovementKind.RELEASED,
                yuan(100_000)));
    assertThat(ProgrammeBudget.restore(b.snapshot()).report()).isEqualTo(r);
  }

  @Test
  void the_programme_never_overspends_and_a_refusal_changes_nothing() {
    ProgrammeBudget b = opened().commit(P1, FISCAL, yuan(999_999), ACTOR, AT);
    RegistryException e =
        refused(
            () -> b.commit(P2, ENTERPRISE, Money.of(101), ACTOR, AT),
            RegistryError.BUDGET_OVERCOMMITTED);
    assertThat(e.message(Locale.ENGLISH)).contains("VP-2026").doesNotContain("101");
    assertThat(e.message(Locale.CHINESE)).contains("不得超过其预算");
    ProgrammeBudget full = b.commit(P2, ENTERPRISE, Money.of(100), ACTOR, AT);
    assertThat(full.report().available()).isEqualTo(Money.ZERO);
    assertThat(b.report().total().committed()).isEqualTo(yuan(999_999));
    // a return frees the money again
    ProgrammeBudget paidBack =
        full.pay(P1, FISCAL, yuan(10), ACTOR, AT).giveBack(P1, FISCAL, yuan(10), ACTOR, AT);
    assertThat(paidBack.report().available()).isEqualTo(yuan(10));
  }

  @Test
  void payments_returns_and_releases_stay_within_their_line() {
    ProgrammeBudget b =
        opened().commit(P1, FISCAL, yuan(100), ACTOR, AT).pay(P1, FISCAL, yuan(60), ACTOR, AT);
    refused(
        () -> b.pay(P1, FISCAL, yuan(41), ACTOR, AT), RegistryError.BUDGET_PAYMENT_ABOVE_COMMITTED);
    refused(
        () -> b.pay(P1, ENTERPRISE, yuan(1), ACTOR, AT),
        RegistryError.BUDGET_PAYMENT_ABOVE_COMMITTED);
    refused(
        () -> b.giveBack(P1, FISCAL, yuan(61), ACTOR, AT), RegistryError.BUDGET_RETURN_ABOVE_PAID);
    refused(
        () -> b.release(P1, FISCAL, yuan(41), ACTOR, AT),
        RegistryError.BUDGET_RELEASE_ABOVE_UNPAID);
    refused(
        () -> b.plan(P1, FISCAL, Money.ZERO, ACTOR, AT), RegistryError.BUDGET_AMOUNT_NOT_POSITIVE);
    assertThat(b.pay(P1, FISCAL, yuan(40), ACTOR, AT).line(P1, FISCAL).unpaid())
        .isEqualTo(Money.ZERO);
    assertThat(b.release(P1, FISCAL, yuan(40), ACTOR, AT).line(P1, FISCAL).committed())
        .isEqualTo(yuan(60));
    assertThat(b.movements()).isEqualTo(2);
  }

  @Test
  void the_project_based_operation_rule_reads_the_commitments() {
    ProgrammeBudget fund =
        ProgrammeBudget.open(
            Programme.launch(
                ProgrammeId.of("C-FUND"),
                "社区为民服务专项资金",
                "雨花社区",
                2026,
                ProgrammeKind.SERVICE_TO_RESIDENTS_FUND,
                yuan(300_000),
                Eligibility.open(),
                ACTOR,
                AT),
            ACTOR,
            AT);
    ProjectBasedOperationPolicy rule = ProjectBasedOperationPolicy.preset();
    BudgetDecision short1 =
        fund.commit(P1, FISCAL, yuan(149_999), ACTOR, AT).report().projectBasedOperation(rule);
    assertThat(short1).isInstanceOf(BudgetDecision.Shortfall.class);
    assertThat(((BudgetDecision.Shortfall) short1).shortfall()).isEqualTo(yuan(1));
    assertThat(
            fund.commit(P1, FISCAL, yuan(150_000), ACTOR, AT)
                .report()
                .projectBasedOperation(rule)
                .met())
        .isTrue();
  }

  @Test
  void a_broken_snapshot_is_refused_naming_the_rule() {
    BudgetSnapshot good = opened().commit(P1, FISCAL, yuan(10), ACTOR, AT).snapshot();
    BudgetLine line = good.lines().get(0);
    BudgetFigures overpaid = new BudgetFigures(Money.ZERO, yuan(10), yuan(11), Money.ZERO);
    List<BudgetSnapshot> broken =
        List.of(
            new BudgetSnapshot(
                good.programme(),
                1,
                good.ceiling(),
                1,
                List.of(new BudgetLine(P1, FISCAL, overpaid))),
            new BudgetSnapshot(good.programme(), 1, yuan(5), 1, good.lines()),
            new BudgetSnapshot(good.programme(), 1, good.ceiling(), 1, List.of(line, line)),
            new BudgetSnapshot(good.programme(), 1, good.ceiling(), 0, good.lines()),
            new BudgetSnapshot(good.programme(), -1, good.ceiling(), 1, good.lines()),
            new BudgetSnapshot(good.programme(), 1, Money.ZERO, 1, List.of()));
    for (BudgetSnapshot s : broken) {
      refused(() -> ProgrammeBudget.restore(s), RegistryError.BUDGET_SNAPSHOT_INVALID);
    }
    assertThat(ProgrammeBudget.restore(good).snapshot()).isEqualTo(good);
  }

  @Test
  void the_store_keeps_the_journal_and_reports_without_it() {
    InMemoryBudgets store = new InMemoryBudgets();
    ProgrammeBudget b = opened();
    store.add(b);
    BudgetDesk desk = new BudgetDesk(store);
    desk.commit(b.programme(), P1, FISCAL, yuan(100), ACTOR, AT);
    desk.pay(b.programme(), P1, FISCAL, yuan(30), ACTOR, AT);
    assertThat(store.movements(b.programme(), 0, 10))
        .extracting(BudgetMoved::number)
        .containsExactly(1L, 2L);
    assertThat(store.movements(b.programme(), 1, 10))
        .extracting(BudgetMoved::kind)
        .containsExactly(BudgetMovementKind.PAID);
    assertThat(store.report(b.programme()).orElseThrow().total().paid()).isEqualTo(yuan(30));
    refused(
        () -> desk.pay(b.programme(), P1, FISCAL, yuan(71), ACTOR, AT),
        RegistryError.BUDGET_PAYMENT_ABOVE_COMMITTED);
    assertThat(store.find(b.programme()).orElseThrow().version()).isEqualTo(3);
    refused(
        () -> desk.apply(b.programme(), 2, x -> x.plan(P1, FISCAL, yuan(1), ACTOR, AT)),
        RegistryError.BUDGET_VERSION_CONFLICT);
    refused(() -> store.add(b), RegistryError.BUDGET_DUPLICATE);
    refused(() -> desk.apply(ProgrammeId.of("none"), x -> x), RegistryError.BUDGET_NOT_FOUND);
  }
}
