package org.sanshe.timebank.activity;

import org.sanshe.timebank.error.IdRules;

/**
 * The id of an activity or a patrol shift (志愿服务活动、巡查班次). Immutable.
 *
 * @param value the id (see {@link IdRules})
 */
public record ActivityId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public ActivityId {
    IdRules.check("activityId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
