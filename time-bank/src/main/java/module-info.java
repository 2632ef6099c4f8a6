/**
 * Sanshe time bank: the double-entry, hash-chained ledger of volunteer service hours (时间银行).
 *
 * <p>Jackson is optional: only {@code org.sanshe.timebank.json} uses it.
 */
module org.sanshe.timebank {
  requires transitive org.sanshe.core;
  requires static com.fasterxml.jackson.databind;

  exports org.sanshe.timebank.error;
  exports org.sanshe.timebank.credit;
  exports org.sanshe.timebank.account;
  exports org.sanshe.timebank.store;
  exports org.sanshe.timebank.memory;
  exports org.sanshe.timebank.ledger;
}
