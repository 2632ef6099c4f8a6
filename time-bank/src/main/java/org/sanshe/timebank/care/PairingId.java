package org.sanshe.timebank.care;

import org.sanshe.timebank.error.IdRules;

/**
 * The id of a care pairing (结对帮扶). Immutable.
 *
 * @param value the id (see {@link IdRules})
 */
public record PairingId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public PairingId {
    IdRules.check("pairingId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static PairingId of(String value) {
    return new PairingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
