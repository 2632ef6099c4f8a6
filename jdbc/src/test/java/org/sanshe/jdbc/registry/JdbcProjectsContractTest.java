package org.sanshe.jdbc.registry;

import org.sanshe.core.registry.project.Projects;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.ProjectsContract;
import org.sanshe.testkit.contract.WithOutbox;

/** The JDBC projects keep the {@link Projects} contract on a real PostgreSQL. */
class JdbcProjectsContractTest extends ProjectsContract {

  private SansheJdbc jdbc;

  @Override
  protected Projects newStore() {
    jdbc = Registries.freshTables();
    return JdbcProjects.open(jdbc);
  }

  @Override
  protected Projects reopen(Projects store) {
    return JdbcProjects.open(Registries.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<Projects> newStoreWithOutbox() {
    jdbc = Registries.freshTablesWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcProjects.open(jdbc, outbox), outbox);
  }
}
