package org.sanshe.deliberation.jdbc;

import org.sanshe.deliberation.escalation.EscalationCases;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.EscalationCasesContract;

/** The JDBC escalation cases keep the {@link EscalationCases} contract on a real PostgreSQL. */
class JdbcEscalationCasesContractTest extends EscalationCasesContract {

  private final SansheJdbc jdbc = Tables.fresh();

  @Override
  protected EscalationCases newCases() {
    return JdbcEscalationCases.open(jdbc);
  }

  @Override
  protected EscalationCases sameData(EscalationCases cases) {
    return JdbcEscalationCases.open(Tables.secondServer(jdbc));
  }
}
