package org.sanshe.jdbc.programme;

import org.sanshe.core.registry.programme.GuidanceLists;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.GuidanceListsContract;
import org.sanshe.testkit.contract.WithOutbox;

/** The JDBC store keeps the {@link GuidanceLists} contract on a real PostgreSQL. */
class JdbcGuidanceListsContractTest extends GuidanceListsContract {

  private SansheJdbc jdbc;

  @Override
  protected GuidanceLists newStore() {
    jdbc = ReviewTables.fresh();
    return JdbcGuidanceLists.open(jdbc);
  }

  @Override
  protected GuidanceLists reopen(GuidanceLists store) {
    return JdbcGuidanceLists.open(ProgrammeTables.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<GuidanceLists> newStoreWithOutbox() {
    jdbc = ReviewTables.freshWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcGuidanceLists.open(jdbc, outbox), outbox);
  }
}
