package org.sanshe.deliberation.consultation;

import java.util.List;
import java.util.Optional;

/**
 * The port to where consultations are kept. Implementations are thread-safe and say how they keep
 * their data.
 *
 * <p><b>Versions.</b> Writes are optimistic. {@link #add(Consultation)} stores a new consultation
 * (version 0) as version 1; {@link #update(Consultation)} succeeds only if the consultation's
 * {@link Consultation#version()} is the stored one, and stores its state as the next version; a
 * stale write fails with {@code AFFAIRS_VERSION_CONFLICT} and changes nothing. {@link
 * #find(ConsultationId)} and {@link #all()} hand out fresh instances restored from the stored
 * state, never shared objects. After a successful add or update the instance the caller holds is
 * spent: its version is stale, so writing it again fails safely with a conflict.
 */
public interface Consultations {

  /**
   * Adds a new consultation as version 1.
   *
   * @param consultation the consultation, not null, at version 0
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID} if the
   *     id is taken, {@code AFFAIRS_VERSION_CONFLICT} if it was read from a store
   */
  void add(Consultation consultation);

  /**
   * Stores a changed consultation as the next version.
   *
   * @param consultation the consultation, not null, at the version it was read at
   * @throws org.sanshe.deliberation.error.AffairsException with {@code CONSULTATION_UNKNOWN} if it
   *     was never added, {@code AFFAIRS_VERSION_CONFLICT} if another writer stored a newer version
   *     (nothing changes)
   */
  void update(Consultation consultation);

  /**
   * Finds a consultation.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<Consultation> find(ConsultationId id);

  /**
   * Returns every consultation, ordered by id. A store of many consultations should list them in
   * pages with {@link #page(ConsultationId, int)}.
   *
   * @return fresh instances
   */
  List<Consultation> all();

  /**
   * Returns one page of consultations ordered by id (keyset paging). The default filters {@link
   * #all()}; a database store reads only the page.
   *
   * @param after the last id of the previous page, or null for the first page
   * @param max the most consultations to return, 1 to {@link
   *     org.sanshe.deliberation.affairs.Matters#MAX_PAGE}
   * @return fresh instances with ids after {@code after}, ordered by id, at most {@code max}
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} if max is out of
   *     range
   */
  default List<Consultation> page(ConsultationId after, int max) {
    org.sanshe.deliberation.affairs.Matters.checkPageSize(max);
    return all().stream()
        .filter(c -> after == null || c.id().value().compareTo(after.value()) > 0)
        .limit(max)
        .toList();
  }
}
