package org.sanshe.core.registry.programme;

import java.util.List;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The complete state of a {@link GuidanceList}, as a store keeps it. Immutable; the list of entries
 * is copied (a null list stays null for {@link GuidanceList#restore} to refuse).
 *
 * @param district the district
 * @param year the year
 * @param version the stored version, 0 before the first save
 * @param entries the needs with their status, ordered by need id
 */
public record GuidanceListSnapshot(
    DivisionCode district, int year, long version, List<GuidedNeed> entries) {

  /** Copies the entries. */
  public GuidanceListSnapshot {
    entries = entries == null ? null : List.copyOf(entries);
  }

  /**
   * Returns this state under another version.
   *
   * @param newVersion the version
   * @return the snapshot
   */
  public GuidanceListSnapshot withVersion(long newVersion) {
    return new GuidanceListSnapshot(district, year, newVersion, entries);
  }
}
