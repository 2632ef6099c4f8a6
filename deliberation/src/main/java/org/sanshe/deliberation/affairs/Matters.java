package org.sanshe.deliberation.affairs;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The port to where matters are kept. Implementations are thread-safe and say how they keep their
 * data; the in-memory one is in {@code ..affairs.memory}, a JDBC one in {@code
 * sanshe-deliberation-jdbc}.
 *
 * <p><b>Versions.</b> Writes are optimistic. {@link #add(Matter)} stores a new matter (version 0)
 * as version 1; {@link #update(Matter)} succeeds only if the matter's {@link Matter#version()} is
 * the stored one, and stores its state as the next version; a stale write fails with {@code
 * AFFAIRS_VERSION_CONFLICT} and changes nothing. {@link #find(MatterId)} hands out a fresh instance
 * restored from the stored state at its version, never a shared object. After a successful add or
 * update the instance the caller holds is spent: its version is now stale, so writing it again
 * fails safely with a conflict; find the matter again to go on.
 */
public interface Matters {

  /**
   * Adds a new matter as version 1.
   *
   * @param matter the matter, not null, at version 0
   * @throws AffairsException with {@code AFFAIRS_MATTER_DUPLICATE} if the id is taken, {@code
   *     AFFAIRS_VERSION_CONFLICT} if the matter was read from a store (version above 0)
   */
  void add(Matter matter);

  /**
   * Stores a changed matter as the next version.
   *
   * @param matter the matter, not null, at the version it was read at
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} if it was never added, {@code
   *     AFFAIRS_VERSION_CONFLICT} if another writer stored a newer version (nothing changes)
   */
  void update(Matter matter);

  /**
   * Finds a matter.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<Matter> find(MatterId id);

  /**
   * Returns every matter, ordered by id. A store of many matters should answer reports with {@link
   * #triageReport(DivisionCode, ReportPeriod, ZoneId, TriageTargets)} and list them in pages with
   * {@link #page(MatterId, int)}.
   *
   * @return fresh instances, ordered by id
   */
  List<Matter> all();

  /**
   * Returns one page of matters ordered by id (keyset paging).
   *
   * @param after the last id of the previous page, or null for the first page
   * @param max the most matters to return, 1 to 10,000
   * @return fresh instances with ids after {@code after}, ordered by id, at most {@code max}
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} if max is out of
   *     range
   */
  default List<Matter> page(MatterId after, int max) {
    checkPageSize(max);
    return all().stream()
        .filter(m -> after == null || m.id().value().compareTo(after.value()) > 0)
        .limit(max)
        .toList();
  }

  /**
   * Computes the "622" report of a community, street, district or larger division over a period:
   * the matters recorded within the scope on the period's days (in the zone given), counted by
   * resolution path. The default builds a {@link TriageTable} over {@link #all()}; a database store
   * answers it with one grouped query.
   *
   * @param scope the division whose matters count (itself and everything within), not null
   * @param period the period, by the day each matter was recorded, not null
   * @param zone the zone in which recording instants become days, not null
   * @param targets the targets, not null
   * @return the report
   */
  default TriageReport triageReport(
      DivisionCode scope, ReportPeriod period, ZoneId zone, TriageTargets targets) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(targets, "targets");
    return TriageTable.of(all(), zone).report(scope, period, targets);
  }

  /** The largest page {@link #page(MatterId, int)} returns. */
  int MAX_PAGE = 10_000;

  /**
   * Checks a page size.
   *
   * @param max the size
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} if not 1 to {@link
   *     #MAX_PAGE}
   */
  static void checkPageSize(int max) {
    if (max < 1 || max > MAX_PAGE) {
      throw new org.sanshe.core.error.SansheException(
          org.sanshe.core.error.CoreError.ARGUMENT_INVALID,
          org.sanshe.core.error.Wording.of("The page size", "每页条数"),
          org.sanshe.core.error.Wording.of("1 to " + MAX_PAGE, "1 至 " + MAX_PAGE));
    }
  }
}
