package org.sanshe.deliberation.escalation;

import java.util.List;
import java.util.Optional;

/**
 * The port to where escalation cases are kept. Implementations are thread-safe and say how they
 * keep their data.
 *
 * <p><b>Versions.</b> Writes are optimistic. {@link #add(EscalationCase)} stores a new case
 * (version 0) as version 1; {@link #update(EscalationCase)} succeeds only if the case's {@link
 * EscalationCase#version()} is the stored one, and stores its state as the next version; a stale
 * write fails with {@code AFFAIRS_VERSION_CONFLICT} and changes nothing. {@link #find(CaseId)} and
 * {@link #open()} hand out fresh instances restored from the stored state, never shared objects.
 * After a successful add or update the instance the caller holds is spent: its version is stale, so
 * writing it again fails safely with a conflict.
 *
 * <p><b>One open case per matter.</b> A store refuses a second open case for a matter, also when
 * two servers add one at once (a database store enforces it with a unique key).
 */
public interface EscalationCases {

  /**
   * Adds a new case as version 1.
   *
   * @param escalationCase the case, not null, at version 0
   * @throws org.sanshe.deliberation.error.AffairsException with {@code ESCALATION_CASE_DUPLICATE}
   *     if its id is taken or its matter already has an open case, {@code AFFAIRS_VERSION_CONFLICT}
   *     if the case was read from a store
   */
  void add(EscalationCase escalationCase);

  /**
   * Stores a changed case as the next version.
   *
   * @param escalationCase the case, not null, at the version it was read at
   * @throws org.sanshe.deliberation.error.AffairsException with {@code ESCALATION_CASE_UNKNOWN} if
   *     it was never added, {@code AFFAIRS_VERSION_CONFLICT} if another writer stored a newer
   *     version (nothing changes)
   */
  void update(EscalationCase escalationCase);

  /**
   * Finds a case.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<EscalationCase> find(CaseId id);

  /**
   * Returns the open cases.
   *
   * @return fresh instances, ordered by id
   */
  List<EscalationCase> open();

  /**
   * Returns one page of the open cases ordered by id (keyset paging). The default filters {@link
   * #open()}; a database store reads only the page.
   *
   * @param after the last id of the previous page, or null for the first page
   * @param max the most cases to return, 1 to {@link
   *     org.sanshe.deliberation.affairs.Matters#MAX_PAGE}
   * @return fresh instances of open cases with ids after {@code after}, ordered by id, at most
   *     {@code max}
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} if max is out of
   *     range
   */
  default List<EscalationCase> open(CaseId after, int max) {
    org.sanshe.deliberation.affairs.Matters.checkPageSize(max);
    return open().stream()
        .filter(c -> after == null || c.id().value().compareTo(after.value()) > 0)
        .limit(max)
        .toList();
  }
}
