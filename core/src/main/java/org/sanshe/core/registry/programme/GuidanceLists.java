package org.sanshe.core.registry.programme;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The port to where the districts' guidance lists are kept, one per district and year.
 * Implementations are thread-safe.
 *
 * <p><b>Versions.</b> {@link #add(GuidanceList)} stores a new list (version 0) as version 1; {@link
 * #update(GuidanceList)} succeeds only if the list's version is the stored one and stores the next
 * version; a stale write fails with {@code GUIDANCE_VERSION_CONFLICT} and changes nothing. {@link
 * #find} hands out a fresh instance. A store with an outbox writes the pending events of each save
 * with it (aggregate id {@link GuidanceList#key()}), all or none.
 */
public interface GuidanceLists {

  /**
   * Adds a new list as version 1.
   *
   * @param list the list, not null, at version 0
   * @throws org.sanshe.core.registry.RegistryException with {@code GUIDANCE_DUPLICATE} (the
   *     district has a list for the year) or {@code GUIDANCE_VERSION_CONFLICT} (version above 0)
   */
  void add(GuidanceList list);

  /**
   * Stores a changed list as the next version.
   *
   * @param list the list, not null, at the version it was read at
   * @throws org.sanshe.core.registry.RegistryException with {@code GUIDANCE_NOT_FOUND} or {@code
   *     GUIDANCE_VERSION_CONFLICT}
   */
  void update(GuidanceList list);

  /**
   * Finds a district's list for a year.
   *
   * @param district the district, not null
   * @param year the year
   * @return a fresh instance at the stored version, or empty
   */
  Optional<GuidanceList> find(DivisionCode district, int year);

  /**
   * Lists the years a district has a list for.
   *
   * @param district the district, not null
   * @return the years, ascending
   */
  List<Integer> years(DivisionCode district);
}
