package org.sanshe.testkit.contract;

import org.sanshe.timebank.activity.Activities;
import org.sanshe.timebank.memory.MemoryActivities;

/** The in-memory activities keep the {@link Activities} contract. */
class MemoryActivitiesContractTest extends ActivitiesContract {

  @Override
  protected Activities newActivities() {
    return new MemoryActivities();
  }

  @Override
  protected Activities reopen(Activities activities) {
    return activities; // memory is not reopened: the same instance is the same data
  }
}
