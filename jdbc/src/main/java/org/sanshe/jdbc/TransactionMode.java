package org.sanshe.jdbc;

/** Who owns the transaction in which Sanshe's SQL runs. Immutable and thread-safe. */
public enum TransactionMode {
  /**
   * Sanshe owns it: {@link SansheJdbc#inTransaction} borrows a connection, turns autocommit off,
   * runs the work, commits, rolls back on any failure, restores autocommit and closes the
   * connection. A read ({@link SansheJdbc#read}) runs in a read transaction that sees one snapshot
   * for all its statements.
   */
  LOCAL,
  /**
   * The caller owns it: the {@code DataSource} hands out the connection bound to the caller's
   * transaction (Spring's {@code TransactionAwareDataSourceProxy}, a JTA data source) and Sanshe
   * never touches autocommit, commit or rollback, so its writes commit or roll back with the
   * caller's. Reads run with the caller's isolation too: an aggregate read by several statements (a
   * row, then its children) sees one moment only if the caller's transaction keeps one snapshot
   * (REPEATABLE READ on PostgreSQL, openGauss and KingbaseES; SERIALIZABLE on Dameng). Under READ
   * COMMITTED or autocommit each statement may see a later commit; the stores read the versioned
   * row first and leave out children appended after it where they can (matters), and otherwise
   * refuse what does not fit with {@code JDBC_ROW_INVALID}, which a retry of the read clears.
   */
  EXTERNAL
}
