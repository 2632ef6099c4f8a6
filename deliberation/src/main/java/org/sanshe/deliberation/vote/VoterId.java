package org.sanshe.deliberation.vote;

import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of a voter in an electorate (an owner, a resident, a representative); never a
 * resident ID number: use a hashed or local id. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record VoterId(String value) {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.affairs.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public VoterId {
    Checks.id(value, "voter id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static VoterId of(String value) {
    return new VoterId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
