package org.sanshe.core.registry.programme;

import java.util.Set;

/** Where an application stands. */
public enum ApplicationStatus {
  /** Submitted to a call; awaiting the approval review. */
  SUBMITTED,
  /** Approved (立项); final. */
  APPROVED,
  /** Rejected; final. */
  REJECTED,
  /** Withdrawn by the applicant; final. */
  WITHDRAWN;

  /**
   * Returns the statuses this one may move to.
   *
   * @return an unmodifiable set
   */
  public Set<ApplicationStatus> next() {
    return this == SUBMITTED ? Set.of(APPROVED, REJECTED, WITHDRAWN) : Set.of();
  }
}
