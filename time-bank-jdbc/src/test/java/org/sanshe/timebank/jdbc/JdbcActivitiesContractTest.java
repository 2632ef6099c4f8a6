package org.sanshe.timebank.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.ActivitiesContract;
import org.sanshe.timebank.activity.Activities;

/** The JDBC activities keep the {@link Activities} contract on a real PostgreSQL. */
class JdbcActivitiesContractTest extends ActivitiesContract {

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  @Override
  protected Activities newActivities() {
    JdbcActivities.migrate(jdbc);
    return JdbcActivities.open(jdbc);
  }

  @Override
  protected Activities reopen(Activities activities) {
    return JdbcActivities.open(
        SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(jdbc.tablePrefix()).build());
  }
}
