package org.sanshe.jdbc.fund;

import org.sanshe.core.fund.Funds;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;
import org.sanshe.testkit.contract.FundsContract;
import org.sanshe.testkit.contract.WithOutbox;

/**
 * The JDBC funds keep the {@link Funds} contract on a real PostgreSQL; the same data is a new store
 * over a second data source (a second server, or the process after a restart), so the contract's
 * race is two writers on two data sources.
 */
class JdbcFundsContractTest extends FundsContract {

  private SansheJdbc jdbc;

  static SansheJdbc freshTables() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcFunds.migrate(jdbc);
    return jdbc;
  }

  static SansheJdbc second(SansheJdbc jdbc) {
    return SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
        .tablePrefix(jdbc.tablePrefix())
        .build();
  }

  @Override
  protected Funds newFunds() {
    jdbc = freshTables();
    return JdbcFunds.open(jdbc);
  }

  @Override
  protected Funds sameData(Funds funds) {
    return JdbcFunds.open(second(jdbc));
  }

  @Override
  protected WithOutbox<Funds> newFundsWithOutbox() {
    jdbc = freshTables();
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcFunds.open(jdbc, outbox), outbox);
  }
}
