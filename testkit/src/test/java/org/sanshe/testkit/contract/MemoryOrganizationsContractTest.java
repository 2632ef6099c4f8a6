package org.sanshe.testkit.contract;

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
}
