package org.sanshe.jdbc.programme;

import org.sanshe.core.registry.review.ExpertRosters;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.ExpertRostersContract;
import org.sanshe.testkit.contract.WithOutbox;

/** The JDBC store keeps the {@link ExpertRosters} contract on a real PostgreSQL. */
class JdbcExpertRostersContractTest extends ExpertRostersContract {

  private SansheJdbc jdbc;

  @Override
  protected ExpertRosters newStore() {
    jdbc = ReviewTables.fresh();
    return JdbcExpertRosters.open(jdbc);
  }

  @Override
  protected ExpertRosters reopen(ExpertRosters store) {
    return JdbcExpertRosters.open(ProgrammeTables.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<ExpertRosters> newStoreWithOutbox() {
    jdbc = ReviewTables.freshWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcExpertRosters.open(jdbc, outbox), outbox);
  }
}
