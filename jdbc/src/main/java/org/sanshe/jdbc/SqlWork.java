package org.sanshe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with one borrowed connection, inside {@link SansheJdbc#inTransaction} or {@link
 * SansheJdbc#read}. The work must not close the connection nor change its autocommit mode, and must
 * not commit or roll back: {@link SansheJdbc} does that (LOCAL) or the caller's transaction manager
 * does (EXTERNAL). An implementation runs on the calling thread with a connection no other thread
 * uses; it may throw {@link java.sql.SQLException}, which {@link SansheJdbc} translates into a
 * coded {@link JdbcException}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SqlWork<T> {

  /**
   * Does the work.
   *
   * @param connection the borrowed connection, not null
   * @return the result, may be null
   * @throws SQLException on a database failure; translated into a {@link JdbcException}
   */
  T run(Connection connection) throws SQLException;
}
