package org.sanshe.jdbc;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of the JDBC foundation. Messages live in {@code META-INF/sanshe/jdbc.properties}
 * and {@code jdbc_zh.properties}; no message carries a parameter value or SQL text. Immutable and
 * thread-safe.
 */
public enum JdbcError implements ErrorCode {
  /**
   * An integrity constraint (SQLState class 23) refused a write; {0} the operation, {1} SQLState.
   */
  JDBC_CONFLICT,
  /** A serialization failure or deadlock (40001, 40P01); {0} the operation, {1} SQLState. */
  JDBC_RETRYABLE,
  /** The database could not be reached or dropped the connection; {0} operation, {1} SQLState. */
  JDBC_UNAVAILABLE,
  /** Any other SQL failure; {0} the operation, {1} SQLState. */
  JDBC_FAILURE,
  /** The database product is not supported; {0} the product name reported by the driver. */
  JDBC_DIALECT_UNKNOWN,
  /** The chosen dialect does not fit the database; {0} the dialect chosen, {1} the one found. */
  JDBC_DIALECT_MISMATCH,
  /** A table prefix broke its rule; {0} the longest prefix. */
  JDBC_TABLE_PREFIX_INVALID,
  /** A table name broke its rule; {0} the longest name, {1} the length of prefix plus name. */
  JDBC_TABLE_NAME_INVALID,
  /** A schema's component name broke its rule; {0} the longest name. */
  JDBC_SCHEMA_COMPONENT_INVALID,
  /** A schema file is misnamed or its version repeats; {0} the component, {1} the file. */
  JDBC_SCHEMA_INVALID,
  /** A schema resource is missing; {0} the component, {1} the resource path. */
  JDBC_SCHEMA_RESOURCE_MISSING,
  /** The database holds a newer schema than the code; {0} component, {1} database, {2} code. */
  JDBC_SCHEMA_NEWER,
  /** The database lacks versions the code needs; {0} component, {1} database, {2} code. */
  JDBC_SCHEMA_OUTDATED,
  /** An applied version differs from its resource; {0} the component, {1} the version. */
  JDBC_SCHEMA_CHECKSUM,
  /** A table the schema creates does not exist; {0} the component, {1} the table. */
  JDBC_SCHEMA_TABLE_MISSING,
  /**
   * The migration lock was not obtained in time; {0} the component, {1} the timeout in
   * milliseconds.
   */
  JDBC_SCHEMA_LOCK_TIMEOUT,
  /** A text is longer than its column; {0} the field, {1} the longest length in characters. */
  JDBC_TEXT_TOO_LONG,
  /** A text holds a NUL character or an unpaired surrogate; {0} the field. */
  JDBC_TEXT_INVALID,
  /** An instant lies outside 64-bit epoch milliseconds; {0} the field. */
  JDBC_TIME_OUT_OF_RANGE,
  /** A stored row holds a value this version cannot read; {0} the column, {1} the table. */
  JDBC_ROW_INVALID;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(JdbcError.class, "jdbc");

  @Override
  public String code() {
    return name();
  }

  @Override
  public String template(Locale locale) {
    return MESSAGES.template(name(), locale);
  }

  /**
   * Returns this enum's catalog, for completeness tests.
   *
   * @return the catalog
   */
  public static MessageCatalog catalog() {
    return MESSAGES;
  }
}
