package org.sanshe.testkit.contract;

import org.sanshe.deliberation.contest.Contests;
import org.sanshe.deliberation.memory.InMemoryContests;

/** The in-memory contests keep the {@link Contests} contract. */
class MemoryContestsContractTest extends ContestsContract {

  @Override
  protected Contests newContests() {
    return new InMemoryContests();
  }

  @Override
  protected Contests reopen(Contests contests) {
    return contests; // memory is not reopened: the same instance is the same data
  }
}
