package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.programme.GuidanceLists;
import org.sanshe.core.registry.programme.memory.InMemoryGuidanceLists;

/** The in-memory store keeps the {@link GuidanceLists} contract. */
class MemoryGuidanceListsContractTest extends GuidanceListsContract {

  @Override
  protected GuidanceLists newStore() {
    return new InMemoryGuidanceLists();
  }

  @Override
  protected GuidanceLists reopen(GuidanceLists store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<GuidanceLists> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryGuidanceLists(outbox), outbox);
  }
}
