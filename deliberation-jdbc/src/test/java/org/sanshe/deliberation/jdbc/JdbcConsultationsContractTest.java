package org.sanshe.deliberation.jdbc;

import org.sanshe.deliberation.consultation.Consultations;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.ConsultationsContract;

/** The JDBC consultations keep the {@link Consultations} contract on a real PostgreSQL. */
class JdbcConsultationsContractTest extends ConsultationsContract {

  private final SansheJdbc jdbc = Tables.fresh();

  @Override
  protected Consultations newConsultations() {
    return JdbcConsultations.open(jdbc);
  }

  @Override
  protected Consultations sameData(Consultations consultations) {
    return JdbcConsultations.open(Tables.secondServer(jdbc));
  }
}
