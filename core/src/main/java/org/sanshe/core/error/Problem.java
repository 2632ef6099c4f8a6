package org.sanshe.core.error;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in input: where it is, what rule it breaks, and how serious it is.
 *
 * <p>The path names the place in the caller's terms: {@code "[3].uscc"} for the fourth element of
 * an imported array, {@code "row 12, column code"} for a CSV cell. Immutable and thread-safe; all
 * components are non-null.
 *
 * @param path where the problem is, never null (may be empty for the whole input)
 * @param severity error (the input is refused) or warning (accepted, but worth a look)
 * @param errorCode the stable code
 * @param arguments the message arguments, free of personal data
 */
public record Problem(String path, Severity severity, ErrorCode errorCode, List<Object> arguments) {

  /** How serious a problem is. */
  public enum Severity {
    /** The input is refused. */
    ERROR,
    /** The input is accepted but deserves attention. */
    WARNING
  }

  /**
   * Checks the components and copies the arguments.
   *
   * @throws NullPointerException if a component is null
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(errorCode, "errorCode");
    arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
  }

  /**
   * Creates an error from a caught exception.
   *
   * @param path where the problem is
   * @param exception the exception that states it
   * @return the problem
   */
  public static Problem of(String path, SansheException exception) {
    return new Problem(
        path,
        Severity.ERROR,
        exception.errorCode(),
        exception.arguments().stream().map(a -> a == null ? "null" : a).toList());
  }

  /**
   * Creates a warning.
   *
   * @param path where the problem is
   * @param errorCode the code
   * @param arguments the message arguments
   * @return the warning
   */
  public static Problem warning(String path, ErrorCode errorCode, Object... arguments) {
    return new Problem(path, Severity.WARNING, errorCode, List.of(arguments));
  }

  /**
   * Returns the stable code string.
   *
   * @return the code
   */
  public String code() {
    return errorCode.code();
  }

  /**
   * Returns the message in a locale's language.
   *
   * @param locale the locale
   * @return the message
   */
  public String message(Locale locale) {
    return MessageCatalog.format(errorCode.template(locale), arguments, locale);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ")
        + severity
        + " ["
        + code()
        + "] "
        + message(Locale.ENGLISH);
  }
}
