package org.sanshe.testkit.contract;

import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.Organizations;

/** The in-memory organizations keep the {@link Organizations} contract. */
class MemoryOrganizationsContractTest extends OrganizationsContract {

  @Override
  protected Organizations newStore() {
    return new InMemoryOrganizations();
  }

  @Override
  protected Organizations reopen(Organizations store) {
    return store; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected WithOutbox<Organizations> newStoreWithOutbox() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    return new WithOutbox<>(new InMemoryOrganizations(outbox), outbox);
  }
}
