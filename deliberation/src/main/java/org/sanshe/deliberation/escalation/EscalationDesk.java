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

  /** Creates the desk from the parts a {@link Builder} holds; see {@link #builder}. */
  private EscalationDesk(
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
   * Starts a desk with named parts, the way to build one without positional arguments:
   *
   * <pre>{@code
   * EscalationDesk desk = EscalationDesk.builder(cases, matters)
   *     .deadlines(deadlines)              // default: EscalationDeadlines.standard() (illustrative)
   *     .clock(clock)                      // default: the system clock in UTC
   *     .ids(IdSource.sequential("case-")) // default: random UUIDs
   *     .build();
   * }</pre>
   *
   * @param cases the store, not null
   * @param matters the recorded matters, to refuse cases for matters that do not exist, not null
   * @return the builder
   */
  public static Builder builder(EscalationCases cases, Matters matters) {
    return new Builder(cases, matters);
  }

  /**
   * Builds a {@link EscalationDesk}. The parts named by {@link EscalationDesk#builder} are
   * required; every other part has the default its setter names. Not thread-safe; build once.
   */
  public static final class Builder {

    private final EscalationCases cases;
    private final Matters matters;
    private EscalationDeadlines deadlines = EscalationDeadlines.standard();
    private Clock clock = Clock.systemUTC();
    private IdSource ids = IdSource.randomUuids();

    private Builder(EscalationCases cases, Matters matters) {
      this.cases = Objects.requireNonNull(cases, "cases");
      this.matters = Objects.requireNonNull(matters, "matters");
    }

    /**
     * Sets the deadlines per level; default {@link EscalationDeadlines#standard()}, an illustrative
     * preset: set your district's deadlines.
     *
     * @param deadlines the value, not null
     * @return this builder
     */
    public Builder deadlines(EscalationDeadlines deadlines) {
      this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
      return this;
    }

    /**
     * Sets the clock for commands; default the system clock in UTC.
     *
     * @param clock the value, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of new case ids; default random UUIDs.
     *
     * @param ids the value, not null
     * @return this builder
     */
    public Builder ids(IdSource ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Builds the desk.
     *
     * @return a new desk over the parts set
     */
    public EscalationDesk build() {
      return new EscalationDesk(cases, matters, deadlines, clock, ids);
    }
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
