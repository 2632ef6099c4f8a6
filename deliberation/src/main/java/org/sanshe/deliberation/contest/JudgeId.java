package org.sanshe.deliberation.contest;

import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of a judge in a contest. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record JudgeId(String value) implements Comparable<JudgeId> {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public JudgeId {
    Checks.id(value, "judge id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static JudgeId of(String value) {
    return new JudgeId(value);
  }

  @Override
  public int compareTo(JudgeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
