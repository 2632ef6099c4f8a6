package org.sanshe.testkit.contract;

import org.sanshe.timebank.memory.MemoryServiceRecords;
import org.sanshe.timebank.service.ServiceRecords;

/** The in-memory service records keep the {@link ServiceRecords} contract. */
class MemoryServiceRecordsContractTest extends ServiceRecordsContract {

  @Override
  protected ServiceRecords newRecords() {
    return new MemoryServiceRecords();
  }

  @Override
  protected ServiceRecords reopen(ServiceRecords records) {
    return records; // memory is not reopened: the same instance is the same data
  }
}
