package org.sanshe.timebank.care;

import java.time.Instant;
import java.util.List;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * The complete state of a {@link CarePairing} as plain data. Immutable (list copied). The resident
 * appears only as a keyed hash.
 *
 * @param id the id
 * @param version the stored version (0 if never stored)
 * @param resident the resident cared for, as a hashed identity
 * @param need whom the pairing serves
 * @param volunteer the paired volunteer, or null when a team is paired
 * @param team the paired team, or null when a volunteer is paired
 * @param organization the recording organization of the visits
 * @param category the service category of the visits
 * @param pairedBy who paired them
 * @param pairedAt when
 * @param endedAt when the pairing ended, or null
 * @param visits the verified service records of the visits, in order
 */
public record CarePairingSnapshot(
    PairingId id,
    long version,
    HashedIdentity resident,
    CareNeed need,
    PartyId volunteer,
    TeamId team,
    PartyId organization,
    String category,
    PartyId pairedBy,
    Instant pairedAt,
    Instant endedAt,
    List<ServiceRecordId> visits) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if the list is null or holds null
   */
  public CarePairingSnapshot {
    visits = List.copyOf(visits);
  }

  /**
   * Returns this snapshot at another version.
   *
   * @param newVersion the version
   * @return the copy
   */
  public CarePairingSnapshot withVersion(long newVersion) {
    return new CarePairingSnapshot(
        id,
        newVersion,
        resident,
        need,
        volunteer,
        team,
        organization,
        category,
        pairedBy,
        pairedAt,
        endedAt,
        visits);
  }

  @Override
  public String toString() {
    return "CarePairingSnapshot[" + id + ", " + need + ", v" + version + "]";
  }
}
