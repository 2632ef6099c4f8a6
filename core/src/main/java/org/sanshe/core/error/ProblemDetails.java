package org.sanshe.core.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An RFC 9457 problem document for a Sanshe failure, ready for a web API to send as {@code
 * application/problem+json}: the JSON artifacts ({@code sanshe-jackson}, {@code sanshe-jackson3})
 * write it with exactly these member names.
 *
 * <p>{@code type} is {@code urn:sanshe:error:<CODE>} (stable, one per code), {@code title} the
 * category's title, {@code status} the category's HTTP status, {@code detail} the message in the
 * request's language, {@code code} the stable code, and {@code problems} one entry per problem of
 * an {@link InvalidInputException} with its path (empty for any other exception). Messages never
 * carry personal data or echoed input (see {@link SansheException}). Immutable and thread-safe; all
 * components non-null.
 *
 * @param type the problem type URI
 * @param title the short, per-category summary
 * @param status the HTTP status
 * @param detail the message of this occurrence
 * @param code the stable error code
 * @param problems the problems of bulk input, each with its path
 */
public record ProblemDetails(
    String type, String title, int status, String detail, String code, List<Entry> problems) {

  /** The prefix of every {@code type}. */
  public static final String TYPE_PREFIX = "urn:sanshe:error:";

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   */
  public ProblemDetails {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(code, "code");
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /**
   * One problem of bulk input.
   *
   * @param path where it is ({@code "[3].uscc"}), empty for the whole input
   * @param code the stable code
   * @param severity {@code ERROR} or {@code WARNING}
   * @param detail the message in the request's language
   */
  public record Entry(String path, String code, Problem.Severity severity, String detail) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * Builds the document of an exception in a reader's language.
   *
   * @param exception the failure, not null
   * @param locale the request's locale, not null
   * @return the document
   */
  public static ProblemDetails of(SansheException exception, Locale locale) {
    Objects.requireNonNull(exception, "exception");
    Objects.requireNonNull(locale, "locale");
    ErrorCode code = exception.errorCode();
    List<Entry> entries = new ArrayList<>();
    if (exception instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems()) {
        entries.add(new Entry(p.path(), p.code(), p.severity(), p.message(locale)));
      }
    }
    return new ProblemDetails(
        TYPE_PREFIX + code.code(),
        code.category().title(locale),
        code.httpStatus(),
        exception.message(locale),
        code.code(),
        entries);
  }
}
