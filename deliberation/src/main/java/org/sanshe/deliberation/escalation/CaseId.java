package org.sanshe.deliberation.escalation;

import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of an escalation case. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record CaseId(String value) {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public CaseId {
    Checks.id(value, "case id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
