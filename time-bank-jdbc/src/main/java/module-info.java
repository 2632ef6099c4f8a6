/**
 * Sanshe time bank on a relational database: {@link org.sanshe.timebank.jdbc.JdbcLedgerStore} (the
 * journal and its anchored head) and {@link org.sanshe.timebank.jdbc.JdbcAccountHolders}, over JDK
 * {@code java.sql} only; volunteer teams and activities in {@link
 * org.sanshe.timebank.jdbc.JdbcVolunteerTeams} and {@link org.sanshe.timebank.jdbc.JdbcActivities}.
 */
module org.sanshe.timebank.jdbc {
  requires transitive org.sanshe.timebank;
  requires transitive org.sanshe.jdbc;

  exports org.sanshe.timebank.jdbc;
}
