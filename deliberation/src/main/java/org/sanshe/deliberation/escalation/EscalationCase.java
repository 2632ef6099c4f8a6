package org.sanshe.deliberation.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * A matter's climb up the escalation ladder: the level handling it, that level's deadline, a full
 * audit trail, and, once closed, the resolution note.
 *
 * <p>Nothing runs in the background: {@link #escalateOverdue(Instant)} takes the current time and
 * moves the case up one rung for each deadline that time has passed. The next level's clock starts
 * at the missed deadline, not when the method happens to be called, so the outcome does not depend
 * on how often it runs. Times passed to commands must not go backwards.
 *
 * <p>An aggregate: mutable, not thread-safe. A refused command changes nothing.
 */
public final class EscalationCase {

  private final CaseId id;
  private final MatterId matter;
  private final EscalationDeadlines deadlines;
  private final List<AuditEntry> trail = new ArrayList<>();
  private Level level;
  private Instant deadline;
  private Instant lastTime;
  private String resolutionNote;

  private EscalationCase(
      CaseId id, MatterId matter, EscalationDeadlines deadlines, Level level, Instant now) {
    this.id = id;
    this.matter = matter;
    this.deadlines = deadlines;
    this.level = level;
    this.deadline = now.plus(deadlines.of(level));
    this.lastTime = now;
    trail.add(new AuditEntry(now, AuditEntry.Action.OPENED, level, level, now, ""));
  }

  /**
   * Opens a case.
   *
   * @param id the case id, not null
   * @param matter the matter, not null
   * @param start the starting level, not null
   * @param deadlines the deadlines per level, not null
   * @param now the current time, not null, from 1900 to 2200
   * @return the case
   * @throws org.sanshe.core.error.SansheException with {@code TIME_IMPLAUSIBLE} for a time out of
   *     range
   */
  public static EscalationCase open(
      CaseId id, MatterId matter, Level start, EscalationDeadlines deadlines, Instant now) {
    PlausibleTime.notAfter(Objects.requireNonNull(now, "now"), NOW, PlausibleTime.LATEST_INSTANT);
    return new EscalationCase(
        Objects.requireNonNull(id, "id"),
        Objects.requireNonNull(matter, "matter"),
        Objects.requireNonNull(deadlines, "deadlines"),
        Objects.requireNonNull(start, "start"),
        Objects.requireNonNull(now, "now"));
  }

  /**
   * Returns the event stating that the case was opened.
   *
   * @return the event
   */
  public CaseOpened opened() {
    AuditEntry first = trail.get(0);
    return new CaseOpened(
        id, matter, first.to(), first.at().plus(deadlines.of(first.to())), first.at());
  }

  /**
   * Escalates the case for every deadline the current time has passed (strictly after the
   * deadline). At the top level the case only stays overdue.
   *
   * @param now the current time, not null, not before the last recorded time
   * @return the escalations, lowest first; empty when nothing was overdue or the case is closed
   * @throws AffairsException with {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public List<CaseEscalated> escalateOverdue(Instant now) {
    checkTime(now);
    List<CaseEscalated> events = new ArrayList<>();
    if (isClosed()) {
      return events;
    }
    while (now.isAfter(deadline) && level.next().isPresent()) {
      Level from = level;
      Level to = level.next().get();
      Instant effective = deadline;
      Instant next = effective.plus(deadlines.of(to));
      trail.add(new AuditEntry(now, AuditEntry.Action.ESCALATED_OVERDUE, from, to, effective, ""));
      events.add(new CaseEscalated(id, matter, from, to, true, effective, next, now));
      level = to;
      deadline = next;
    }
    lastTime = now;
    return events;
  }

  /**
   * Passes the case one rung up before its deadline, as a social worker does with a matter beyond
   * the volunteers.
   *
   * @param reason why, not blank
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code ESCALATION_CASE_CLOSED}, {@code ESCALATION_TOP_LEVEL},
   *     {@code AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public CaseEscalated handUp(String reason, Instant now) {
    Objects.requireNonNull(reason, "reason");
    checkTime(now);
    checkOpen();
    if (reason.isBlank()) {
      throw new AffairsException(AffairsError.AFFAIRS_TEXT_BLANK, Checks.field("reason"));
    }
    String why = Checks.text(reason, "reason");
    Level to =
        level
            .next()
            .orElseThrow(() -> new AffairsException(AffairsError.ESCALATION_TOP_LEVEL, id, level));
    Level from = level;
    Instant next = now.plus(deadlines.of(to));
    trail.add(new AuditEntry(now, AuditEntry.Action.HANDED_UP, from, to, now, why));
    level = to;
    deadline = next;
    lastTime = now;
    return new CaseEscalated(id, matter, from, to, false, now, next, now);
  }

  /**
   * Closes the case. A resolution note is required.
   *
   * @param note how the matter was settled, not null or blank
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code ESCALATION_RESOLUTION_NOTE_REQUIRED}, {@code
   *     ESCALATION_CASE_CLOSED} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public CaseClosed close(String note, Instant now) {
    checkTime(now);
    checkOpen();
    if (note == null || note.isBlank()) {
      throw new AffairsException(AffairsError.ESCALATION_RESOLUTION_NOTE_REQUIRED, id);
    }
    resolutionNote = Checks.text(note, "note");
    trail.add(new AuditEntry(now, AuditEntry.Action.CLOSED, level, level, now, resolutionNote));
    lastTime = now;
    return new CaseClosed(id, matter, level, resolutionNote, now);
  }

  private static final Wording NOW = Wording.of("The current time", "当前时间");

  private void checkTime(Instant now) {
    Objects.requireNonNull(now, "now");
    PlausibleTime.notAfter(now, NOW, PlausibleTime.LATEST_INSTANT);
    if (now.isBefore(lastTime)) {
      throw new AffairsException(AffairsError.AFFAIRS_TIME_BEFORE_LAST, now, lastTime);
    }
  }

  private void checkOpen() {
    if (isClosed()) {
      throw new AffairsException(AffairsError.ESCALATION_CASE_CLOSED, id);
    }
  }

  /**
   * Tells whether the case is past its current level's deadline and still open.
   *
   * @param now the time to judge at, not null
   * @return true when open and {@code now} is after the deadline
   */
  public boolean isOverdue(Instant now) {
    return !isClosed() && Objects.requireNonNull(now, "now").isAfter(deadline);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public CaseId id() {
    return id;
  }

  /**
   * Returns the matter.
   *
   * @return the matter id
   */
  public MatterId matter() {
    return matter;
  }

  /**
   * Returns the level handling the case.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  /**
   * Returns the current level's deadline.
   *
   * @return the instant
   */
  public Instant deadline() {
    return deadline;
  }

  /**
   * Tells whether the case is closed.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return resolutionNote != null;
  }

  /**
   * Returns the resolution note.
   *
   * @return the note, or empty while open
   */
  public Optional<String> resolutionNote() {
    return Optional.ofNullable(resolutionNote);
  }

  /**
   * Returns the audit trail, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<AuditEntry> trail() {
    return List.copyOf(trail);
  }

  @Override
  public String toString() {
    return "EscalationCase["
        + id
        + ", matter "
        + matter
        + ", "
        + level
        + (isClosed() ? ", closed" : ", due " + deadline)
        + "]";
  }
}
