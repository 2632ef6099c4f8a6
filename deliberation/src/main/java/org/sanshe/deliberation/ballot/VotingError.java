package org.sanshe.deliberation.ballot;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of voting and participatory budgeting: ballots ({@code BALLOT_}), counting
 * methods ({@code VOTING_}), budgets ({@code BUDGET_}) and the Pabulib and PrefLib readers ({@code
 * PABULIB_}, {@code PREFLIB_}). Messages live in {@code META-INF/sanshe/voting.properties} and
 * {@code voting_zh.properties}; the javadoc of each constant names its message arguments.
 */
public enum VotingError implements ErrorCode {
  /** {0} the ballot, {1} its length, {2} the minimum. */
  BALLOT_TOO_SHORT,
  /** {0} the ballot, {1} its length, {2} the maximum. */
  BALLOT_TOO_LONG,
  /** {0} the ballot, {1} its total cost, {2} the maximum. */
  BALLOT_COST_EXCEEDED,
  /** {0} the ballot, {1} its points, {2} the maximum. */
  BALLOT_POINTS_EXCEEDED,
  /** {0} the ballot, {1} the candidate, {2} the score, {3} the minimum, {4} the maximum. */
  BALLOT_SCORE_OUT_OF_RANGE,
  /** {0} the ballot, {1} the unknown candidate or project. */
  BALLOT_UNKNOWN_CANDIDATE,
  /** {0} the ballot, {1} the repeated candidate. */
  BALLOT_DUPLICATE_CANDIDATE,
  /** {0} the ballot. */
  BALLOT_EMPTY_RANK,
  /** {0} the ballot, {1} its kind, {2} the kind expected. */
  BALLOT_KIND_MISMATCH,
  /** {0} the ballot, {1} the count. */
  BALLOT_COUNT_INVALID,
  /** {0} the constraint, {1} the rule. */
  BALLOT_CONSTRAINT_INVALID,
  /** No arguments. */
  BALLOT_ID_BLANK,
  /** No arguments. */
  VOTING_NO_CANDIDATES,
  /** {0} the candidate. */
  VOTING_DUPLICATE_CANDIDATE,
  /** No arguments. */
  VOTING_NO_BALLOTS,
  /** {0} the points. */
  VOTING_BORDA_POINTS_INVALID,
  /** {0} the missing candidate. */
  VOTING_TIE_ORDER_INCOMPLETE,
  /** A count or a score summed past {@code Long.MAX_VALUE}; no arguments. */
  VOTING_COUNT_OVERFLOW,
  /** A result was asked about a candidate it did not count; {0} the candidate id. */
  VOTING_UNKNOWN_CANDIDATE,
  /** {0} the budget. */
  BUDGET_NOT_POSITIVE,
  /** {0} the project, {1} the cost. */
  BUDGET_COST_NEGATIVE,
  /** {0} the project. */
  BUDGET_UNKNOWN_PROJECT,
  /** {0} the project. */
  BUDGET_DUPLICATE_PROJECT,
  /** {0} the threshold. */
  BUDGET_THRESHOLD_NEGATIVE,
  /** {0} the project limit, {1} the support limit, {2} the projects, {3} the support. */
  BUDGET_KNAPSACK_TOO_LARGE,
  /** {0} the ballot, {1} the project, {2} the utility. */
  BUDGET_UTILITY_NEGATIVE,
  /** {0} the most runs allowed. */
  BUDGET_COMPLETION_TOO_MANY_RUNS,
  /** No arguments. */
  BUDGET_AMOUNT_TOO_LARGE,
  /** No arguments. */
  PABULIB_EMPTY,
  /** {0} the line, {1} the section. */
  PABULIB_SECTION_MISSING,
  /** {0} the line, {1} the section, {2} the column. */
  PABULIB_HEADER_INVALID,
  /** {0} the line, {1} expected, {2} found. */
  PABULIB_FIELD_COUNT,
  /** {0} the line. */
  PABULIB_QUOTE_UNCLOSED,
  /** {0} the line, {1} the field (the text is never echoed). */
  PABULIB_NUMBER_INVALID,
  /** {0} the key. */
  PABULIB_META_MISSING,
  /** {0} the line, {1} the field that must be unique. */
  PABULIB_DUPLICATE_KEY,
  /** {0} the line, {1} the field. */
  PABULIB_UNKNOWN_PROJECT,
  /** {0} the line, {1} projects, {2} points. */
  PABULIB_POINTS_MISMATCH,
  /** No arguments. */
  PABULIB_VOTE_TYPE_UNSUPPORTED,
  /** {0} the line, {1} the META rule broken, such as {@code META max_length}. */
  PABULIB_BALLOT_INVALID,
  /** No arguments (the label is never echoed). */
  PABULIB_RULE_UNSUPPORTED,
  /** {0} the line, {1} what is wrong. */
  PREFLIB_LINE_INVALID,
  /** {0} the line (the text is never echoed). */
  PREFLIB_UNKNOWN_ALTERNATIVE,
  /** {0} the line (the text is never echoed). */
  PREFLIB_COUNT_INVALID,
  /** {0} the line (the text is never echoed). */
  PREFLIB_DUPLICATE_ALTERNATIVE,
  /** No arguments. */
  PREFLIB_NO_CANDIDATES,
  /**
   * No candidate of an election has the name asked for; no arguments (the name is never echoed).
   */
  PREFLIB_NAME_UNKNOWN,
  /** {0} the format, {1} what does not fit (never a value from the election). */
  PREFLIB_FORMAT_MISMATCH;

  private static final MessageCatalog MESSAGES = MessageCatalog.load(VotingError.class, "voting");

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
