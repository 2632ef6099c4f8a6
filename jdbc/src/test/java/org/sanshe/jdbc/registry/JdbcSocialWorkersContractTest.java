package org.sanshe.jdbc.registry;

import org.sanshe.core.registry.worker.SocialWorkers;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.SocialWorkersContract;

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
}
