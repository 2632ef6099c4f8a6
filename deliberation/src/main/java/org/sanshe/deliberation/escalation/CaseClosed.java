package org.sanshe.deliberation.escalation;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.MatterId;

/**
 * A case was closed with a resolution note. Immutable.
 *
 * @param caseId the case
 * @param matter the matter
 * @param level the level that settled it
 * @param resolutionNote how it was settled
 * @param at when it was recorded
 */
public record CaseClosed(
    CaseId caseId, MatterId matter, Level level, String resolutionNote, Instant at)
    implements EscalationEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CaseClosed {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(resolutionNote, "resolutionNote");
    Objects.requireNonNull(at, "at");
  }
}
