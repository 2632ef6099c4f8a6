package org.sanshe.deliberation.jdbc;

import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.MattersContract;

/** The JDBC matters keep the {@link Matters} contract on a real PostgreSQL. */
class JdbcMattersContractTest extends MattersContract {

  private final SansheJdbc jdbc = Tables.fresh();

  @Override
  protected Matters newMatters() {
    return JdbcMatters.open(jdbc);
  }

  @Override
  protected Matters sameData(Matters matters) {
    return JdbcMatters.open(Tables.secondServer(jdbc));
  }
}
