package org.sanshe.jdbc.satisfaction;

import java.time.Clock;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.Responses;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;
import org.sanshe.testkit.contract.ResponsesContract;
import org.sanshe.testkit.contract.WithOutbox;

/**
 * The JDBC responses keep the {@link Responses} contract on a real PostgreSQL; a reopen is a new
 * store over a second data source.
 */
class JdbcResponsesContractTest extends ResponsesContract {

  private SansheJdbc jdbc;
  private DuplicatePolicy policy;

  static SansheJdbc freshTables() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcResponses.migrate(jdbc);
    return jdbc;
  }

  @Override
  protected Responses newStore(DuplicatePolicy newPolicy) {
    jdbc = freshTables();
    policy = newPolicy;
    return JdbcResponses.open(jdbc, policy);
  }

  @Override
  protected Responses reopen(Responses store) {
    return JdbcResponses.open(
        SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
            .tablePrefix(jdbc.tablePrefix())
            .build(),
        policy);
  }

  @Override
  protected WithOutbox<Responses> newStoreWithOutbox(DuplicatePolicy newPolicy, Clock clock) {
    jdbc = freshTables();
    policy = newPolicy;
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcResponses.open(jdbc, policy, outbox, clock), outbox);
  }
}
