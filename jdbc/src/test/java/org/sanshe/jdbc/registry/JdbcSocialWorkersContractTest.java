package org.sanshe.jdbc.registry;

import org.sanshe.core.registry.worker.SocialWorkers;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.SocialWorkersContract;
import org.sanshe.testkit.contract.WithOutbox;

/** The JDBC social workers keep the {@link SocialWorkers} contract on a real PostgreSQL. */
class JdbcSocialWorkersContractTest extends SocialWorkersContract {

  private SansheJdbc jdbc;

  @Override
  protected SocialWorkers newStore() {
    jdbc = Registries.freshTables();
    return JdbcSocialWorkers.open(jdbc);
  }

  @Override
  protected SocialWorkers reopen(SocialWorkers store) {
    return JdbcSocialWorkers.open(Registries.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<SocialWorkers> newStoreWithOutbox() {
    jdbc = Registries.freshTablesWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcSocialWorkers.open(jdbc, outbox), outbox);
  }
}
