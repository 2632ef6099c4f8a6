package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.memory.InMemorySocialWorkers;
import org.sanshe.core.registry.worker.SocialWorkers;

/** The in-memory store keeps the {@link SocialWorkers} contract. */
class MemorySocialWorkersContractTest extends SocialWorkersContract {

  @Override
  protected SocialWorkers newStore() {
    return new InMemorySocialWorkers();
  }

  @Override
  protected SocialWorkers reopen(SocialWorkers store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<SocialWorkers> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemorySocialWorkers(outbox), outbox);
  }
}
