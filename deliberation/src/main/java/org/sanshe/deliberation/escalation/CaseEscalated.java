package org.sanshe.deliberation.escalation;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.MatterId;

/**
 * A case moved one rung up, because its deadline passed or because a handler passed it up.
 * Immutable.
 *
 * @param caseId the case
 * @param matter the matter
 * @param from the level left
 * @param to the level reached
 * @param overdue true when the deadline passed, false when handed up
 * @param effectiveAt when the move took effect (the missed deadline when overdue)
 * @param deadline the new level's deadline
 * @param at when it was recorded
 */
public record CaseEscalated(
    CaseId caseId,
    MatterId matter,
    Level from,
    Level to,
    boolean overdue,
    Instant effectiveAt,
    Instant deadline,
    Instant at)
    implements EscalationEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CaseEscalated {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(effectiveAt, "effectiveAt");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(at, "at");
  }
}
