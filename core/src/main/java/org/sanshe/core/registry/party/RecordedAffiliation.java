package org.sanshe.core.registry.party;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * An organization's Party record as stored: the affiliation in force, its version (1 for the first
 * record, one more for every change; a writer names the version it read and a stale one is refused
 * with {@code PARTY_VERSION_CONFLICT}), who recorded it last and when. Immutable and thread-safe;
 * no component is null.
 *
 * @param affiliation the affiliation
 * @param version the stored version, at least 1
 * @param recordedBy who recorded the affiliation, 1 to 64 characters without white space
 * @param recordedAt when
 */
public record RecordedAffiliation(
    PartyAffiliation affiliation, long version, String recordedBy, Instant recordedAt) {

  /**
   * Checks the components (a store restoring a row refuses a broken one by these rules).
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} for a bad actor id or {@code
   *     ORGANIZATION_RECORD_INVALID} for a version below 1
   */
  public RecordedAffiliation {
    Objects.requireNonNull(affiliation, "affiliation");
    if (version < 1) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_RECORD_INVALID,
          Wording.of("Party record version", "党组织记录版本"),
          Wording.of("at least 1", "至少为 1"));
    }
    PartyRegister.actor(recordedBy);
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
