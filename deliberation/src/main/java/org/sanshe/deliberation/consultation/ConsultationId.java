package org.sanshe.deliberation.consultation;

import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of a consultation. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record ConsultationId(String value) {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public ConsultationId {
    Checks.id(value, "consultation id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static ConsultationId of(String value) {
    return new ConsultationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
