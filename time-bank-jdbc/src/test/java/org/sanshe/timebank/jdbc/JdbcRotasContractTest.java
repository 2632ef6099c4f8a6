package org.sanshe.timebank.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.RotasContract;
import org.sanshe.timebank.rota.Rotas;

/** The JDBC store keeps the {@link Rotas} contract on a real PostgreSQL. */
class JdbcRotasContractTest extends RotasContract {

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  @Override
  protected Rotas newRotas() {
    JdbcRotas.migrate(jdbc);
    return JdbcRotas.open(jdbc);
  }

  @Override
  protected Rotas reopen(Rotas rotas) {
    return JdbcRotas.open(
        SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(jdbc.tablePrefix()).build());
  }
}
