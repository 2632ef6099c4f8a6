package org.sanshe.core.registry.review;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The port to where the districts' expert rosters are kept, one per district and year.
 * Implementations are thread-safe.
 *
 * <p><b>Versions.</b> {@link #add(ExpertRoster)} stores a new roster (version 0) as version 1;
 * {@link #update(ExpertRoster)} succeeds only if the roster's version is the stored one and stores
 * the next version; a stale write fails with {@code REVIEW_ROSTER_VERSION_CONFLICT} and changes
 * nothing (two officers drawing panels at once: one draws again on the fresh roster). {@link #find}
 * hands out a fresh instance with every panel and its seed. A store with an outbox writes the
 * pending events of each save with it (aggregate id {@link ExpertRoster#key()}), all or none.
 */
public interface ExpertRosters {

  /**
   * Adds a new roster as version 1.
   *
   * @param roster the roster, not null, at version 0
   * @throws org.sanshe.core.registry.RegistryException with {@code REVIEW_ROSTER_DUPLICATE} or
   *     {@code REVIEW_ROSTER_VERSION_CONFLICT} (version above 0)
   */
  void add(ExpertRoster roster);

  /**
   * Stores a changed roster as the next version.
   *
   * @param roster the roster, not null, at the version it was read at
   * @throws org.sanshe.core.registry.RegistryException with {@code REVIEW_ROSTER_NOT_FOUND} or
   *     {@code REVIEW_ROSTER_VERSION_CONFLICT}
   */
  void update(ExpertRoster roster);

  /**
   * Finds a district's roster for a year.
   *
   * @param district the district, not null
   * @param year the year
   * @return a fresh instance at the stored version, or empty
   */
  Optional<ExpertRoster> find(DivisionCode district, int year);

  /**
   * Lists the years a district has a roster for.
   *
   * @param district the district, not null
   * @return the years, ascending
   */
  List<Integer> years(DivisionCode district);
}
