package org.sanshe.timebank.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.CarePairingsContract;
import org.sanshe.timebank.care.CarePairings;

/** The JDBC store keeps the {@link CarePairings} contract on a real PostgreSQL. */
class JdbcCarePairingsContractTest extends CarePairingsContract {

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  @Override
  protected CarePairings newPairings() {
    JdbcCarePairings.migrate(jdbc);
    return JdbcCarePairings.open(jdbc);
  }

  @Override
  protected CarePairings reopen(CarePairings pairings) {
    return JdbcCarePairings.open(
        SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(jdbc.tablePrefix()).build());
  }
}
