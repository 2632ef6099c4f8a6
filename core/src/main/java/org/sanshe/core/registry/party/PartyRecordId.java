package org.sanshe.core.registry.party;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The id of a joint branch, a dual-reporting record or a service station: 1 to 64 characters
 * without white space. Immutable.
 *
 * @param value the id
 */
public record PartyRecordId(String value) implements Comparable<PartyRecordId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public PartyRecordId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("Party record id", "党建记录编号"));
    }
  }

  /**
   * Returns the id of a text.
   *
   * @param value the text
   * @return the id
   */
  public static PartyRecordId of(String value) {
    return new PartyRecordId(value);
  }

  @Override
  public int compareTo(PartyRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
