package org.sanshe.deliberation.escalation;

import java.time.Instant;
import java.util.List;
import org.sanshe.deliberation.affairs.MatterId;

/**
 * The complete state of an {@link EscalationCase} as plain data, for stores and JSON: {@link
 * EscalationCase#snapshot()} writes it, {@link EscalationCase#restore(EscalationCaseSnapshot)}
 * checks and reads it. A null trail reads as empty (which restore refuses: a case has at least its
 * opening). Immutable.
 *
 * @param id the case's id
 * @param version the stored version (0 if never stored)
 * @param matter the matter
 * @param deadlines the deadlines per level the case runs on
 * @param level the level handling it
 * @param deadline the current level's deadline
 * @param lastTime the latest time a command was given (times never go backwards)
 * @param resolutionNote the resolution note, or null while open
 * @param trail the audit trail, oldest first
 */
public record EscalationCaseSnapshot(
    CaseId id,
    long version,
    MatterId matter,
    EscalationDeadlines deadlines,
    Level level,
    Instant deadline,
    Instant lastTime,
    String resolutionNote,
    List<AuditEntry> trail) {

  /** Copies the trail, reading null as empty. */
  public EscalationCaseSnapshot {
    trail = trail == null ? List.of() : List.copyOf(trail);
  }

  /**
   * Returns this snapshot at another version (what a store does when it writes it).
   *
   * @param newVersion the version
   * @return the copy
   */
  public EscalationCaseSnapshot withVersion(long newVersion) {
    return new EscalationCaseSnapshot(
        id, newVersion, matter, deadlines, level, deadline, lastTime, resolutionNote, trail);
  }
}
