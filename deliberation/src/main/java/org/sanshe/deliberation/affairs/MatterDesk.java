package org.sanshe.deliberation.affairs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The desk that carries matters from acceptance to closure over a {@link Matters} store: accept or
 * refuse, dispatch to a named handler (checked against a {@link HandlerDirectory}; the due time
 * from the {@link TimeLimits}), start, resolve, confirm or close after the confirmation window,
 * record the reporter's feedback, reopen on a justified complaint. The three-level response is
 * dispatching: a social worker routes a matter to a community, a social organization or a
 * department ({@link #dispatch}), and what those cannot settle goes up to the street's office
 * meeting ({@link #referToOfficeMeeting}); the {@code escalation} ladder's deadlines remain the
 * safety net. Time comes from the injected clock.
 *
 * <p>Correct over any store and with several servers sharing one: a command loads a fresh matter,
 * applies itself and stores the matter at the next version, holding no lock. On a version conflict
 * the commands whose re-run on the newer state is safe (the lifecycle refuses a step taken
 * meanwhile) run again, up to {@value Optimistic#ATTEMPTS} times; a dispatch is not re-run (a
 * matter routed meanwhile must not be routed twice), so its conflict is reported. The overloads
 * taking an expected version (a portal's edit form, {@code If-Match}) never re-run.
 *
 * <p>Immutable and thread-safe when its store and directory are.
 */
public final class MatterDesk {

  private static final Wording NOW = Wording.of("The current time", "当前时间");

  private final Matters matters;
  private final HandlerDirectory handlers;
  private final TimeLimits limits;
  private final Duration confirmationWindow;
  private final Clock clock;

  /**
   * Creates the desk from the parts a {@link Builder} holds; see {@link #builder()}.
   *
   * @throws AffairsException with {@code AFFAIRS_TIME_LIMIT_INVALID} for a window not positive
   */
  private MatterDesk(
      Matters matters,
      HandlerDirectory handlers,
      TimeLimits limits,
      Duration confirmationWindow,
      Clock clock) {
    this.matters = Objects.requireNonNull(matters, "matters");
    this.handlers = Objects.requireNonNull(handlers, "handlers");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.confirmationWindow = Objects.requireNonNull(confirmationWindow, "confirmationWindow");
    if (confirmationWindow.isNegative() || confirmationWindow.isZero()) {
      throw new AffairsException(
          AffairsError.AFFAIRS_TIME_LIMIT_INVALID,
          Wording.of("The confirmation window", "确认期"),
          Wording.of("it is positive", "须为正"));
    }
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts a builder: set {@code matters}, {@code handlers}, {@code limits}, {@code
   * confirmationWindow} (required); every other part has the default its setter names.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatterDesk} from named parts. Not thread-safe; build once. */
  public static final class Builder {

    private Matters matters;
    private HandlerDirectory handlers;
    private TimeLimits limits;
    private Duration confirmationWindow;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the store; required.
     *
     * @param matters the value, not null
     * @return this builder
     */
    public Builder matters(Matters matters) {
      this.matters = Objects.requireNonNull(matters, "matters");
      return this;
    }

    /**
     * Sets the directory of handlers; required.
     *
     * @param handlers the value, not null
     * @return this builder
     */
    public Builder handlers(HandlerDirectory handlers) {
      this.handlers = Objects.requireNonNull(handlers, "handlers");
      return this;
    }

    /**
     * Sets the time limits; required.
     *
     * @param limits the value, not null
     * @return this builder
     */
    public Builder limits(TimeLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets how long a reporter may confirm a resolution before the matter may be closed without it,
     * positive; required.
     *
     * @param confirmationWindow the value, not null
     * @return this builder
     */
    public Builder confirmationWindow(Duration confirmationWindow) {
      this.confirmationWindow = Objects.requireNonNull(confirmationWindow, "confirmationWindow");
      return this;
    }

    /**
     * Sets the clock; default the system clock in UTC.
     *
     * @param clock the value, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds it.
     *
     * @return a new instance over the parts set
     * @throws NullPointerException naming the first required part not set
     */
    public MatterDesk build() {
      return new MatterDesk(matters, handlers, limits, confirmationWindow, clock);
    }
  }

  private <E> E run(MatterId id, long expected, boolean retry, Function<Matter, E> command) {
    Objects.requireNonNull(id, "id");
    return Optimistic.run(
        Optimistic.MATTER,
        id,
        expected,
        retry,
        () ->
            matters
                .find(id)
                .orElseThrow(() -> new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, id)),
        Matter::version,
        command,
        matters::update);
  }

  /**
   * Accepts a reported matter.
   *
   * @param id the matter, not null
   * @param by who accepts it, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link Matter#accept}
   */
  public MatterAccepted accept(MatterId id, ActorId by) {
    return run(id, Optimistic.ANY_VERSION, true, m -> m.accept(by, clock.instant()));
  }

  /**
   * Accepts a reported matter the caller saw at a version.
   *
   * @param id the matter, not null
   * @param by who accepts it, not null
   * @param expectedVersion the version seen, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} at another version, or as {@link
   *     #accept(MatterId, ActorId)}
   */
  public MatterAccepted accept(MatterId id, ActorId by, long expectedVersion) {
    return run(id, Optimistic.expected(expectedVersion), false, m -> m.accept(by, clock.instant()));
  }

  /**
   * Refuses a reported matter with a reason.
   *
   * @param id the matter, not null
   * @param by who refuses it, not null
   * @param reason why, not blank
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link Matter#refuse}
   */
  public MatterRefused refuse(MatterId id, ActorId by, String reason) {
    return run(id, Optimistic.ANY_VERSION, true, m -> m.refuse(by, reason, clock.instant()));
  }

  /**
   * Dispatches a matter to a named handler, due by the time limits (counted from the recording or
   * the last reopening; a matter routed on keeps its due time).
   *
   * @param id the matter, not null
   * @param by who dispatches it, not null
   * @param handler the handler, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_HANDLER_UNKNOWN} for a handler the directory does
   *     not know (nothing changes), {@code AFFAIRS_MATTER_UNKNOWN}, {@code
   *     AFFAIRS_VERSION_CONFLICT} if the matter changed meanwhile, or as {@link Matter#dispatch}
   */
  public MatterDispatched dispatch(MatterId id, ActorId by, Handler handler) {
    return dispatchAt(id, by, handler, Optimistic.ANY_VERSION);
  }

  /**
   * Dispatches a matter the caller saw at a version.
   *
   * @param id the matter, not null
   * @param by who dispatches it, not null
   * @param handler the handler, not null
   * @param expectedVersion the version seen, at least 1
   * @return the event
   * @throws AffairsException as {@link #dispatch(MatterId, ActorId, Handler)}
   */
  public MatterDispatched dispatch(MatterId id, ActorId by, Handler handler, long expectedVersion) {
    return dispatchAt(id, by, handler, Optimistic.expected(expectedVersion));
  }

  private MatterDispatched dispatchAt(MatterId id, ActorId by, Handler handler, long expected) {
    Objects.requireNonNull(handler, "handler");
    if (!handlers.exists(handler)) {
      throw new AffairsException(
          AffairsError.AFFAIRS_HANDLER_UNKNOWN, handler.kind().wording(), handler.code());
    }
    return run(
        id,
        expected,
        false,
        m -> {
          boolean routedOn =
              m.status() == MatterStatus.DISPATCHED || m.status() == MatterStatus.IN_PROGRESS;
          Instant due = routedOn ? m.due().orElseThrow() : limits.due(m);
          return m.dispatch(by, handler, due, clock.instant());
        });
  }

  /**
   * Refers a matter that its handler could not settle to the office meeting of its street or town,
   * the top of the three-level response.
   *
   * @param id the matter, not null
   * @param by who refers it (a social worker), not null
   * @return the event, dispatching it to {@link Handler#officeMeeting(DivisionCode)} of the
   *     matter's street
   * @throws AffairsException as {@link #dispatch(MatterId, ActorId, Handler)}
   */
  public MatterDispatched referToOfficeMeeting(MatterId id, ActorId by) {
    Objects.requireNonNull(id, "id");
    Matter m =
        matters
            .find(id)
            .orElseThrow(() -> new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, id));
    Handler meeting = Handler.officeMeeting(m.community().parent().orElseThrow());
    return dispatchAt(id, by, meeting, m.version());
  }

  /**
   * Records that the handler started work.
   *
   * @param id the matter, not null
   * @param by who started, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link Matter#start}
   */
  public MatterStarted start(MatterId id, ActorId by) {
    return run(id, Optimistic.ANY_VERSION, true, m -> m.start(by, clock.instant()));
  }

  /**
   * Resolves a matter, saying how it was actually settled.
   *
   * @param id the matter, not null
   * @param by who resolved it, not null
   * @param settledBy how it was settled, not null
   * @param note the resolution note, not blank
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link Matter#resolve}
   */
  public MatterResolved resolve(MatterId id, ActorId by, ResolutionPath settledBy, String note) {
    return run(
        id, Optimistic.ANY_VERSION, true, m -> m.resolve(by, settledBy, note, clock.instant()));
  }

  /**
   * Resolves a matter the caller saw at a version.
   *
   * @param id the matter, not null
   * @param by who resolved it, not null
   * @param settledBy how it was settled, not null
   * @param note the resolution note, not blank
   * @param expectedVersion the version seen, at least 1
   * @return the event
   * @throws AffairsException as {@link #resolve(MatterId, ActorId, ResolutionPath, String)}, or
   *     {@code AFFAIRS_VERSION_CONFLICT} at another version
   */
  public MatterResolved resolve(
      MatterId id, ActorId by, ResolutionPath settledBy, String note, long expectedVersion) {
    return run(
        id,
        Optimistic.expected(expectedVersion),
        false,
        m -> m.resolve(by, settledBy, note, clock.instant()));
  }

  /**
   * Closes a resolved matter on its reporter's confirmation.
   *
   * @param id the matter, not null
   * @param resident the reporter's keyed hash, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link Matter#confirm}
   */
  public MatterClosed confirm(MatterId id, HashedIdentity resident) {
    return run(id, Optimistic.ANY_VERSION, true, m -> m.confirm(resident, clock.instant()));
  }

  /**
   * Closes one resolved matter whose confirmation window has ended.
   *
   * @param id the matter, not null
   * @param by who closes it, not null
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link
   *     Matter#closeAfterWindow}
   */
  public MatterClosed closeAfterWindow(MatterId id, ActorId by) {
    return run(
        id,
        Optimistic.ANY_VERSION,
        true,
        m -> m.closeAfterWindow(by, confirmationWindow, clock.instant()));
  }

  /**
   * Closes every resolved matter of a division whose confirmation window ended by a time; called by
   * the host (a scheduler). Matters confirmed, reopened or closed by another server meanwhile are
   * skipped.
   *
   * @param scope the division, not null
   * @param by who closes them (the scheduler's actor id), not null
   * @param now the current time, not null, not after the desk's clock
   * @return the events, one per matter closed
   * @throws org.sanshe.core.error.SansheException with {@code TIME_IMPLAUSIBLE} for a time after
   *     the clock or before 1900
   */
  public List<MatterClosed> closeUnconfirmed(DivisionCode scope, ActorId by, Instant now) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(now, "now");
    PlausibleTime.notAfterNow(now, NOW, clock);
    MatterQuery resolved =
        MatterQuery.ALL.withStatuses(EnumSet.of(MatterStatus.RESOLVED)).within(scope);
    List<MatterClosed> closed = new ArrayList<>();
    MatterId after = null;
    for (List<Matter> page = matters.query(resolved, null, 500);
        !page.isEmpty();
        page = matters.query(resolved, after, 500)) {
      for (Matter m : page) {
        after = m.id();
        Instant ends = m.settlement().orElseThrow().at().plus(confirmationWindow);
        if (!now.isBefore(ends)) {
          try {
            closed.add(
                run(
                    m.id(),
                    Optimistic.ANY_VERSION,
                    true,
                    x -> x.closeAfterWindow(by, confirmationWindow, now)));
          } catch (AffairsException e) {
            AffairsError code = e.affairsError();
            if (code != AffairsError.AFFAIRS_MATTER_NOT_RESOLVED
                && code != AffairsError.AFFAIRS_CONFIRMATION_WINDOW_OPEN
                && code != AffairsError.AFFAIRS_TIME_BEFORE_LAST) {
              throw e;
            }
          }
        }
      }
    }
    return closed;
  }

  /**
   * Records the reporter's feedback on a settled matter; turn the event into a satisfaction
   * response for the handler with {@link MatterFeedback#response}.
   *
   * @param id the matter, not null
   * @param resident the reporter's keyed hash, not null
   * @param satisfied whether they are satisfied
   * @param reason why; required when not satisfied
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link Matter#feedback}
   */
  public FeedbackGiven feedback(
      MatterId id, HashedIdentity resident, boolean satisfied, String reason) {
    return run(
        id,
        Optimistic.ANY_VERSION,
        true,
        m -> m.feedback(resident, satisfied, reason, clock.instant()));
  }

  /**
   * Reopens a resolved or closed matter on a justified complaint.
   *
   * @param id the matter, not null
   * @param by who found the complaint justified, not null
   * @param complaint the complaint, not blank
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} or as {@link Matter#reopen}
   */
  public MatterReopened reopen(MatterId id, ActorId by, String complaint) {
    return run(id, Optimistic.ANY_VERSION, true, m -> m.reopen(by, complaint, clock.instant()));
  }

  /**
   * Reopens a matter the caller saw at a version.
   *
   * @param id the matter, not null
   * @param by who found the complaint justified, not null
   * @param complaint the complaint, not blank
   * @param expectedVersion the version seen, at least 1
   * @return the event
   * @throws AffairsException as {@link #reopen(MatterId, ActorId, String)}, or {@code
   *     AFFAIRS_VERSION_CONFLICT} at another version
   */
  public MatterReopened reopen(MatterId id, ActorId by, String complaint, long expectedVersion) {
    return run(
        id,
        Optimistic.expected(expectedVersion),
        false,
        m -> m.reopen(by, complaint, clock.instant()));
  }
}
