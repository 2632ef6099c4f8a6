package org.sanshe.deliberation.escalation;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.MatterId;

/**
 * A case was opened on a rung of the ladder. Immutable.
 *
 * @param caseId the case
 * @param matter the matter
 * @param level the starting level
 * @param deadline when the level's deadline passes
 * @param at when it was recorded
 */
public record CaseOpened(CaseId caseId, MatterId matter, Level level, Instant deadline, Instant at)
    implements EscalationEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CaseOpened {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(at, "at");
  }
}
