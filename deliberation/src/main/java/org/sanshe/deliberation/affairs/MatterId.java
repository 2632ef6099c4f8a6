package org.sanshe.deliberation.affairs;

import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The identity of a community matter. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record MatterId(String value) {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public MatterId {
    Checks.id(value, "matter id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static MatterId of(String value) {
    return new MatterId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
