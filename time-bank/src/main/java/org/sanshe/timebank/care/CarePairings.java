package org.sanshe.timebank.care;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.HashedIdentity;

/**
 * The port to where care pairings are kept, with the version rules of the other time-bank
 * aggregates ({@code TIMEBANK_VERSION_CONFLICT} on a stale write, nothing changed). Thread-safe;
 * {@link org.sanshe.timebank.memory.MemoryCarePairings} keeps them in memory.
 */
public interface CarePairings {

  /**
   * Adds a new pairing as version 1.
   *
   * @param pairing the pairing at version 0, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_DUPLICATE}, {@code
   *     TIMEBANK_VERSION_CONFLICT}
   */
  void add(CarePairing pairing);

  /**
   * Stores a changed pairing as the next version.
   *
   * @param pairing the pairing at the version it was read at, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_UNKNOWN}, {@code
   *     TIMEBANK_VERSION_CONFLICT}
   */
  void update(CarePairing pairing);

  /**
   * Finds a pairing.
   *
   * @param id the id, not null
   * @return a fresh instance, or empty
   */
  Optional<CarePairing> find(PairingId id);

  /**
   * Returns the pairings of a resident, active or not, ordered by id.
   *
   * @param resident the resident, hashed, not null
   * @return fresh instances
   */
  List<CarePairing> ofResident(HashedIdentity resident);
}
