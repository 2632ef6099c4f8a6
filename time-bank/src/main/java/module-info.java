/**
 * Sanshe time bank: the double-entry, hash-chained ledger of volunteer service hours (时间银行).
 *
 * <p>JSON lives in the separate artifacts {@code sanshe-jackson} (Jackson 2) and {@code
 * sanshe-jackson3} (Jackson 3).
 */
module org.sanshe.timebank {
  requires transitive org.sanshe.core;

  exports org.sanshe.timebank;
  exports org.sanshe.timebank.error;
  exports org.sanshe.timebank.credit;
  exports org.sanshe.timebank.account;
  exports org.sanshe.timebank.store;
  exports org.sanshe.timebank.memory;
  exports org.sanshe.timebank.ledger;
  exports org.sanshe.timebank.audit;
  exports org.sanshe.timebank.policy;
  exports org.sanshe.timebank.authorization;
  exports org.sanshe.timebank.service;
  exports org.sanshe.timebank.pooling;
  exports org.sanshe.timebank.team;
  exports org.sanshe.timebank.activity;
  exports org.sanshe.timebank.rota;
  exports org.sanshe.timebank.care;
  exports org.sanshe.timebank.commitment;
}
