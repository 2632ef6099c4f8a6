package org.sanshe.testkit.contract;

import org.sanshe.deliberation.memory.InMemoryVotes;
import org.sanshe.deliberation.ownersvote.Votes;

/** The in-memory votes keep the {@link Votes} contract. */
class MemoryVotesContractTest extends VotesContract {

  @Override
  protected Votes newVotes() {
    return new InMemoryVotes();
  }

  @Override
  protected Votes reopen(Votes votes) {
    return votes; // memory is not reopened: the same instance is the same data
  }
}
