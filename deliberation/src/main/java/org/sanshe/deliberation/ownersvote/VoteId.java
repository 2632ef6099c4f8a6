package org.sanshe.deliberation.ownersvote;

import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of a vote. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record VoteId(String value) {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public VoteId {
    Checks.id(value, "vote id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static VoteId of(String value) {
    return new VoteId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
