package org.sanshe.deliberation.ownersvote;

import java.util.Objects;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of a voter in an electorate (an owner, a resident, a representative); never a
 * resident ID number: use a hashed or local id. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record VoterId(String value) {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public VoterId {
    Checks.id(value, "voter id");
  }

  /**
   * Returns the voter id of a resident: the 64 hex digits of the resident's keyed hash (see {@link
   * org.sanshe.core.identifier.PersonalDataHasher}), the same text as the time bank's {@code
   * PartyId.ofResident} for the same resident, so one resident key gives one id everywhere.
   *
   * @param resident the resident's hashed identity, not null
   * @return the voter id
   */
  public static VoterId ofResident(HashedIdentity resident) {
    return new VoterId(Objects.requireNonNull(resident, "resident").hex());
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static VoterId of(String value) {
    return new VoterId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
