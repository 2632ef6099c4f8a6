package org.sanshe.jdbc.programme;

import org.sanshe.core.registry.programme.Applications;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.ApplicationsContract;
import org.sanshe.testkit.contract.WithOutbox;

/** The JDBC store keeps the {@link Applications} contract on a real PostgreSQL. */
class JdbcApplicationsContractTest extends ApplicationsContract {

  private SansheJdbc jdbc;

  @Override
  protected Applications newStore() {
    jdbc = ProgrammeTables.fresh();
    return JdbcApplications.open(jdbc);
  }

  @Override
  protected Applications reopen(Applications store) {
    return JdbcApplications.open(ProgrammeTables.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<Applications> newStoreWithOutbox() {
    jdbc = ProgrammeTables.freshWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcApplications.open(jdbc, outbox), outbox);
  }
}
