package org.sanshe.core.error;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The base of every Sanshe domain failure: an unchecked exception carrying a stable {@link
 * ErrorCode} and the arguments of its message.
 *
 * <p>{@link #getMessage()} is {@code "[CODE] English message"}; {@link #message(Locale)} gives the
 * message in Chinese ({@code zh}) or English. Arguments never contain personal data: callers pass
 * masked values. An operation that throws a {@code SansheException} has changed nothing.
 *
 * <p>Instances are immutable once thrown (the argument list cannot be modified) and safe to share.
 */
public class SansheException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorCode errorCode;
  private final transient List<Object> arguments;

  /**
   * Creates an exception.
   *
   * @param errorCode the code, not null
   * @param arguments the message arguments, in the order of the template's placeholders
   */
  public SansheException(ErrorCode errorCode, Object... arguments) {
    this(errorCode, null, arguments);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param errorCode the code, not null
   * @param cause the underlying cause, may be null
   * @param arguments the message arguments
   */
  public SansheException(ErrorCode errorCode, Throwable cause, Object... arguments) {
    super(null, cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
  }

  /**
   * Returns the error code.
   *
   * @return the code, never null
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the stable code string, such as {@code USCC_CHECK_CHARACTER}.
   *
   * @return the code string
   */
  public String code() {
    return errorCode.code();
  }

  /**
   * Returns the message arguments.
   *
   * @return an unmodifiable list
   */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * Returns the message in a locale's language, without the code.
   *
   * @param locale the locale, not null ({@code Locale.SIMPLIFIED_CHINESE} for Chinese)
   * @return the message
   */
  public String message(Locale locale) {
    return MessageCatalog.format(
        errorCode.template(Objects.requireNonNull(locale, "locale")), arguments, locale);
  }

  @Override
  public String getMessage() {
    return "[" + code() + "] " + message(Locale.ENGLISH);
  }

  @Override
  public String getLocalizedMessage() {
    return "[" + code() + "] " + message(Locale.getDefault());
  }
}
