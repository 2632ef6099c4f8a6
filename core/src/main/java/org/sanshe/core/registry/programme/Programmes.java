package org.sanshe.core.registry.programme;

import java.util.List;
import java.util.Optional;

/**
 * The port to where programmes are kept. Implementations are thread-safe.
 *
 * <p><b>Versions.</b> {@link #add(Programme)} stores a new programme (version 0) as version 1;
 * {@link #update(Programme)} succeeds only if the programme's version is the stored one and stores
 * the next version; a stale write fails with {@code PROGRAMME_VERSION_CONFLICT} and changes
 * nothing. {@link #find(ProgrammeId)} hands out a fresh instance. A store with an outbox writes the
 * pending events of each save with it, all or none.
 */
public interface Programmes {

  /**
   * Adds a new programme as version 1.
   *
   * @param programme the programme, not null, at version 0
   * @throws org.sanshe.core.registry.RegistryException with {@code PROGRAMME_DUPLICATE} or {@code
   *     PROGRAMME_VERSION_CONFLICT} (version above 0)
   */
  void add(Programme programme);

  /**
   * Stores a changed programme as the next version.
   *
   * @param programme the programme, not null, at the version it was read at
   * @throws org.sanshe.core.registry.RegistryException with {@code PROGRAMME_NOT_FOUND} or {@code
   *     PROGRAMME_VERSION_CONFLICT}
   */
  void update(Programme programme);

  /**
   * Finds a programme.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<Programme> find(ProgrammeId id);

  /**
   * Lists the programmes of a funding year.
   *
   * @param year the year
   * @return fresh instances ordered by id
   */
  List<Programme> ofYear(int year);
}
