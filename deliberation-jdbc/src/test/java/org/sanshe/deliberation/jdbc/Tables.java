package org.sanshe.deliberation.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;

/** Shared set-up of the deliberation JDBC tests: fresh tables, and second connections to them. */
final class Tables {

  private Tables() {}

  /** Fresh affairs tables (matters, escalation cases, consultations) under a new prefix. */
  static SansheJdbc fresh() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcMatters.migrate(jdbc);
    JdbcConsultations.migrate(jdbc);
    return jdbc;
  }

  /** Fresh vote tables under a new prefix. */
  static SansheJdbc freshVotes() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcVotes.migrate(jdbc);
    return jdbc;
  }

  /** The same tables through a second, independent data source (another server). */
  static SansheJdbc secondServer(SansheJdbc jdbc) {
    return SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
        .tablePrefix(jdbc.tablePrefix())
        .build();
  }
}
