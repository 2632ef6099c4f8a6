/**
 * Sanshe time bank on a relational database: {@link org.sanshe.timebank.jdbc.JdbcLedgerStore} (the
 * journal and its anchored head) and {@link org.sanshe.timebank.jdbc.JdbcAccountHolders}, over JDK
 * {@code java.sql} only.
 */
module org.sanshe.timebank.jdbc {
  requires transitive org.sanshe.timebank;
  requires transitive org.sanshe.jdbc;

  exports org.sanshe.timebank.jdbc;
}
