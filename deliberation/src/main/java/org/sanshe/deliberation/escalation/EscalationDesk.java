package org.sanshe.deliberation.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;

/**
 * The desk that runs the escalation ladder over a store of cases. {@link #escalateOverdue(Instant)}
 * is called by the host (a scheduler, a request) with the current time; the desk starts no threads.
 * Thread-safe when its store is: commands lock the case object, which serializes them when the
 * store hands out one instance per case (as the in-memory store does).
 */
public final class EscalationDesk {

  private final EscalationCases cases;
  private final Matters matters;
  private final EscalationDeadlines deadlines;
  private final Clock clock;
  private final IdSource ids;

  /**
   * Creates the desk.
   *
   * @param cases the store, not null
   * @param matters the recorded matters, to refuse cases for matters that do not exist, not null
   * @param deadlines the deadlines per level, not null
   * @param clock the clock for commands, not null
   * @param ids the id source, not null
   */
  public EscalationDesk(
      EscalationCases cases,
      Matters matters,
      EscalationDeadlines deadlines,
      Clock clock,
      IdSource ids) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.matters = Objects.requireNonNull(matters, "matters");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Opens a case for a matter.
   *
   * @param matter the matter, not null
   * @param start the starting level, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} if no such matter was recorded,
   *     {@code ESCALATION_CASE_DUPLICATE} if the matter has an open case
   */
  public CaseOpened open(MatterId matter, Level start) {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(start, "start");
    if (matters.find(matter).isEmpty()) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, matter);
    }
    EscalationCase c =
        EscalationCase.open(CaseId.of(ids.nextId()), matter, start, deadlines, clock.instant());
    cases.add(c);
    return c.opened();
  }

  /**
   * Escalates every open case whose deadline the given time has passed.
   *
   * @param now the current time, not null, not after the desk's clock (beyond a few minutes of
   *     skew): a case never moves past the clock
   * @return every escalation, case by case
   * @throws org.sanshe.core.error.SansheException with {@code TIME_IMPLAUSIBLE} for a time after
   *     the clock or before 1900
   */
  public List<CaseEscalated> escalateOverdue(Instant now) {
    Objects.requireNonNull(now, "now");
    PlausibleTime.notAfterNow(now, NOW, clock);
    List<CaseEscalated> events = new ArrayList<>();
    for (EscalationCase c : cases.open()) {
      synchronized (c) {
        if (c.isOverdue(now)) {
          events.addAll(c.escalateOverdue(now));
          cases.update(c);
        }
      }
    }
    return events;
  }

  /**
   * Passes a case one rung up.
   *
   * @param id the case, not null
   * @param reason why, not blank
   * @return the event
   * @throws AffairsException with {@code ESCALATION_CASE_UNKNOWN} or as {@link
   *     EscalationCase#handUp(String, Instant)}
   */
  public CaseEscalated handUp(CaseId id, String reason) {
    EscalationCase c = find(id);
    synchronized (c) {
      CaseEscalated event = c.handUp(reason, clock.instant());
      cases.update(c);
      return event;
    }
  }

  /**
   * Closes a case with a resolution note.
   *
   * @param id the case, not null
   * @param note the resolution note, not blank
   * @return the event
   * @throws AffairsException with {@code ESCALATION_CASE_UNKNOWN} or as {@link
   *     EscalationCase#close(String, Instant)}
   */
  public CaseClosed close(CaseId id, String note) {
    EscalationCase c = find(id);
    synchronized (c) {
      CaseClosed event = c.close(note, clock.instant());
      cases.update(c);
      return event;
    }
  }

  private static final Wording NOW = Wording.of("The current time", "当前时间");

  private EscalationCase find(CaseId id) {
    Objects.requireNonNull(id, "id");
    return cases
        .find(id)
        .orElseThrow(() -> new AffairsException(AffairsError.ESCALATION_CASE_UNKNOWN, id));
  }
}
