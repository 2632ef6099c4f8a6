package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.party.PartyRecords;
import org.sanshe.core.registry.party.PartyRegister;

/** The in-memory register keeps the {@link PartyRecords} contract. */
class MemoryPartyRecordsContractTest extends PartyRecordsContract {

  @Override
  protected PartyRecords newStore() {
    return new PartyRegister(clock);
  }

  @Override
  protected PartyRecords reopen(PartyRecords store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<PartyRecords> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new PartyRegister(clock, outbox), outbox);
  }
}
