package org.sanshe.timebank.jdbc;

import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.testkit.contract.ServiceRecordsContract;
import org.sanshe.timebank.service.ServiceRecords;

/** The JDBC service records keep the {@link ServiceRecords} contract on a real PostgreSQL. */
class JdbcServiceRecordsContractTest extends ServiceRecordsContract {

  private final SansheJdbc jdbc = Durable.freshTables();
  private final JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "contract");

  @Override
  protected ServiceRecords newRecords() {
    return new JdbcServiceRecords(jdbc, store);
  }

  @Override
  protected ServiceRecords reopen(ServiceRecords records) {
    return new JdbcServiceRecords(jdbc, JdbcLedgerStore.open(jdbc, store.ledgerId()));
  }
}
