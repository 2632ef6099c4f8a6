/** Sanshe time bank: the double-entry, hash-chained ledger of volunteer service hours (时间银行). */
module org.sanshe.timebank {
  requires transitive org.sanshe.core;
}
