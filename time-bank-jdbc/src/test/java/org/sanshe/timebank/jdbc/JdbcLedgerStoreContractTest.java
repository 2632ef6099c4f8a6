package org.sanshe.timebank.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.LedgerStoreContract;
import org.sanshe.timebank.store.LedgerStore;

/** The JDBC journal keeps the {@link LedgerStore} contract on a real PostgreSQL. */
class JdbcLedgerStoreContractTest extends LedgerStoreContract {

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  @Override
  protected LedgerStore newStore() {
    JdbcLedgerStore.migrate(jdbc);
    return JdbcLedgerStore.open(jdbc, "contract");
  }

  @Override
  protected LedgerStore reopen(LedgerStore store) {
    return JdbcLedgerStore.open(jdbc, ((JdbcLedgerStore) store).ledgerId());
  }
}
