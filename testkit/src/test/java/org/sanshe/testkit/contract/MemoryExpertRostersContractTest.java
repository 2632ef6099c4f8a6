package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.review.ExpertRosters;
import org.sanshe.core.registry.review.memory.InMemoryExpertRosters;

/** The in-memory store keeps the {@link ExpertRosters} contract. */
class MemoryExpertRostersContractTest extends ExpertRostersContract {

  @Override
  protected ExpertRosters newStore() {
    return new InMemoryExpertRosters();
  }

  @Override
  protected ExpertRosters reopen(ExpertRosters store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<ExpertRosters> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryExpertRosters(outbox), outbox);
  }
}
