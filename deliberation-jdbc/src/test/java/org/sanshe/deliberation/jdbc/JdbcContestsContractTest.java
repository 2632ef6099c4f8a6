package org.sanshe.deliberation.jdbc;

import org.sanshe.deliberation.contest.Contests;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.ContestsContract;

/**
 * The JDBC contests keep the {@link Contests} contract on a real PostgreSQL; the second store goes
 * through its own data source, as a second server would.
 */
class JdbcContestsContractTest extends ContestsContract {

  private final SansheJdbc jdbc = Tables.freshVotes();

  @Override
  protected Contests newContests() {
    return JdbcContests.open(jdbc);
  }

  @Override
  protected Contests reopen(Contests contests) {
    return JdbcContests.open(Tables.secondServer(jdbc));
  }
}
