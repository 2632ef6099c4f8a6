package org.sanshe.core.satisfaction.instrument;

import java.util.Objects;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * The answer scales of satisfaction items. Answers are whole levels from {@link #min()} to {@link
 * #max()}; higher is better. Immutable and thread-safe.
 */
public enum Scale {
  /** Five levels: 1 very dissatisfied, 2 dissatisfied, 3 neutral, 4 satisfied, 5 very satisfied. */
  FIVE_LEVEL(1, 5, 4),
  /** Ten points, 1 to 10. */
  ONE_TO_TEN(1, 10, 9),
  /** Eleven points, 0 to 10, the Net Promoter scale. */
  ZERO_TO_TEN(0, 10, 9),
  /** A competence vote: 0 incompetent (不称职), 1 competent (称职). */
  COMPETENCE(0, 1, 1);

  private final int min;
  private final int max;
  private final int satisfiedFrom;

  Scale(int min, int max, int satisfiedFrom) {
    this.min = min;
    this.max = max;
    this.satisfiedFrom = satisfiedFrom;
  }

  /**
   * Returns the lowest level.
   *
   * @return the lowest level
   */
  public int min() {
    return min;
  }

  /**
   * Returns the highest level.
   *
   * @return the highest level
   */
  public int max() {
    return max;
  }

  /**
   * Returns the number of levels.
   *
   * @return max - min + 1
   */
  public int levels() {
    return max - min + 1;
  }

  /**
   * Returns the lowest level that counts as satisfied: the top two levels (4-5, 9-10), or
   * "competent" on the competence scale.
   *
   * @return the threshold level
   */
  public int satisfiedFrom() {
    return satisfiedFrom;
  }

  /**
   * Tells whether a level lies on this scale.
   *
   * @param level the level
   * @return true when min &lt;= level &lt;= max
   */
  public boolean contains(int level) {
    return level >= min && level <= max;
  }

  /**
   * Returns the mirror of a level, for reverse-scored items: min + max - level.
   *
   * @param level a level on this scale
   * @return the reversed level
   */
  public int reverse(int level) {
    return min + max - level;
  }

  /**
   * Checks a level.
   *
   * @param item the item answered, for the message; not null
   * @param level the level
   * @return the level
   * @throws SatisfactionException with {@code SATISFACTION_ANSWER_OUT_OF_SCALE} if off the scale
   */
  public int check(ItemId item, int level) {
    Objects.requireNonNull(item, "item");
    if (!contains(level)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_ANSWER_OUT_OF_SCALE, item, level, range());
    }
    return level;
  }

  /**
   * Reads a level from a number, as imported from a spreadsheet or JSON.
   *
   * @param item the item answered, for the message; not null
   * @param value the number
   * @return the level
   * @throws SatisfactionException with {@code SATISFACTION_ANSWER_NOT_A_NUMBER} for NaN or
   *     infinity, {@code SATISFACTION_ANSWER_NOT_A_LEVEL} for a fraction, {@code
   *     SATISFACTION_ANSWER_OUT_OF_SCALE} off the scale
   */
  public int level(ItemId item, double value) {
    Objects.requireNonNull(item, "item");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_ANSWER_NOT_A_NUMBER, item);
    }
    if (value != Math.rint(value)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_ANSWER_NOT_A_LEVEL, item, value);
    }
    if (value < min || value > max) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_ANSWER_OUT_OF_SCALE, item, value, range());
    }
    return (int) value;
  }

  private String range() {
    return "[" + min + ".." + max + "]";
  }
}
