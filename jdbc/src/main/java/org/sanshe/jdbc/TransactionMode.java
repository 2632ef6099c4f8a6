package org.sanshe.jdbc;

/** Who owns the transaction in which Sanshe's SQL runs. Immutable and thread-safe. */
public enum TransactionMode {
  /**
   * Sanshe owns it: {@link SansheJdbc#inTransaction} borrows a connection, turns autocommit off,
   * runs the work, commits, rolls back on any failure, restores autocommit and closes the
   * connection.
   */
  LOCAL,
  /**
   * The caller owns it: the {@code DataSource} hands out the connection bound to the caller's
   * transaction (Spring's {@code TransactionAwareDataSourceProxy}, a JTA data source) and Sanshe
   * never touches autocommit, commit or rollback, so its writes commit or roll back with the
   * caller's.
   */
  EXTERNAL
}
