package org.sanshe.testkit.contract;

import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.memory.MemoryRoles;

/** The in-memory role register keeps the {@link Roles} contract. */
class MemoryRolesContractTest extends RolesContract {

  @Override
  protected Roles newRoles() {
    return new MemoryRoles();
  }

  @Override
  protected Roles reopen(Roles roles) {
    return roles; // memory is not reopened: the same instance is the same data
  }

  @Override
  protected void grantCoordinator(Roles roles, PartyId party, PartyId organization) {
    ((MemoryRoles) roles).coordinator(party, organization);
  }

  @Override
  protected void grantGuardian(Roles roles, PartyId party, PartyId ward) {
    ((MemoryRoles) roles).guardian(party, ward);
  }

  @Override
  protected void grantOperator(Roles roles, PartyId party) {
    ((MemoryRoles) roles).operator(party);
  }
}
