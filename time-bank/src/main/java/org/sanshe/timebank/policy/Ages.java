package org.sanshe.timebank.policy;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.sanshe.timebank.account.PartyId;

/**
 * The port that tells a party's age on a day (for example from the birth date of a resident ID
 * number). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Ages {

  /**
   * Returns a party's age in whole years on a day.
   *
   * @param party the party, not null
   * @param on the day, not null
   * @return the age, or empty if unknown
   */
  OptionalInt ageOn(PartyId party, LocalDate on);

  /**
   * Returns whether a party is recognized as in special hardship (特殊困难) on a day, for
   * configurations with a lower redemption age for hardship (Shanghai: 60). The default recognizes
   * no one, so the lower gate applies only where the integrator answers.
   *
   * @param party the party, not null
   * @param on the day, not null
   * @return whether the party is in special hardship
   */
  default boolean inSpecialHardship(PartyId party, LocalDate on) {
    return false;
  }
}
