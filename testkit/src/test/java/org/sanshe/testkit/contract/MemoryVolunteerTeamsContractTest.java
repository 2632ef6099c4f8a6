package org.sanshe.testkit.contract;

import org.sanshe.timebank.memory.MemoryVolunteerTeams;
import org.sanshe.timebank.team.VolunteerTeams;

/** The in-memory volunteer teams keep the {@link VolunteerTeams} contract. */
class MemoryVolunteerTeamsContractTest extends VolunteerTeamsContract {

  @Override
  protected VolunteerTeams newTeams() {
    return new MemoryVolunteerTeams();
  }

  @Override
  protected VolunteerTeams reopen(VolunteerTeams teams) {
    return teams; // memory is not reopened: the same instance is the same data
  }
}
