package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.programme.Budgets;
import org.sanshe.core.registry.programme.memory.InMemoryBudgets;

/** The in-memory store keeps the {@link Budgets} contract. */
class MemoryBudgetsContractTest extends BudgetsContract {

  @Override
  protected Budgets newStore() {
    return new InMemoryBudgets();
  }

  @Override
  protected Budgets reopen(Budgets store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<Budgets> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryBudgets(outbox), outbox);
  }
}
