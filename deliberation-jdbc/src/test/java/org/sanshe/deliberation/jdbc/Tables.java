package org.sanshe.deliberation.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;

/** Shared set-up of the affairs JDBC tests: fresh tables, and second servers over them. */
final class Tables {

  private Tables() {}

  /** Creates a fresh set of affairs tables under a new prefix. */
  static SansheJdbc fresh() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcMatters.migrate(jdbc);
    return jdbc;
  }

  /** Opens the same tables through another data source, as a second server would. */
  static SansheJdbc secondServer(SansheJdbc jdbc) {
    return SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
        .tablePrefix(jdbc.tablePrefix())
        .build();
  }
}
