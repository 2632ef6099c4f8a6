package org.sanshe.timebank.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.RolesContract;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;

/** The JDBC role register keeps the {@link Roles} contract on a real PostgreSQL. */
class JdbcRolesContractTest extends RolesContract {

  private final SansheJdbc jdbc = Durable.freshTables();
  private final JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "contract");

  @Override
  protected Roles newRoles() {
    return new JdbcRoles(jdbc, store);
  }

  @Override
  protected Roles reopen(Roles roles) {
    return new JdbcRoles(jdbc, JdbcLedgerStore.open(jdbc, store.ledgerId()));
  }

  @Override
  protected void grantCoordinator(Roles roles, PartyId party, PartyId organization) {
    ((JdbcRoles) roles).coordinator(party, organization);
  }

  @Override
  protected void grantGuardian(Roles roles, PartyId party, PartyId ward) {
    ((JdbcRoles) roles).guardian(party, ward);
  }

  @Override
  protected void grantOperator(Roles roles, PartyId party) {
    ((JdbcRoles) roles).operator(party);
  }
}
