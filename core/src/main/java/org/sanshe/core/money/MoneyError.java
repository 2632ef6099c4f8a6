package org.sanshe.core.money;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of {@link Money}. Messages live in {@code META-INF/sanshe/money.properties} and
 * {@code money_zh.properties}.
 */
public enum MoneyError implements ErrorCode {
  /** A money text was null or blank. */
  MONEY_REQUIRED,
  /**
   * A money text was not of the form {@code -123.45}; {0} what failed (format or length), never the
   * text.
   */
  MONEY_FORMAT,
  /** An amount overflowed the range of a long number of fen; {0} the operation. */
  MONEY_OVERFLOW,
  /** A percentage was outside 0..100 or a divisor was not positive; {0} which argument. */
  MONEY_PERCENT_RANGE;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(MoneyError.class, "money");

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
