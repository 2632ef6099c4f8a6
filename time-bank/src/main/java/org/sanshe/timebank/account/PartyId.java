package org.sanshe.timebank.account;

import org.sanshe.timebank.error.IdRules;

/**
 * The id of a party: a volunteer, resident, coordinator, organization or operator. An opaque code
 * (see {@link IdRules}), never a resident ID number or a name. Immutable.
 *
 * @param value the id
 */
public record PartyId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public PartyId {
    IdRules.check("partyId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
