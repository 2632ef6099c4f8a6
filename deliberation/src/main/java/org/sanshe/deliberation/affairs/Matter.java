package org.sanshe.deliberation.affairs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A community public matter (社区公共事务) from report to closure: what was reported, through which
 * channel, where, by whom (masked), how urgent; then its lifecycle (see {@link MatterStatus}):
 * accepted or refused, triaged to a resolution path, dispatched to a named {@link Handler} with a
 * due time, in progress, resolved with a note and how it was actually settled, confirmed by the
 * reporter or closed after a confirmation window, and reopened on a justified complaint. The
 * reporter (by keyed hash only) may give feedback once per settlement. Every step is an event
 * naming who acted and when.
 *
 * <p><b>Transitions.</b> {@code REPORTED -> ACCEPTED | REFUSED}; triage from {@code REPORTED}
 * (which accepts it) or {@code ACCEPTED}; dispatch from {@code TRIAGED}, {@code DISPATCHED}, {@code
 * IN_PROGRESS} or {@code REOPENED} (routing on, or up to the office meeting); start from {@code
 * DISPATCHED} or {@code REOPENED}; resolve from {@code IN_PROGRESS}; close from {@code RESOLVED}
 * only; reopen from {@code RESOLVED} or {@code CLOSED}. Anything else is refused with {@code
 * AFFAIRS_ILLEGAL_TRANSITION} (closing: {@code AFFAIRS_MATTER_NOT_RESOLVED}; a second triage:
 * {@code AFFAIRS_ALREADY_TRIAGED}), and nothing changes. Step times never go backwards ({@code
 * AFFAIRS_TIME_BEFORE_LAST}).
 *
 * <p>An aggregate: mutable, not thread-safe (each thread works on its own instance, as a store's
 * {@code find} hands out). Commands check everything before changing anything and return the event
 * that happened, which {@link #pendingEvents()} also lists until the matter is stored. {@link
 * #version()} is the stored version it was read at (0 for a new matter), for optimistic writes;
 * {@link #snapshot()} and {@link #restore(MatterSnapshot)} carry the state to and from a store.
 */
public final class Matter {

  private final MatterId id;
  private final MatterReport report;
  private final Instant recordedAt;
  private final ActorId recordedBy;
  private final long version;
  private final List<MatterEvent> pending = new ArrayList<>();
  private final List<MatterEvent> history = new ArrayList<>();
  private MatterStatus status = MatterStatus.REPORTED;
  private Triage triage;
  private Handler handler;
  private Instant due;
  private MatterResolved resolution;
  private boolean feedbackGiven;
  private Instant last;
  private Instant clockStart;

  private Matter(
      MatterId id, MatterReport report, Instant recordedAt, ActorId recordedBy, long version) {
    this.id = id;
    this.report = report;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.version = version;
    this.last = recordedAt;
    this.clockStart = recordedAt;
  }

  /**
   * Records a reported matter.
   *
   * @param id the new matter's id, not null
   * @param report what was reported, not null
   * @param by who records it, not null
   * @param recordedAt when it is recorded, from the injected clock, not null; the report's time
   *     must not be after it (beyond a few minutes of clock skew) nor before 1900
   * @return the new matter, {@link MatterStatus#REPORTED}
   */
  public static Matter record(MatterId id, MatterReport report, ActorId by, Instant recordedAt) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(recordedAt, "recordedAt");
    PlausibleTime.notAfter(report.reportedAt(), REPORTED_AT, recordedAt);
    Matter matter = new Matter(id, report, recordedAt, by, 0);
    matter.pending.add(matter.recorded());
    return matter;
  }

  /**
   * Rebuilds a matter from a snapshot, replaying its history through the same lifecycle rules the
   * commands follow (so that, for example, no snapshot is closed without a resolution).
   *
   * @param s the snapshot, not null
   * @return the matter at the snapshot's version, with no pending events
   * @throws AffairsException with {@code AFFAIRS_SNAPSHOT_INVALID} naming the rule broken
   */
  public static Matter restore(MatterSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null || s.report() == null || s.recordedAt() == null || s.recordedBy() == null) {
      throw invalid("id, report, recording time and recorder are required", "须有编号、报告、登记时间和登记人");
    }
    if (s.version() < 0) {
      throw invalid("the version is not negative", "版本号不为负");
    }
    Instant reported = s.report().reportedAt();
    if (reported.isBefore(PlausibleTime.EARLIEST_INSTANT)
        || reported.getEpochSecond() - PlausibleTime.CLOCK_SKEW.getSeconds()
            > s.recordedAt().getEpochSecond()) {
      throw invalid(
          "a matter is reported before it is recorded, and not before 1900",
          "事项须先报告后登记，且不早于 1900 年");
    }
    Matter matter = new Matter(s.id(), s.report(), s.recordedAt(), s.recordedBy(), s.version());
    for (MatterEvent e : s.history()) {
      if (!e.matter().equals(s.id())) {
        throw invalid("every step belongs to the matter", "每个步骤都属于该事项");
      }
      if (e instanceof MatterRecorded) {
        throw invalid("a matter is recorded once", "事项只登记一次");
      }
      if (e instanceof MatterTriaged && e.at().isBefore(s.recordedAt())) {
        throw invalid("a matter is triaged after it is recorded", "事项须在登记之后分流");
      }
      try {
        matter.apply(e);
      } catch (AffairsException broken) {
        throw invalid("every step follows the lifecycle, in time order", "每个步骤须符合办理流程并按时间顺序");
      }
    }
    return matter;
  }

  private static final Wording KIND = Wording.of("matter", "事项");

  private static AffairsException invalid(String rule, String ruleZh) {
    return new AffairsException(
        AffairsError.AFFAIRS_SNAPSHOT_INVALID, KIND, Wording.of(rule, ruleZh));
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot, at this instance's version
   */
  public MatterSnapshot snapshot() {
    return new MatterSnapshot(id, version, report, recordedAt, recordedBy, history);
  }

  /**
   * Returns the stored version this instance was read at.
   *
   * @return the version, 0 for a matter never stored
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since this instance was created or restored, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<MatterEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  /**
   * Returns every step after the recording, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<MatterEvent> history() {
    return List.copyOf(history);
  }

  private static final Wording REPORTED_AT = Wording.of("The report time", "报告时间");

  /**
   * Returns the event stating that this matter was recorded.
   *
   * @return the event
   */
  public MatterRecorded recorded() {
    return new MatterRecorded(
        id, recordedBy, report.channel(), report.place(), report.urgency(), recordedAt);
  }

  /**
   * Accepts the matter for handling.
   *
   * @param by who accepts it, not null
   * @param at when, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ILLEGAL_TRANSITION} unless reported, {@code
   *     AFFAIRS_TIME_BEFORE_LAST}
   */
  public MatterAccepted accept(ActorId by, Instant at) {
    return command(new MatterAccepted(id, by, at));
  }

  /**
   * Refuses the matter, with a reason; a refused matter is final.
   *
   * @param by who refuses it, not null
   * @param reason why, not blank
   * @param at when, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ILLEGAL_TRANSITION} unless reported, {@code
   *     AFFAIRS_TEXT_BLANK}, {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public MatterRefused refuse(ActorId by, String reason, Instant at) {
    return command(new MatterRefused(id, by, Checks.text(reason, "reason"), at));
  }

  /**
   * Triages the matter to a resolution path (the intent of the "622" method). A matter is triaged
   * once; triaging a reported matter accepts it.
   *
   * @param by who triages it, not null
   * @param path the path, not null
   * @param reason why this path, not blank
   * @param at when, from the injected clock, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ALREADY_TRIAGED}, {@code
   *     AFFAIRS_ILLEGAL_TRANSITION} for a refused matter, {@code AFFAIRS_TEXT_BLANK} or {@code
   *     AFFAIRS_TIME_BEFORE_LAST} when {@code at} is before the last step
   */
  public MatterTriaged triage(ActorId by, ResolutionPath path, String reason, Instant at) {
    Objects.requireNonNull(at, "at");
    Triage next = new Triage(path, reason, at, Objects.requireNonNull(by, "by"));
    return command(new MatterTriaged(id, by, path, next.reason(), at));
  }

  /**
   * Dispatches the matter to a named handler, or routes it on (a social worker passing it to a
   * department, the unsettled going up to the office meeting). Whether the handler exists is the
   * {@link MatterDesk}'s check.
   *
   * @param by who dispatches it, not null
   * @param handler the handler, not null
   * @param due when it is due (from the {@link TimeLimits}; may lie in the past for a matter
   *     dispatched late, which is then overdue at once), not null
   * @param at when, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ILLEGAL_TRANSITION} unless triaged, dispatched, in
   *     progress or reopened; {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public MatterDispatched dispatch(ActorId by, Handler handler, Instant due, Instant at) {
    return command(new MatterDispatched(id, by, handler, due, at));
  }

  /**
   * Records that the handler started work.
   *
   * @param by who started, not null
   * @param at when, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ILLEGAL_TRANSITION} unless dispatched or reopened,
   *     {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public MatterStarted start(ActorId by, Instant at) {
    return command(new MatterStarted(id, by, at));
  }

  /**
   * Resolves the matter, saying how it was actually settled.
   *
   * @param by who resolved it, not null
   * @param settledBy how it was actually settled (the 622 path), not null
   * @param note the resolution note, not blank
   * @param at when, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ILLEGAL_TRANSITION} unless in progress, {@code
   *     AFFAIRS_TEXT_BLANK}, {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public MatterResolved resolve(ActorId by, ResolutionPath settledBy, String note, Instant at) {
    return command(new MatterResolved(id, by, settledBy, Checks.text(note, "note"), at));
  }

  /**
   * Closes the matter on its reporter's confirmation.
   *
   * @param resident the reporter's keyed hash, not null
   * @param at when, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_NOT_RESOLVED} unless resolved, {@code
   *     AFFAIRS_FEEDBACK_NOT_REPORTER} from anyone but the reporter, {@code
   *     AFFAIRS_TIME_BEFORE_LAST}
   */
  public MatterClosed confirm(HashedIdentity resident, Instant at) {
    return command(new MatterClosed(id, ActorId.resident(resident), true, at));
  }

  /**
   * Closes a resolved matter whose reporter did not confirm within the window.
   *
   * @param by who closes it (a clerk, a scheduler), not null
   * @param window the confirmation window, positive, not null
   * @param at when, not null, at or after the resolution plus the window
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_NOT_RESOLVED} unless resolved, {@code
   *     AFFAIRS_CONFIRMATION_WINDOW_OPEN} before the window ends, {@code
   *     AFFAIRS_TIME_LIMIT_INVALID} for a window not positive
   */
  public MatterClosed closeAfterWindow(ActorId by, Duration window, Instant at) {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(at, "at");
    if (window.isNegative() || window.isZero()) {
      throw new AffairsException(
          AffairsError.AFFAIRS_TIME_LIMIT_INVALID,
          Wording.of("The confirmation window", "确认期"),
          Wording.of("it is positive", "须为正"));
    }
    MatterClosed event = new MatterClosed(id, by, false, at);
    check(event);
    Instant ends = resolution.at().plus(window);
    if (at.isBefore(ends)) {
      throw new AffairsException(AffairsError.AFFAIRS_CONFIRMATION_WINDOW_OPEN, id, ends);
    }
    return command(event);
  }

  /**
   * Records the reporter's feedback on the settlement: satisfied or not, with a reason.
   *
   * @param resident the reporter's keyed hash, not null
   * @param satisfied whether they are satisfied
   * @param reason why; required (not blank) when not satisfied, may be null when satisfied
   * @param at when, not null
   * @return the event, naming the handler as the subject of the feedback
   * @throws AffairsException with {@code AFFAIRS_ILLEGAL_TRANSITION} unless resolved or closed,
   *     {@code AFFAIRS_FEEDBACK_NOT_REPORTER} from anyone but the reporter (and for a matter
   *     without a known reporter), {@code AFFAIRS_FEEDBACK_DUPLICATE} for a second feedback on one
   *     settlement, {@code AFFAIRS_TEXT_BLANK}
   */
  public FeedbackGiven feedback(
      HashedIdentity resident, boolean satisfied, String reason, Instant at) {
    Objects.requireNonNull(resident, "resident");
    String text =
        reason == null && satisfied
            ? null
            : Checks.text(Objects.requireNonNull(reason, "reason"), "reason");
    return command(
        new FeedbackGiven(
            id,
            resident,
            handler == null ? Handler.community(community()) : handler,
            satisfied,
            text,
            at));
  }

  /**
   * Reopens a resolved or closed matter on a complaint found justified.
   *
   * @param by who found the complaint justified, not null
   * @param complaint the complaint, not blank
   * @param at when, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_ILLEGAL_TRANSITION} unless resolved or closed,
   *     {@code AFFAIRS_TEXT_BLANK}, {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public MatterReopened reopen(ActorId by, String complaint, Instant at) {
    return command(new MatterReopened(id, by, Checks.text(complaint, "complaint"), at));
  }

  private <E extends MatterEvent> E command(E event) {
    apply(event);
    pending.add(event);
    return event;
  }

  /** Checks a step against the state without changing anything. */
  private void check(MatterEvent e) {
    if (e.at().isBefore(last)) {
      throw new AffairsException(AffairsError.AFFAIRS_TIME_BEFORE_LAST, e.at(), last);
    }
    if (e instanceof MatterRecorded) {
      throw illegal(Wording.of("recorded again", "重复登记"));
    } else if (e instanceof MatterAccepted) {
      require(Wording.of("accepted", "受理"), MatterStatus.REPORTED);
    } else if (e instanceof MatterRefused) {
      require(Wording.of("refused", "不予受理"), MatterStatus.REPORTED);
    } else if (e instanceof MatterTriaged) {
      if (triage != null) {
        throw new AffairsException(AffairsError.AFFAIRS_ALREADY_TRIAGED, id, triage.path());
      }
      require(Wording.of("triaged", "分流"), MatterStatus.REPORTED, MatterStatus.ACCEPTED);
    } else if (e instanceof MatterDispatched d) {
      require(
          Wording.of("dispatched", "派单"),
          MatterStatus.TRIAGED,
          MatterStatus.DISPATCHED,
          MatterStatus.IN_PROGRESS,
          MatterStatus.REOPENED);
    } else if (e instanceof MatterStarted) {
      require(Wording.of("started", "开始办理"), MatterStatus.DISPATCHED, MatterStatus.REOPENED);
    } else if (e instanceof MatterResolved) {
      require(Wording.of("resolved", "办结"), MatterStatus.IN_PROGRESS);
    } else if (e instanceof MatterClosed c) {
      if (status != MatterStatus.RESOLVED) {
        throw new AffairsException(AffairsError.AFFAIRS_MATTER_NOT_RESOLVED, id, status.wording());
      }
      if (c.confirmed() && !isReporter(c.by())) {
        throw new AffairsException(AffairsError.AFFAIRS_FEEDBACK_NOT_REPORTER, id);
      }
    } else if (e instanceof FeedbackGiven f) {
      require(Wording.of("rated", "评价"), MatterStatus.RESOLVED, MatterStatus.CLOSED);
      if (!isReporter(f.by())) {
        throw new AffairsException(AffairsError.AFFAIRS_FEEDBACK_NOT_REPORTER, id);
      }
      if (feedbackGiven) {
        throw new AffairsException(AffairsError.AFFAIRS_FEEDBACK_DUPLICATE, id);
      }
      if (!f.handler().equals(handler)) {
        throw illegal(Wording.of("rated for another handler", "对其他承办主体评价"));
      }
    } else if (e instanceof MatterReopened) {
      require(Wording.of("reopened", "重办"), MatterStatus.RESOLVED, MatterStatus.CLOSED);
    }
  }

  private boolean isReporter(ActorId actor) {
    return report.resident() != null && actor.equals(ActorId.resident(report.resident()));
  }

  private void require(Wording step, MatterStatus... allowed) {
    for (MatterStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw illegal(step);
  }

  private AffairsException illegal(Wording step) {
    return new AffairsException(
        AffairsError.AFFAIRS_ILLEGAL_TRANSITION, id, status.wording(), step);
  }

  /** Checks a step, then applies it: the one place where the lifecycle changes. */
  private void apply(MatterEvent e) {
    check(e);
    if (e instanceof MatterAccepted) {
      status = MatterStatus.ACCEPTED;
    } else if (e instanceof MatterRefused) {
      status = MatterStatus.REFUSED;
    } else if (e instanceof MatterTriaged t) {
      triage = new Triage(t.path(), t.reason(), t.at(), t.by());
      status = MatterStatus.TRIAGED;
    } else if (e instanceof MatterDispatched d) {
      handler = d.handler();
      due = d.due();
      status = MatterStatus.DISPATCHED;
    } else if (e instanceof MatterStarted) {
      status = MatterStatus.IN_PROGRESS;
    } else if (e instanceof MatterResolved r) {
      resolution = r;
      feedbackGiven = false;
      status = MatterStatus.RESOLVED;
    } else if (e instanceof MatterClosed) {
      status = MatterStatus.CLOSED;
    } else if (e instanceof FeedbackGiven) {
      feedbackGiven = true;
    } else if (e instanceof MatterReopened r) {
      resolution = null;
      feedbackGiven = false;
      clockStart = r.at();
      status = MatterStatus.REOPENED;
    }
    last = e.at();
    history.add(e);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public MatterId id() {
    return id;
  }

  /**
   * Returns what was reported.
   *
   * @return the report
   */
  public MatterReport report() {
    return report;
  }

  /**
   * Returns the community the matter lies in.
   *
   * @return the 12-digit community code
   */
  public DivisionCode community() {
    return report.place().division();
  }

  /**
   * Returns when the matter was recorded.
   *
   * @return the instant
   */
  public Instant recordedAt() {
    return recordedAt;
  }

  /**
   * Returns who recorded the matter.
   *
   * @return the actor
   */
  public ActorId recordedBy() {
    return recordedBy;
  }

  /**
   * Returns the lifecycle status.
   *
   * @return the status
   */
  public MatterStatus status() {
    return status;
  }

  /**
   * Returns the triage.
   *
   * @return the triage, or empty while untriaged
   */
  public Optional<Triage> triage() {
    return Optional.ofNullable(triage);
  }

  /**
   * Returns the handler it was last dispatched to.
   *
   * @return the handler, or empty before the first dispatch
   */
  public Optional<Handler> handler() {
    return Optional.ofNullable(handler);
  }

  /**
   * Returns when the matter is due, from the last dispatch.
   *
   * @return the due time, or empty before the first dispatch
   */
  public Optional<Instant> due() {
    return Optional.ofNullable(due);
  }

  /**
   * Returns when the time limit starts to run: the recording, or the last reopening.
   *
   * @return the instant
   */
  public Instant limitStart() {
    return clockStart;
  }

  /**
   * Returns the settlement while the matter is resolved or closed.
   *
   * @return the resolution, or empty while unsettled (also after a reopening)
   */
  public Optional<MatterResolved> settlement() {
    return status.isSettled() ? Optional.of(resolution) : Optional.empty();
  }

  /**
   * Tells whether the matter is overdue: still open for work, dispatched, and past its due time.
   *
   * @param now the time to judge at, not null
   * @return true when overdue
   */
  public boolean isOverdue(Instant now) {
    Objects.requireNonNull(now, "now");
    return status.isOpen() && due != null && now.isAfter(due);
  }

  @Override
  public String toString() {
    return "Matter["
        + id
        + ", "
        + status
        + ", "
        + report.channel()
        + ", "
        + report.category()
        + ", "
        + report.place()
        + ", "
        + report.reporter()
        + ", "
        + report.urgency()
        + (triage == null ? "" : ", " + triage.path())
        + (handler == null ? "" : ", " + handler)
        + "]";
  }
}
