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
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The desk that runs the escalation ladder over a store of cases. {@link #escalateOverdue(Instant)}
 * is called by the host (a scheduler, a request) with the current time; the desk starts no threads.
 *
 * <p>Correct over any {@link EscalationCases} store, and with several servers sharing one: a
 * command loads a fresh case, applies itself and stores the case at the next version; it holds no
 * lock. When another writer stored the case first ({@code AFFAIRS_VERSION_CONFLICT}), a command
 * that is safe to run again on the newer state is re-run, up to {@value Optimistic#ATTEMPTS} times:
 * {@link #close(CaseId, String)} (a case closed meanwhile refuses it with {@code
 * ESCALATION_CASE_CLOSED}) and {@link #escalateOverdue(Instant)} (which moves a case only for the
 * deadlines still passed). {@link #handUp(CaseId, String)} is not re-run: a handler passes a case
 * up from the level they saw, and a case that moved meanwhile must not climb two rungs, so the
 * conflict is reported. The overloads taking an expected version (a portal's edit form, {@code
 * If-Match}) never re-run: a case at another version is refused at once.
 *
 * <p>Immutable and thread-safe when its stores are.
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
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if a case kept changing under
   *     every attempt; the cases escalated before it are stored, and running this again is safe
   */
  public List<CaseEscalated> escalateOverdue(Instant now) {
    Objects.requireNonNull(now, "now");
    PlausibleTime.notAfterNow(now, NOW, clock);
    List<CaseEscalated> events = new ArrayList<>();
    for (EscalationCase listed : cases.open()) {
      if (listed.isOverdue(now)) {
        events.addAll(escalate(listed.id(), now));
      }
    }
    return events;
  }

  private List<CaseEscalated> escalate(CaseId id, Instant now) {
    for (int attempt = 1; ; attempt++) {
      EscalationCase c = cases.find(id).orElse(null);
      if (c == null || !c.isOverdue(now)) {
        return List.of(); // closed or moved on by another server meanwhile
      }
      List<CaseEscalated> events;
      try {
        events = c.escalateOverdue(now);
      } catch (AffairsException e) {
        if (e.errorCode() == AffairsError.AFFAIRS_TIME_BEFORE_LAST) {
          return List.of(); // another server escalated it at a later time meanwhile
        }
        throw e;
      }
      try {
        cases.update(c);
        return events;
      } catch (AffairsException e) {
        if (!Optimistic.isConflict(e)
            || attempt >= Optimistic.ATTEMPTS
            || !Optimistic.backOff(attempt)) {
          throw e;
        }
      }
    }
  }

  /**
   * Passes a case one rung up.
   *
   * @param id the case, not null
   * @param reason why, not blank
   * @return the event
   * @throws AffairsException with {@code ESCALATION_CASE_UNKNOWN}, {@code AFFAIRS_VERSION_CONFLICT}
   *     if another writer changed the case meanwhile (not re-run), or as {@link
   *     EscalationCase#handUp(String, Instant)}
   */
  public CaseEscalated handUp(CaseId id, String reason) {
    return on(id, Optimistic.ANY_VERSION, false, c -> c.handUp(reason, clock.instant()));
  }

  /**
   * Passes a case one rung up, if it is still at the version the caller saw.
   *
   * @param id the case, not null
   * @param reason why, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the case is at another
   *     version (nothing changes), or as {@link #handUp(CaseId, String)}
   */
  public CaseEscalated handUp(CaseId id, String reason, long expectedVersion) {
    return on(
        id, Optimistic.expected(expectedVersion), false, c -> c.handUp(reason, clock.instant()));
  }

  /**
   * Closes a case with a resolution note.
   *
   * @param id the case, not null
   * @param note the resolution note, not blank
   * @return the event
   * @throws AffairsException with {@code ESCALATION_CASE_UNKNOWN}, {@code AFFAIRS_VERSION_CONFLICT}
   *     if the case kept changing under every attempt, or as {@link EscalationCase#close(String,
   *     Instant)}
   */
  public CaseClosed close(CaseId id, String note) {
    return on(id, Optimistic.ANY_VERSION, true, c -> c.close(note, clock.instant()));
  }

  /**
   * Closes a case with a resolution note, if it is still at the version the caller saw.
   *
   * @param id the case, not null
   * @param note the resolution note, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the case is at another
   *     version (nothing changes), or as {@link #close(CaseId, String)}
   */
  public CaseClosed close(CaseId id, String note, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), true, c -> c.close(note, clock.instant()));
  }

  private <E> E on(
      CaseId id, long expected, boolean retry, java.util.function.Function<EscalationCase, E> cmd) {
    Objects.requireNonNull(id, "id");
    return Optimistic.run(
        Optimistic.ESCALATION_CASE,
        id,
        expected,
        retry,
        () -> find(id),
        EscalationCase::version,
        cmd,
        cases::update);
  }

  private static final Wording NOW = Wording.of("The current time", "当前时间");

  private EscalationCase find(CaseId id) {
    Objects.requireNonNull(id, "id");
    return cases
        .find(id)
        .orElseThrow(() -> new AffairsException(AffairsError.ESCALATION_CASE_UNKNOWN, id));
  }
}
