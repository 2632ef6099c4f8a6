package org.sanshe.jdbc.registry;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;

/** Shared set-up of the registry tests: a fresh set of registry tables on the test database. */
final class Registries {

  private Registries() {}

  static SansheJdbc freshTables() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcOrganizations.migrate(jdbc);
    return jdbc;
  }

  /** Fresh registry tables with the outbox tables under the same prefix. */
  static SansheJdbc freshTablesWithOutbox() {
    SansheJdbc jdbc = freshTables();
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
