package org.sanshe.deliberation.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A matter's climb up the escalation ladder: the level handling it, that level's deadline, a full
 * audit trail, and, once closed, the resolution note.
 *
 * <p>Nothing runs in the background: {@link #escalateOverdue(Instant)} takes the current time and
 * moves the case up one rung for each deadline that time has passed. The next level's clock starts
 * at the missed deadline, not when the method happens to be called, so the outcome does not depend
 * on how often it runs. Times passed to commands must not go backwards.
 *
 * <p>An aggregate: mutable, not thread-safe (each thread works on its own instance, as a store's
 * {@code find} hands out). A refused command changes nothing. Events raised are listed by {@link
 * #pendingEvents()} until the case is stored; {@link #version()} is the stored version it was read
 * at (0 for a new case); {@link #snapshot()} and {@link #restore(EscalationCaseSnapshot)} carry the
 * state to and from a store.
 */
public final class EscalationCase {

  private final CaseId id;
  private final MatterId matter;
  private final EscalationDeadlines deadlines;
  private final List<AuditEntry> trail = new ArrayList<>();
  private final List<EscalationEvent> pending = new ArrayList<>();
  private final long version;
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
    this.version = 0;
    trail.add(new AuditEntry(now, AuditEntry.Action.OPENED, level, level, now, ""));
  }

  private EscalationCase(EscalationCaseSnapshot s) {
    this.id = s.id();
    this.matter = s.matter();
    this.deadlines = s.deadlines();
    this.level = s.level();
    this.deadline = s.deadline();
    this.lastTime = s.lastTime();
    this.resolutionNote = s.resolutionNote();
    this.version = s.version();
    trail.addAll(s.trail());
  }

  /**
   * Rebuilds a case from a snapshot, checking every rule the commands guarantee: the trail starts
   * with the opening, each step moves one rung up from where the last one left the case, times
   * never go backwards, the level and deadline are those the trail leads to, and a case is closed
   * exactly when its trail ends with a closing that carries its resolution note.
   *
   * @param s the snapshot, not null
   * @return the case at the snapshot's version, with no pending events
   * @throws AffairsException with {@code AFFAIRS_SNAPSHOT_INVALID} naming the rule broken
   */
  public static EscalationCase restore(EscalationCaseSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null
        || s.matter() == null
        || s.deadlines() == null
        || s.level() == null
        || s.deadline() == null
        || s.lastTime() == null) {
      throw invalid(
          "id, matter, deadlines, level, deadline and last time are required",
          "须有编号、事项、期限、层级、截止时间和最后时间");
    }
    if (s.version() < 0) {
      throw invalid("the version is not negative", "版本号不为负");
    }
    List<AuditEntry> trail = s.trail();
    if (trail.isEmpty() || trail.get(0).action() != AuditEntry.Action.OPENED) {
      throw invalid("the trail starts with the opening", "审计记录以立案开始");
    }
    AuditEntry first = trail.get(0);
    if (first.from() != first.to() || !first.effectiveAt().equals(first.at())) {
      throw invalid("the trail starts with the opening", "审计记录以立案开始");
    }
    Level at = first.to();
    Instant time = first.at();
    Instant due = first.at().plus(s.deadlines().of(at));
    String note = null;
    for (int i = 1; i < trail.size(); i++) {
      AuditEntry e = trail.get(i);
      if (note != null) {
        throw invalid("nothing follows the closing", "结案之后没有记录");
      }
      if (e.at().isBefore(time)) {
        throw invalid("times in the trail never go backwards", "审计记录时间不倒退");
      }
      if (e.from() != at) {
        throw invalid("each step starts where the last one ended", "每一步从上一步的层级开始");
      }
      switch (e.action()) {
        case OPENED -> throw invalid("a case is opened once", "案件只立案一次");
        case ESCALATED_OVERDUE -> {
          if (at.next().orElse(null) != e.to()
              || !e.effectiveAt().equals(due)
              || !e.at().isAfter(due)) {
            throw invalid(
                "an overdue escalation moves one rung up at the missed deadline",
                "超期升级在错过的期限处上升一级");
          }
          due = due.plus(s.deadlines().of(e.to()));
        }
        case HANDED_UP -> {
          if (at.next().orElse(null) != e.to()
              || !e.effectiveAt().equals(e.at())
              || e.note().isBlank()) {
            throw invalid("a hand-up moves one rung up at once, with a reason", "上交即时上升一级并说明理由");
          }
          due = e.at().plus(s.deadlines().of(e.to()));
        }
        case CLOSED -> {
          if (e.to() != at || e.note().isBlank() || !e.effectiveAt().equals(e.at())) {
            throw invalid("a closing stays on its level, with a note", "结案保持层级并附办结说明");
          }
          note = e.note();
        }
      }
      at = e.to();
      time = e.at();
    }
    if (at != s.level() || !due.equals(s.deadline())) {
      throw invalid("the level and deadline are those the trail leads to", "层级和期限与审计记录一致");
    }
    if (!java.util.Objects.equals(note, s.resolutionNote())) {
      throw invalid(
          "a case is closed exactly when its trail ends with the closing note",
          "案件仅在审计记录以办结说明结束时结案");
    }
    if (s.lastTime().isBefore(time)) {
      throw invalid("the last time is not before the trail's last entry", "最后时间不早于最后一条记录");
    }
    return new EscalationCase(s);
  }

  private static final Wording KIND = Wording.of("escalation case", "督办案件");

  private static AffairsException invalid(String rule, String ruleZh) {
    return new AffairsException(
        AffairsError.AFFAIRS_SNAPSHOT_INVALID, KIND, Wording.of(rule, ruleZh));
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot, at this instance's version
   */
  public EscalationCaseSnapshot snapshot() {
    return new EscalationCaseSnapshot(
        id, version, matter, deadlines, level, deadline, lastTime, resolutionNote, trail);
  }

  /**
   * Returns the stored version this instance was read at.
   *
   * @return the version, 0 for a case never stored
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since this instance was created or restored, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<EscalationEvent> pendingEvents() {
    return List.copyOf(pending);
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
    EscalationCase c =
        new EscalationCase(
            Objects.requireNonNull(id, "id"),
            Objects.requireNonNull(matter, "matter"),
            Objects.requireNonNull(deadlines, "deadlines"),
            Objects.requireNonNull(start, "start"),
            Objects.requireNonNull(now, "now"));
    c.pending.add(c.opened());
    return c;
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
    pending.addAll(events);
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
    CaseEscalated event = new CaseEscalated(id, matter, from, to, false, now, next, now);
    pending.add(event);
    return event;
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
    CaseClosed event = new CaseClosed(id, matter, level, resolutionNote, now);
    pending.add(event);
    return event;
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
