package org.sanshe.deliberation.contest;

import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of a proposal contest. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record ContestId(String value) implements Comparable<ContestId> {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public ContestId {
    Checks.id(value, "contest id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static ContestId of(String value) {
    return new ContestId(value);
  }

  @Override
  public int compareTo(ContestId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
