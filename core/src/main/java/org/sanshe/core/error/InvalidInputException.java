package org.sanshe.core.error;

import java.util.List;
import java.util.Locale;

/**
 * Input with one or more errors, each with its path, code and message; code {@code INPUT_INVALID}.
 * Thrown by bulk operations (imports, forms) that check everything before changing anything.
 * Immutable.
 */
public class InvalidInputException extends SansheException {

  private static final long serialVersionUID = 1L;

  private final transient Problems problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one an error
   */
  public InvalidInputException(Problems problems) {
    super(CoreError.INPUT_INVALID, problems.errors().size(), firstMessage(problems));
    this.problems = problems;
  }

  private static String firstMessage(Problems problems) {
    return problems.errors().isEmpty() ? "" : problems.errors().get(0).toString();
  }

  /**
   * Returns the message in a locale's language; the first problem (its path, code and message) is
   * stated in that language too.
   *
   * @param locale the locale, not null
   * @return the message
   */
  @Override
  public String message(Locale locale) {
    List<Problem> errors = problems.errors();
    String first =
        errors.isEmpty()
            ? ""
            : (errors.get(0).path().isEmpty() ? "" : errors.get(0).path() + ": ")
                + "["
                + errors.get(0).code()
                + "] "
                + errors.get(0).message(locale);
    return MessageCatalog.format(errorCode().template(locale), List.of(errors.size(), first));
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public Problems problems() {
    return problems;
  }
}
