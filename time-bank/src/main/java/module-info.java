/**
 * Sanshe time bank: the double-entry, hash-chained ledger of volunteer service hours (时间银行).
 *
 * <p>Jackson is optional: only {@code org.sanshe.timebank.json} uses it. On the module path
 * register {@link org.sanshe.timebank.json.TimeBankModule} with your {@code ObjectMapper}; on the
 * class path {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
module org.sanshe.timebank {
  requires transitive org.sanshe.core;
  requires static com.fasterxml.jackson.databind;

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
  exports org.sanshe.timebank.json;
}
