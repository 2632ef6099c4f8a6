package org.sanshe.timebank.team;

import org.sanshe.timebank.error.IdRules;

/**
 * The id of a volunteer team (志愿服务队). Immutable.
 *
 * @param value the id (see {@link IdRules})
 */
public record TeamId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public TeamId {
    IdRules.check("teamId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
