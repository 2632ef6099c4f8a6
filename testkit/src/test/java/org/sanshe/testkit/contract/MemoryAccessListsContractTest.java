package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.access.AccessLists;
import org.sanshe.core.registry.memory.InMemoryAccessLists;

/** The in-memory store keeps the {@link AccessLists} contract. */
class MemoryAccessListsContractTest extends AccessListsContract {

  @Override
  protected AccessLists newStore() {
    return new InMemoryAccessLists(clock);
  }

  @Override
  protected AccessLists reopen(AccessLists store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<AccessLists> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryAccessLists(clock, outbox), outbox);
  }
}
