package org.sanshe.testkit.contract;

import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.store.LedgerStore;

/** The in-memory journal keeps the {@link LedgerStore} contract. */
class MemoryLedgerStoreContractTest extends LedgerStoreContract {

  @Override
  protected LedgerStore newStore() {
    return new MemoryLedgerStore();
  }

  @Override
  protected LedgerStore reopen(LedgerStore store) {
    return store; // memory is not reopened: the same instance is the same data
  }
}
