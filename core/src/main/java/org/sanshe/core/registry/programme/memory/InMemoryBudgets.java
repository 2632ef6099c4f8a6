package org.sanshe.core.registry.programme.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.programme.BudgetEvent;
import org.sanshe.core.registry.programme.BudgetEvent.BudgetMoved;
import org.sanshe.core.registry.programme.BudgetReport;
import org.sanshe.core.registry.programme.Budgets;
import org.sanshe.core.registry.programme.ProgrammeBudget;
import org.sanshe.core.registry.programme.ProgrammeId;

/**
 * Programme budgets kept in memory, versions checked as the {@link Budgets} port says. It keeps the
 * stored budget (an immutable aggregate without pending events, so never shared mutable state) and
 * each budget's journal of movements; {@link #report(ProgrammeId)} reads the totals the budget
 * keeps and never the journal. With an {@link OutboxSink}, every successful write appends the
 * pending events (aggregate type {@value #AGGREGATE_TYPE}) in the same critical section.
 * Thread-safe (synchronized).
 */
public final class InMemoryBudgets implements Budgets {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "programme-budget";

  private final Map<ProgrammeId, ProgrammeBudget> byId = new HashMap<>();
  private final Map<ProgrammeId, List<BudgetMoved>> journals = new HashMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryBudgets() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes events to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryBudgets(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void save(ProgrammeBudget b, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              b.programme().value(),
              version,
              b.pendingEvents(),
              e -> ((BudgetEvent) e).at()));
    }
    List<BudgetMoved> journal = journals.computeIfAbsent(b.programme(), k -> new ArrayList<>());
    for (BudgetEvent e : b.pendingEvents()) {
      if (e instanceof BudgetMoved m) {
        journal.add(m);
      }
    }
    byId.put(b.programme(), ProgrammeBudget.restore(b.snapshot().withVersion(version)));
  }

  @Override
  public synchronized void add(ProgrammeBudget budget) {
    Objects.requireNonNull(budget, "budget");
    if (byId.containsKey(budget.programme())) {
      throw new RegistryException(RegistryError.BUDGET_DUPLICATE, budget.programme());
    }
    if (budget.version() != 0) {
      throw new StaleVersionException(
          RegistryError.BUDGET_VERSION_CONFLICT, budget.programme(), budget.version(), 0);
    }
    save(budget, 1);
  }

  @Override
  public synchronized void update(ProgrammeBudget budget) {
    Objects.requireNonNull(budget, "budget");
    ProgrammeBudget stored = byId.get(budget.programme());
    if (stored == null) {
      throw new RegistryException(RegistryError.BUDGET_NOT_FOUND, budget.programme());
    }
    if (stored.version() != budget.version()) {
      throw new StaleVersionException(
          RegistryError.BUDGET_VERSION_CONFLICT,
          budget.programme(),
          budget.version(),
          stored.version());
    }
    save(budget, stored.version() + 1);
  }

  @Override
  public synchronized Optional<ProgrammeBudget> find(ProgrammeId programme) {
    Objects.requireNonNull(programme, "programme");
    return Optional.ofNullable(byId.get(programme));
  }

  @Override
  public synchronized Optional<BudgetReport> report(ProgrammeId programme) {
    Objects.requireNonNull(programme, "programme");
    ProgrammeBudget b = byId.get(programme);
    return b == null ? Optional.empty() : Optional.of(b.report());
  }

  @Override
  public synchronized List<BudgetMoved> movements(
      ProgrammeId programme, long afterNumber, int max) {
    Objects.requireNonNull(programme, "programme");
    Budgets.checkPageSize(max);
    List<BudgetMoved> journal = journals.getOrDefault(programme, List.of());
    int from = (int) Math.min(Math.max(afterNumber, 0), journal.size());
    return List.copyOf(journal.subList(from, Math.min(journal.size(), from + max)));
  }

  @Override
  public synchronized String toString() {
    return "InMemoryBudgets[" + byId.size() + "]";
  }
}
