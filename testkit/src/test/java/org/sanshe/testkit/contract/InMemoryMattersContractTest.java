package org.sanshe.testkit.contract;

import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.memory.InMemoryMatters;

/** The in-memory matters keep the {@link Matters} contract. */
class InMemoryMattersContractTest extends MattersContract {

  @Override
  protected Matters newMatters() {
    return new InMemoryMatters();
  }

  @Override
  protected Matters sameData(Matters matters) {
    return matters; // memory is not reopened: the same instance is the same data
  }
}
