package org.sanshe.core.registry.project;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a project stands. The allowed moves are explicit ({@link #next()}): draft to submitted;
 * submitted to approved or rejected (approval review); approved to in progress; in progress to
 * mid-term evaluated or terminated (mid-term evaluation); mid-term evaluated to completed or
 * terminated (final evaluation); rejected, completed and terminated are final.
 */
public enum ProjectStatus {
  /** Being written. */
  DRAFT,
  /** Submitted for approval review (立项评审). */
  SUBMITTED,
  /** Passed the approval review. */
  APPROVED,
  /** Failed the approval review. */
  REJECTED,
  /** Running. */
  IN_PROGRESS,
  /** Passed the mid-term evaluation (中期评估). */
  MIDTERM_EVALUATED,
  /** Passed the final evaluation (结项评估). */
  COMPLETED,
  /** Stopped, by a failed evaluation or a decision. */
  TERMINATED;

  private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT =
      new EnumMap<>(ProjectStatus.class);

  static {
    NEXT.put(DRAFT, EnumSet.of(SUBMITTED));
    NEXT.put(SUBMITTED, EnumSet.of(APPROVED, REJECTED));
    NEXT.put(APPROVED, EnumSet.of(IN_PROGRESS));
    NEXT.put(REJECTED, EnumSet.noneOf(ProjectStatus.class));
    NEXT.put(IN_PROGRESS, EnumSet.of(MIDTERM_EVALUATED, TERMINATED));
    NEXT.put(MIDTERM_EVALUATED, EnumSet.of(COMPLETED, TERMINATED));
    NEXT.put(COMPLETED, EnumSet.noneOf(ProjectStatus.class));
    NEXT.put(TERMINATED, EnumSet.noneOf(ProjectStatus.class));
  }

  /**
   * Returns the statuses reachable in one move.
   *
   * @return an unmodifiable set
   */
  public Set<ProjectStatus> next() {
    return java.util.Collections.unmodifiableSet(NEXT.get(this));
  }
}
