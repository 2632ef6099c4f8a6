package org.sanshe.jdbc.programme;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;

/** Shared set-up of the programme tests: fresh programme tables on the test database. */
final class ProgrammeTables {

  private ProgrammeTables() {}

  static SansheJdbc fresh() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcProgrammes.migrate(jdbc);
    return jdbc;
  }

  static SansheJdbc freshWithOutbox() {
    SansheJdbc jdbc = fresh();
    JdbcOutbox.migrate(jdbc);
    return jdbc;
  }

  /** The same tables through a second data source, as a second server would reach them. */
  static SansheJdbc secondServer(SansheJdbc jdbc) {
    return SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
        .tablePrefix(jdbc.tablePrefix())
        .build();
  }
}
