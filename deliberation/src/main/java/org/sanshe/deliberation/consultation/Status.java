package org.sanshe.deliberation.consultation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a consultation, after the national procedure: propose, notify and publish,
 * deliberate, decide, publicize, implement, feed back. {@link #canMoveTo(Status)} is the only
 * source of legal transitions.
 */
public enum Status {
  /** Proposed by residents or a party (提出). */
  PROPOSED,
  /** Accepted onto the agenda. */
  ACCEPTED,
  /** Notified and published (公开). */
  PUBLISHED,
  /** Being deliberated (协商). */
  DELIBERATING,
  /** Decided (决定). */
  DECIDED,
  /** ConsultationDecision publicized for a period, objections possible (公示). */
  PUBLICIZED,
  /** Being implemented (实施). */
  IMPLEMENTING,
  /** Implementation reviewed: feedback and supervision (反馈监督). Final. */
  REVIEWED,
  /** Rejected at acceptance. Final. */
  REJECTED,
  /** Withdrawn by its proposer before a decision. Final. */
  WITHDRAWN;

  /**
   * Returns the statuses this one may move to.
   *
   * @return an unmodifiable set, empty for final statuses
   */
  public Set<Status> next() {
    return switch (this) {
      case PROPOSED -> Set.copyOf(EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN));
      case ACCEPTED -> Set.copyOf(EnumSet.of(PUBLISHED, WITHDRAWN));
      case PUBLISHED -> Set.copyOf(EnumSet.of(DELIBERATING, WITHDRAWN));
      case DELIBERATING -> Set.copyOf(EnumSet.of(DECIDED, WITHDRAWN));
      case DECIDED -> Set.of(PUBLICIZED);
      case PUBLICIZED -> Set.copyOf(EnumSet.of(IMPLEMENTING, DELIBERATING));
      case IMPLEMENTING -> Set.of(REVIEWED);
      case REVIEWED, REJECTED, WITHDRAWN -> Set.of();
    };
  }

  /**
   * Tells whether a transition is legal.
   *
   * @param target the status to move to, not null
   * @return true when allowed
   */
  public boolean canMoveTo(Status target) {
    return next().contains(target);
  }

  /**
   * Tells whether the status is final.
   *
   * @return true for reviewed, rejected and withdrawn
   */
  public boolean isFinal() {
    return next().isEmpty();
  }
}
