package org.sanshe.testkit.contract;

import org.sanshe.core.registry.memory.InMemoryCommunityWorkers;
import org.sanshe.core.registry.worker.CommunityWorkers;

/** The in-memory store keeps the {@link CommunityWorkers} contract. */
class MemoryCommunityWorkersContractTest extends CommunityWorkersContract {

  @Override
  protected CommunityWorkers newStore() {
    return new InMemoryCommunityWorkers();
  }

  @Override
  protected CommunityWorkers reopen(CommunityWorkers store) {
    return store; // memory is not reopened: the same instance is the same data
  }
}
