package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.programme.Applications;
import org.sanshe.core.registry.programme.memory.InMemoryApplications;

/** The in-memory store keeps the {@link Applications} contract. */
class MemoryApplicationsContractTest extends ApplicationsContract {

  @Override
  protected Applications newStore() {
    return new InMemoryApplications();
  }

  @Override
  protected Applications reopen(Applications store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<Applications> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryApplications(outbox), outbox);
  }
}
