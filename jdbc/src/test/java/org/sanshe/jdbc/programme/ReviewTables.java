package org.sanshe.jdbc.programme;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;

/** Shared set-up of the guidance and roster tests: fresh tables on the test database. */
final class ReviewTables {

  private ReviewTables() {}

  static SansheJdbc fresh() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcGuidanceLists.migrate(jdbc);
    JdbcExpertRosters.migrate(jdbc);
    return jdbc;
  }

  static SansheJdbc freshWithOutbox() {
    SansheJdbc jdbc = fresh();
    JdbcOutbox.migrate(jdbc);
    return jdbc;
  }
}
