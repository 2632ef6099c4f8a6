package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.ACTOR;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.AT;
import static org.sanshe.testkit.contract.ProgrammeContractFixture.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.programme.BudgetDesk;
import org.sanshe.core.registry.programme.BudgetEvent.BudgetMoved;
import org.sanshe.core.registry.programme.BudgetFigures;
import org.sanshe.core.registry.programme.BudgetMovementKind;
import org.sanshe.core.registry.programme.BudgetReport;
import org.sanshe.core.registry.programme.Budgets;
import org.sanshe.core.registry.programme.ProgrammeBudget;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;

/**
 * The contract of the {@link Budgets} port. Extend it with a fresh, empty store per test and a way
 * to reopen a store over the same data; every test here must pass.
 *
 * <p>What it holds a store to: a budget reads back equal (lines in fen, movement count), also after
 * a reopen; the report per source equals the budget's own; the journal pages by movement number;
 * versions are optimistic ({@code BUDGET_VERSION_CONFLICT}, nothing changed, no movement written);
 * many writers committing against one programme through two store instances never take it above its
 * budget; events go to the outbox with the save.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class BudgetsContract {

  private static final ProjectId P1 = new ProjectId("p-1");
  private static final ProjectId P2 = new ProjectId("p-2");

  /** Creates the contract. */
  protected BudgetsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Budgets newStore();

  /**
   * Returns another instance over the same stored data (a second server).
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same one for a store that lives only in memory)
   */
  protected abstract Budgets reopen(Budgets store);

  /**
   * Returns a new, empty store writing to a new, empty outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<Budgets> newStoreWithOutbox();

  private static ProgrammeBudget opened(String id, long yuan) {
    return ProgrammeBudget.open(programme(id, 2026, yuan), ACTOR, AT);
  }

  private static void assertCode(Runnable r, RegistryError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void a_budget_reads_back_equal_with_its_report_and_journal() {
    Budgets store = newStore();
    store.add(opened("prg-1", 1_000));
    BudgetDesk desk = new BudgetDesk(store);
    ProgrammeId id = ProgrammeId.of("prg-1");
    desk.apply(
        id,
        b ->
            b.plan(P1, FundingSource.FISCAL, Money.ofYuan(500), ACTOR, AT)
                .commit(P1, FundingSource.FISCAL, Money.ofYuan(400), ACTOR, AT)
                .commit(P2, FundingSource.ENTERPRISE, Money.of(12_345), ACTOR, AT)
                .pay(P1, FundingSource.FISCAL, Money.ofYuan(300), ACTOR, AT));
    desk.apply(id, b -> b.giveBack(P1, FundingSource.FISCAL, Money.of(1), ACTOR, AT));
    ProgrammeBudget read = store.find(id).orElseThrow();
    assertThat(read.version()).isEqualTo(3);
    assertThat(read.movements()).isEqualTo(5);
    assertThat(read.line(P1, FundingSource.FISCAL))
        .isEqualTo(
            new BudgetFigures(Money.ofYuan(500), Money.of(39_999), Money.ofYuan(300), Money.of(1)));
    Budgets other = reopen(store);
    assertThat(other.find(id).orElseThrow().snapshot()).isEqualTo(read.snapshot());
    BudgetReport report = other.report(id).orElseThrow();
    assertThat(report).isEqualTo(read.report());
    assertThat(report.bySource().get(FundingSource.ENTERPRISE).committed())
        .isEqualTo(Money.of(12_345));
    assertThat(other.reports(List.of(id, ProgrammeId.of("none")))).containsExactly(report);
    assertThat(other.report(ProgrammeId.of("none"))).isEmpty();
    List<BudgetMoved> all = other.movements(id, 0, 100);
    assertThat(all).extracting(BudgetMoved::number).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(all.get(4))
        .isEqualTo(
            new BudgetMoved(
                id,
                ACTOR,
                AT,
                5,
                P1,
                FundingSource.FISCAL,
                BudgetMovementKind.RETURNED,
                Money.of(1)));
    assertThat(other.movements(id, 2, 2)).extracting(BudgetMoved::number).containsExactly(3L, 4L);
    assertThat(other.movements(id, 5, 10)).isEmpty();
  }

  @Test
  void versions_are_optimistic_and_a_refused_write_changes_nothing() {
    Budgets store = newStore();
    ProgrammeBudget b = opened("prg-1", 1_000);
    store.add(b);
    assertCode(() -> store.add(opened("prg-1", 5)), RegistryError.BUDGET_DUPLICATE);
    assertCode(() -> store.update(opened("prg-2", 5)), RegistryError.BUDGET_NOT_FOUND);
    ProgrammeBudget v1 = store.find(b.programme()).orElseThrow();
    store.update(v1.commit(P1, FundingSource.FISCAL, Money.ofYuan(10), ACTOR, AT));
    assertCode(
        () -> store.update(v1.commit(P2, FundingSource.FISCAL, Money.ofYuan(20), ACTOR, AT)),
        RegistryError.BUDGET_VERSION_CONFLICT);
    ProgrammeBudget v2 = reopen(store).find(b.programme()).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.report().total().committed()).isEqualTo(Money.ofYuan(10));
    assertThat(store.movements(b.programme(), 0, 100)).hasSize(1);
  }

  @Test
  void writers_on_two_instances_never_overspend_one_programme() {
    Budgets first = newStore();
    first.add(opened("prg-1", 100)); // 10,000 fen
    Budgets second = reopen(first);
    ProgrammeId id = ProgrammeId.of("prg-1");
    List<Callable<?>> tasks = new ArrayList<>();
    for (int w = 0; w < 6; w++) {
      BudgetDesk desk = new BudgetDesk(w % 2 == 0 ? first : second);
      ProjectId project = new ProjectId("p-" + w);
      tasks.add(
          () -> {
            int accepted = 0;
            for (int i = 0; i < 10; i++) {
              try {
                desk.commit(id, project, FundingSource.FISCAL, Money.ofYuan(3), ACTOR, AT);
                accepted++;
              } catch (RegistryException e) {
                if (e.errorCode() != RegistryError.BUDGET_OVERCOMMITTED
                    && e.errorCode() != RegistryError.BUDGET_VERSION_CONFLICT) {
                  throw e;
                }
              }
            }
            return accepted;
          });
    }
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    int accepted = 0;
    for (Writers.Outcome o : outcomes) {
      assertThat(o.failure()).isNull();
      accepted += (Integer) o.result();
    }
    ProgrammeBudget end = first.find(id).orElseThrow();
    assertThat(end.report().total().committed()).isEqualTo(Money.ofYuan(3L * accepted));
    assertThat(end.report().total().committed().compareTo(Money.ofYuan(100)))
        .isLessThanOrEqualTo(0);
    assertThat(end.movements()).isEqualTo(accepted);
    assertThat(first.movements(id, 0, 1000)).hasSize(accepted);
  }

  @Test
  void a_save_writes_its_events_and_a_refused_one_writes_none() {
    WithOutbox<Budgets> w = newStoreWithOutbox();
    w.store().add(opened("prg-1", 1_000));
    ProgrammeBudget v1 = w.store().find(ProgrammeId.of("prg-1")).orElseThrow();
    w.store().update(v1.commit(P1, FundingSource.FISCAL, Money.ofYuan(1), ACTOR, AT));
    assertCode(
        () -> w.store().update(v1.plan(P1, FundingSource.FISCAL, Money.ofYuan(1), ACTOR, AT)),
        RegistryError.BUDGET_VERSION_CONFLICT);
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(e -> e.eventType() + "@" + e.aggregateVersion())
        .containsExactly("BudgetOpened@1", "BudgetMoved@2");
  }
}
