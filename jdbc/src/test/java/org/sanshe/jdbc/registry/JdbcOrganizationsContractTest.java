package org.sanshe.jdbc.registry;

import org.sanshe.core.registry.organization.Organizations;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.OrganizationsContract;
import org.sanshe.testkit.contract.WithOutbox;

/**
 * The JDBC organizations keep the {@link Organizations} contract on a real PostgreSQL; a reopen is
 * a new store over a second data source, as another server would see the tables.
 */
class JdbcOrganizationsContractTest extends OrganizationsContract {

  private SansheJdbc jdbc;

  @Override
  protected Organizations newStore() {
    jdbc = Registries.freshTables();
    return JdbcOrganizations.open(jdbc);
  }

  @Override
  protected Organizations reopen(Organizations store) {
    return JdbcOrganizations.open(Registries.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<Organizations> newStoreWithOutbox() {
    jdbc = Registries.freshTablesWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcOrganizations.open(jdbc, outbox), outbox);
  }
}
