package org.sanshe.timebank.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.VolunteerTeamsContract;
import org.sanshe.timebank.team.VolunteerTeams;

/** The JDBC volunteer teams keep the {@link VolunteerTeams} contract on a real PostgreSQL. */
class JdbcVolunteerTeamsContractTest extends VolunteerTeamsContract {

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  @Override
  protected VolunteerTeams newTeams() {
    JdbcVolunteerTeams.migrate(jdbc);
    return JdbcVolunteerTeams.open(jdbc);
  }

  @Override
  protected VolunteerTeams reopen(VolunteerTeams teams) {
    return JdbcVolunteerTeams.open(
        SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(jdbc.tablePrefix()).build());
  }
}
