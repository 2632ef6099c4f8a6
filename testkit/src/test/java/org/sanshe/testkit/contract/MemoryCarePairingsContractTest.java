package org.sanshe.testkit.contract;

import org.sanshe.timebank.care.CarePairings;
import org.sanshe.timebank.memory.MemoryCarePairings;

/** The in-memory care pairings keep the {@link CarePairings} contract. */
class MemoryCarePairingsContractTest extends CarePairingsContract {

  @Override
  protected CarePairings newPairings() {
    return new MemoryCarePairings();
  }

  @Override
  protected CarePairings reopen(CarePairings pairings) {
    return pairings; // memory is not reopened: the same instance is the same data
  }
}
