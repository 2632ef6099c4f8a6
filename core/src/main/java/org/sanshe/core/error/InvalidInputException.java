package org.sanshe.core.error;

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

  private static Object firstMessage(Problems problems) {
    if (problems.errors().isEmpty()) {
      return "";
    }
    Problem first = problems.errors().get(0);
    String where = first.path().isEmpty() ? "" : first.path() + ": ";
    return Wording.of(
        where + "[" + first.code() + "] " + first.message(Locale.ENGLISH),
        where + "[" + first.code() + "] " + first.message(Locale.SIMPLIFIED_CHINESE));
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
