package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.programme.Programmes;
import org.sanshe.core.registry.programme.memory.InMemoryProgrammes;

/** The in-memory store keeps the {@link Programmes} contract. */
class MemoryProgrammesContractTest extends ProgrammesContract {

  @Override
  protected Programmes newStore() {
    return new InMemoryProgrammes();
  }

  @Override
  protected Programmes reopen(Programmes store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<Programmes> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryProgrammes(outbox), outbox);
  }
}
