package org.sanshe.deliberation.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a case's audit trail. Immutable.
 *
 * @param at when it was recorded (the time passed to the command)
 * @param action what happened
 * @param from the level before
 * @param to the level after (the same as {@code from} for opening and closing)
 * @param effectiveAt when it took effect: the missed deadline for an overdue escalation, else
 *     {@code at}
 * @param note the reason or resolution note, empty when none
 */
public record AuditEntry(
    Instant at, Action action, Level from, Level to, Instant effectiveAt, String note) {

  /** The kinds of audit entries. */
  public enum Action {
    /** The case was opened. */
    OPENED,
    /** The case escalated because its deadline passed. */
    ESCALATED_OVERDUE,
    /** A handler passed the case up before its deadline. */
    HANDED_UP,
    /** The case was closed with a resolution note. */
    CLOSED
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(effectiveAt, "effectiveAt");
    Objects.requireNonNull(note, "note");
  }
}
