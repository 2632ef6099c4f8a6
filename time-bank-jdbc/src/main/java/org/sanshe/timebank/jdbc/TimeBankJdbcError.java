package org.sanshe.timebank.jdbc;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of the time bank's JDBC stores for values that the tables cannot hold exactly.
 * Messages live in {@code META-INF/sanshe/time-bank-jdbc.properties} and {@code
 * time-bank-jdbc_zh.properties}; no message carries the value that was refused, only the field and
 * the rule. Immutable and thread-safe.
 */
public enum TimeBankJdbcError implements ErrorCode {
  /** A text is longer than its column; {0} the field, {1} the longest length in characters. */
  TIMEBANK_JDBC_TEXT_TOO_LONG,
  /** A text holds a NUL character or an unpaired surrogate; {0} the field. */
  TIMEBANK_JDBC_TEXT_INVALID,
  /** An instant lies outside 64-bit epoch milliseconds; {0} the field. */
  TIMEBANK_JDBC_TIME_OUT_OF_RANGE,
  /** A stored row holds a code this version does not know; {0} the column, {1} the table. */
  TIMEBANK_JDBC_ROW_INVALID;

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(TimeBankJdbcError.class, "time-bank-jdbc");

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
