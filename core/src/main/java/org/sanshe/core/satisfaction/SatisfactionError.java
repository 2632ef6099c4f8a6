package org.sanshe.core.satisfaction;

import java.util.Locale;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.MessageCatalog;

/**
 * The error codes of satisfaction scoring. Messages live in {@code
 * META-INF/sanshe/satisfaction.properties} and {@code satisfaction_zh.properties}. Immutable and
 * thread-safe.
 */
public enum SatisfactionError implements ErrorCode {
  /** An answer lies outside its item's scale; {0} the item, {1} the value, {2} the scale. */
  SATISFACTION_ANSWER_OUT_OF_SCALE,
  /** An answer was NaN or infinite; {0} the item. */
  SATISFACTION_ANSWER_NOT_A_NUMBER,
  /** An answer was a number between two levels; {0} the item, {1} the value. */
  SATISFACTION_ANSWER_NOT_A_LEVEL,
  /** A required item was left unanswered; {0} the item. */
  SATISFACTION_ANSWER_REQUIRED,
  /** An answer names an item the questionnaire does not have; {0} the item. */
  SATISFACTION_ITEM_UNKNOWN,
  /** A questionnaire lists the same item twice; {0} the item. */
  SATISFACTION_ITEM_DUPLICATE,
  /** A questionnaire has no item; {0} the questionnaire. */
  SATISFACTION_QUESTIONNAIRE_EMPTY,
  /** The weights below a node do not sum to 1; {0} the node, {1} the sum found. */
  SATISFACTION_WEIGHTS_NOT_ONE,
  /** A weight is not a number from 0 to 1 in steps of 0.0001; {0} the text or value. */
  SATISFACTION_WEIGHT_INVALID,
  /** A numeric parameter was NaN or infinite; {0} the parameter. */
  SATISFACTION_NOT_A_NUMBER,
  /** A parameter is outside its range; {0} the parameter, {1} the rule. */
  SATISFACTION_PARAMETER_OUT_OF_RANGE,
  /** An identifier, code or period is malformed; {0} what, {1} the rule. */
  SATISFACTION_IDENTIFIER_INVALID,
  /** A points mapping does not fit its scale; {0} the reason. */
  SATISFACTION_POINTS_INVALID,
  /**
   * A second response of the same respondent for the same subject and period; {0} the subject, {1}
   * the period.
   */
  SATISFACTION_DUPLICATE_RESPONSE,
  /** A response or tally belongs to another questionnaire; {0} expected, {1} found. */
  SATISFACTION_QUESTIONNAIRE_MISMATCH,
  /** A fast-path subject index was never registered; {0} the index. */
  SATISFACTION_SUBJECT_UNKNOWN,
  /** A fast-path respondent category code is unknown; {0} the code. */
  SATISFACTION_CATEGORY_UNKNOWN,
  /** A tally would exceed the responses it can count exactly; {0} the limit. */
  SATISFACTION_TALLY_CAPACITY,
  /** A response to remove was never counted; {0} the subject. */
  SATISFACTION_RESPONSE_NOT_COUNTED,
  /** An indicator tree is missing the score of a leaf; {0} the leaf. */
  SATISFACTION_INDICATOR_SCORE_MISSING,
  /** Grade bands are not strictly descending or empty; {0} the reason. */
  SATISFACTION_BANDS_INVALID,
  /** Too few respondents for a score; {0} found, {1} required. */
  SATISFACTION_SAMPLE_TOO_SMALL,
  /** Too small a share of ordinary residents; {0} found, {1} required. */
  SATISFACTION_ORDINARY_SHARE_TOO_LOW,
  /** Warning: Cronbach's alpha below the threshold; {0} the alpha, {1} the threshold. */
  SATISFACTION_RELIABILITY_LOW,
  /** Warning: Cronbach's alpha cannot be computed; {0} the reason. */
  SATISFACTION_RELIABILITY_UNAVAILABLE;

  private static final MessageCatalog MESSAGES =
      MessageCatalog.load(SatisfactionError.class, "satisfaction");

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
