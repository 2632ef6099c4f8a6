package org.sanshe.examples.count;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of the {@link Count} tool; messages in {@code META-INF/sanshe/count.properties}
 * and {@code count_zh.properties}. The javadoc of each constant names its message arguments; none
 * of them is text from the counted file.
 */
public enum CountError implements ErrorCode {
  /** No arguments. */
  COUNT_FILE_MISSING,
  /** {0} the argument's position, from 1 (its text is not echoed). */
  COUNT_OPTION_UNKNOWN,
  /** {0} the option. */
  COUNT_OPTION_VALUE_MISSING,
  /** {0} the option, {1} what it accepts. */
  COUNT_OPTION_VALUE_INVALID,
  /** No arguments. */
  COUNT_FORMAT_UNKNOWN,
  /** No arguments. */
  COUNT_FILE_UNREADABLE,
  /** {0} the kind of file, {1} the rules that tool runs on it. */
  COUNT_RULE_UNKNOWN,
  /** {0} the rule. */
  COUNT_NO_RATINGS;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(CountError.class, "count");

  @Override
  public String code() {
    return name();
  }

  @Override
  public String template(Locale locale) {
    return MESSAGES.template(name(), locale);
  }
}
