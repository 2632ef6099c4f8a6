package org.sanshe.jdbc;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

/** Translation of {@link SQLException}s into coded {@link JdbcException}s; stateless. */
final class SqlStates {

  private SqlStates() {}

  static JdbcException translate(SQLException e, String operation) {
    String state = stateOf(e);
    return new JdbcException(classify(e, state), operation, state, e);
  }

  static JdbcException unavailable(SQLException e, String operation) {
    return new JdbcException(JdbcError.JDBC_UNAVAILABLE, operation, stateOf(e), e);
  }

  /** The first SQLState found on the exception, its chained next exceptions or its causes. */
  static String stateOf(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (next.getSQLState() != null && !next.getSQLState().isBlank()) {
            return next.getSQLState();
          }
          if (next.getNextException() == next) {
            break;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static JdbcError classify(SQLException e, String state) {
    if (state != null) {
      if (state.startsWith("23")) {
        return JdbcError.JDBC_CONFLICT;
      }
      if (state.equals("40001") || state.equals("40P01")) {
        return JdbcError.JDBC_RETRYABLE;
      }
      // 08: connection exception; 57P01-57P03: PostgreSQL shutting down or not accepting yet.
      if (state.startsWith("08") || state.startsWith("57P0")) {
        return JdbcError.JDBC_UNAVAILABLE;
      }
    }
    if (e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException) {
      return JdbcError.JDBC_UNAVAILABLE;
    }
    if (state == null && e instanceof SQLIntegrityConstraintViolationException) {
      return JdbcError.JDBC_CONFLICT;
    }
    if (state == null && e instanceof SQLTransactionRollbackException) {
      return JdbcError.JDBC_RETRYABLE;
    }
    return JdbcError.JDBC_FAILURE;
  }
}
