package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.access.AccessDecisions;
import org.sanshe.core.registry.memory.InMemoryAccessDecisions;

/** The in-memory store keeps the {@link AccessDecisions} contract. */
class MemoryAccessDecisionsContractTest extends AccessDecisionsContract {

  @Override
  protected AccessDecisions newStore() {
    return new InMemoryAccessDecisions(clock);
  }

  @Override
  protected AccessDecisions reopen(AccessDecisions store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<AccessDecisions> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryAccessDecisions(clock, outbox), outbox);
  }
}
