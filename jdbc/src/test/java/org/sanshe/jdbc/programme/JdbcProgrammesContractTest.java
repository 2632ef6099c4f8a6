package org.sanshe.jdbc.programme;

import org.sanshe.core.registry.programme.Programmes;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.ProgrammesContract;
import org.sanshe.testkit.contract.WithOutbox;

/** The JDBC store keeps the {@link Programmes} contract on a real PostgreSQL. */
class JdbcProgrammesContractTest extends ProgrammesContract {

  private SansheJdbc jdbc;

  @Override
  protected Programmes newStore() {
    jdbc = ProgrammeTables.fresh();
    return JdbcProgrammes.open(jdbc);
  }

  @Override
  protected Programmes reopen(Programmes store) {
    return JdbcProgrammes.open(ProgrammeTables.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<Programmes> newStoreWithOutbox() {
    jdbc = ProgrammeTables.freshWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcProgrammes.open(jdbc, outbox), outbox);
  }
}
