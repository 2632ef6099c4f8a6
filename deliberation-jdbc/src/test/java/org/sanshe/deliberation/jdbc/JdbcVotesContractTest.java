package org.sanshe.deliberation.jdbc;

import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.VotesContract;

/**
 * The JDBC votes keep the {@link Votes} contract on a real PostgreSQL; the second store of the
 * multi-writer tests goes through its own data source, as a second server would.
 */
class JdbcVotesContractTest extends VotesContract {

  private final SansheJdbc jdbc = Tables.freshVotes();

  @Override
  protected Votes newVotes() {
    return JdbcVotes.open(jdbc);
  }

  @Override
  protected Votes reopen(Votes votes) {
    return JdbcVotes.open(Tables.secondServer(jdbc));
  }
}
