package org.sanshe.jdbc;

import java.sql.SQLException;
import org.sanshe.core.error.SansheException;

/**
 * A database failure with a stable {@link JdbcError} code.
 *
 * <p>The message names the operation (such as {@code "append journal"}) and the SQLState, never a
 * parameter value or SQL text; the driver's {@link SQLException}, whose message may carry values,
 * is kept as the {@linkplain #getCause() cause} for logs that are allowed to see them. Immutable
 * once thrown and safe to share.
 */
public class JdbcException extends SansheException {

  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String sqlState;

  /**
   * Creates an exception for a failed SQL operation.
   *
   * @param error the code: {@link JdbcError#JDBC_CONFLICT}, {@link JdbcError#JDBC_RETRYABLE},
   *     {@link JdbcError#JDBC_UNAVAILABLE} or {@link JdbcError#JDBC_FAILURE}
   * @param operation what was being done, free of values, not null
   * @param sqlState the SQLState, or null when the driver gave none
   * @param cause the driver's exception, may be null
   */
  public JdbcException(JdbcError error, String operation, String sqlState, Throwable cause) {
    super(error, cause, operation, sqlState == null ? "-" : sqlState);
    this.operation = operation;
    this.sqlState = sqlState;
  }

  /**
   * Creates an exception that is not a translated SQL failure (schema checks, configuration).
   *
   * @param error the code, not null
   * @param arguments the message arguments, free of values
   */
  public JdbcException(JdbcError error, Object... arguments) {
    super(error, arguments);
    this.operation = null;
    this.sqlState = null;
  }

  /**
   * Returns the operation that failed.
   *
   * @return the operation, or null when this is no translated SQL failure
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the SQLState of the translated failure.
   *
   * @return the SQLState, or null when there was none
   */
  public String sqlState() {
    return sqlState;
  }

  /**
   * Tells whether running the same transaction again may succeed (serialization failure or
   * deadlock, code {@link JdbcError#JDBC_RETRYABLE}).
   *
   * @return true for a retryable failure
   */
  public boolean isRetryable() {
    return errorCode() == JdbcError.JDBC_RETRYABLE;
  }

  /**
   * Tells whether an integrity constraint refused the write (SQLState class 23, code {@link
   * JdbcError#JDBC_CONFLICT}): a duplicate key, for instance.
   *
   * @return true for a conflict
   */
  public boolean isConflict() {
    return errorCode() == JdbcError.JDBC_CONFLICT;
  }

  /**
   * Tells whether the database could not be reached or dropped the connection (code {@link
   * JdbcError#JDBC_UNAVAILABLE}). Whether the work was committed is then unknown when the failure
   * came during the commit itself.
   *
   * @return true when the database was unavailable
   */
  public boolean isUnavailable() {
    return errorCode() == JdbcError.JDBC_UNAVAILABLE;
  }
}
