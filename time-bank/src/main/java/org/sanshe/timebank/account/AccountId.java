package org.sanshe.timebank.account;

import org.sanshe.timebank.error.IdRules;

/**
 * The id of a time-bank account, chosen by the integrator (see {@link IdRules}). Immutable.
 *
 * @param value the id
 */
public record AccountId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public AccountId {
    IdRules.check("accountId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
