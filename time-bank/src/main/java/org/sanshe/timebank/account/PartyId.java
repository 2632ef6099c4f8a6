package org.sanshe.timebank.account;

import java.util.Objects;
import org.sanshe.core.identifier.HashedIdentity;
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

  /**
   * Returns the party id of a resident: the 64 hex digits of the resident's keyed hash. The one
   * documented way from an integrator's own resident key (a resident ID number through {@link
   * org.sanshe.core.identifier.PersonalDataHasher#hash(org.sanshe.core.identifier.ResidentIdNumber)},
   * or a portal's user id through {@link org.sanshe.core.identifier.PersonalDataHasher#hash(String,
   * String)}) to the time bank; the deliberation module's {@code VoterId.ofResident} gives the same
   * text for the same resident.
   *
   * @param resident the resident's hashed identity, not null
   * @return the party id
   */
  public static PartyId ofResident(HashedIdentity resident) {
    return new PartyId(Objects.requireNonNull(resident, "resident").hex());
  }

  @Override
  public String toString() {
    return value;
  }
}
