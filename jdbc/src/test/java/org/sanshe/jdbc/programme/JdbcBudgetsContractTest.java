package org.sanshe.jdbc.programme;

import org.sanshe.core.registry.programme.Budgets;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.testkit.contract.BudgetsContract;
import org.sanshe.testkit.contract.WithOutbox;

/** The JDBC store keeps the {@link Budgets} contract on a real PostgreSQL. */
class JdbcBudgetsContractTest extends BudgetsContract {

  private SansheJdbc jdbc;

  @Override
  protected Budgets newStore() {
    jdbc = ProgrammeTables.fresh();
    return JdbcBudgets.open(jdbc);
  }

  @Override
  protected Budgets reopen(Budgets store) {
    return JdbcBudgets.open(ProgrammeTables.secondServer(jdbc));
  }

  @Override
  protected WithOutbox<Budgets> newStoreWithOutbox() {
    jdbc = ProgrammeTables.freshWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcBudgets.open(jdbc, outbox), outbox);
  }
}
