package org.sanshe.core.registry.review;

import java.util.List;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The complete state of an {@link ExpertRoster}, as a store keeps it. Immutable; lists are copied
 * (a null list stays null for {@link ExpertRoster#restore} to refuse).
 *
 * @param district the district
 * @param year the year
 * @param version the stored version, 0 before the first save
 * @param experts the enrolled experts with their declared ties, ordered by id
 * @param panels the panels drawn, in the order drawn
 */
public record ExpertRosterSnapshot(
    DivisionCode district, int year, long version, List<Expert> experts, List<Panel> panels) {

  /** Copies the lists. */
  public ExpertRosterSnapshot {
    experts = experts == null ? null : List.copyOf(experts);
    panels = panels == null ? null : List.copyOf(panels);
  }

  /**
   * Returns this state under another version.
   *
   * @param newVersion the version
   * @return the snapshot
   */
  public ExpertRosterSnapshot withVersion(long newVersion) {
    return new ExpertRosterSnapshot(district, year, newVersion, experts, panels);
  }
}
