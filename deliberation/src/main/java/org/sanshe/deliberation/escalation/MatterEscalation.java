package org.sanshe.deliberation.escalation;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.HandlerKind;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterDesk;
import org.sanshe.deliberation.affairs.MatterDispatched;
import org.sanshe.deliberation.affairs.MatterEvent;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterResolved;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Connects the matter lifecycle to the escalation ladder, so that the ladder's deadlines stay the
 * safety net of the three-level response rather than a second record of it. Feed it the events of
 * both (from an outbox consumer, or right after a desk's command):
 *
 * <ul>
 *   <li>a matter's first dispatch opens its escalation case at the dispatched handler's level
 *       ({@link #levelOf(Handler)}); a dispatch to a higher level (the office meeting) hands the
 *       open case up to it;
 *   <li>a resolution closes the open case with the resolution note;
 *   <li>a case that reaches the head office meeting by its deadline refers the matter to its
 *       street's office meeting ({@link MatterDesk#referToOfficeMeeting}), unless the matter is no
 *       longer open for work or is there already.
 * </ul>
 *
 * <p>Each reaction is idempotent: an event seen twice (an outbox delivers at least once) changes
 * nothing the second time. Immutable and thread-safe when its desks and store are.
 */
public final class MatterEscalation {

  private final EscalationDesk ladder;
  private final EscalationCases cases;
  private final MatterDesk desk;
  private final Matters matters;
  private final ActorId actor;

  /** Creates the service from the parts a {@link Builder} holds; see {@link #builder()}. */
  private MatterEscalation(
      EscalationDesk ladder,
      EscalationCases cases,
      MatterDesk desk,
      Matters matters,
      ActorId actor) {
    this.ladder = Objects.requireNonNull(ladder, "ladder");
    this.cases = Objects.requireNonNull(cases, "cases");
    this.desk = Objects.requireNonNull(desk, "desk");
    this.matters = Objects.requireNonNull(matters, "matters");
    this.actor = Objects.requireNonNull(actor, "actor");
  }

  /**
   * Starts a builder: set {@code ladder}, {@code cases}, {@code desk}, {@code matters}, {@code
   * actor} (required); every other part has the default its setter names.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatterEscalation} from named parts. Not thread-safe; build once. */
  public static final class Builder {

    private EscalationDesk ladder;
    private EscalationCases cases;
    private MatterDesk desk;
    private Matters matters;
    private ActorId actor;

    private Builder() {}

    /**
     * Sets the escalation desk; required.
     *
     * @param ladder the value, not null
     * @return this builder
     */
    public Builder ladder(EscalationDesk ladder) {
      this.ladder = Objects.requireNonNull(ladder, "ladder");
      return this;
    }

    /**
     * Sets the cases it keeps, to find a matter's open case; required.
     *
     * @param cases the value, not null
     * @return this builder
     */
    public Builder cases(EscalationCases cases) {
      this.cases = Objects.requireNonNull(cases, "cases");
      return this;
    }

    /**
     * Sets the matter desk; required.
     *
     * @param desk the value, not null
     * @return this builder
     */
    public Builder desk(MatterDesk desk) {
      this.desk = Objects.requireNonNull(desk, "desk");
      return this;
    }

    /**
     * Sets the matters it works on; required.
     *
     * @param matters the value, not null
     * @return this builder
     */
    public Builder matters(Matters matters) {
      this.matters = Objects.requireNonNull(matters, "matters");
      return this;
    }

    /**
     * Sets who acts when the ladder refers a matter up (the scheduler's id); required.
     *
     * @param actor the value, not null
     * @return this builder
     */
    public Builder actor(ActorId actor) {
      this.actor = Objects.requireNonNull(actor, "actor");
      return this;
    }

    /**
     * Builds it.
     *
     * @return a new instance over the parts set
     * @throws NullPointerException naming the first required part not set
     */
    public MatterEscalation build() {
      return new MatterEscalation(ladder, cases, desk, matters, actor);
    }
  }

  /**
   * Returns the ladder's level of a handler.
   *
   * @param handler the handler, not null
   * @return {@link Level#HEAD_OFFICE_MEETING} for an office meeting, else {@link
   *     Level#COMMUNITY_OR_DEPARTMENT} (social organizations serve at the community's level)
   */
  public static Level levelOf(Handler handler) {
    return Objects.requireNonNull(handler, "handler").kind() == HandlerKind.OFFICE_MEETING
        ? Level.HEAD_OFFICE_MEETING
        : Level.COMMUNITY_OR_DEPARTMENT;
  }

  /**
   * Reacts to a matter event: opens, hands up or closes the matter's case.
   *
   * @param event the event, not null
   * @return the case event caused, or empty when nothing was to be done
   */
  public Optional<EscalationEvent> on(MatterEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof MatterDispatched d) {
      Level level = levelOf(d.handler());
      Optional<EscalationCase> open = openCase(d.matter());
      if (open.isEmpty()) {
        return Optional.of(ladder.open(d.matter(), level));
      }
      if (open.get().level().compareTo(level) < 0) {
        return Optional.of(ladder.handUp(open.get().id(), "dispatched to " + d.handler()));
      }
      return Optional.empty();
    }
    if (event instanceof MatterResolved r) {
      Optional<EscalationCase> open = openCase(r.matter());
      if (open.isPresent()) {
        try {
          return Optional.of(ladder.close(open.get().id(), r.note()));
        } catch (AffairsException e) {
          if (e.affairsError() != AffairsError.ESCALATION_CASE_CLOSED) {
            throw e;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reacts to a case that climbed the ladder: at the head office meeting, the matter is referred to
   * its street's office meeting.
   *
   * @param event the event, not null
   * @return the dispatch caused, or empty when nothing was to be done
   */
  public Optional<MatterDispatched> on(CaseEscalated event) {
    Objects.requireNonNull(event, "event");
    if (event.to() != Level.HEAD_OFFICE_MEETING) {
      return Optional.empty();
    }
    Optional<Matter> m = matters.find(event.matter());
    if (m.isEmpty()
        || m.get().handler().map(h -> h.kind() == HandlerKind.OFFICE_MEETING).orElse(false)) {
      return Optional.empty();
    }
    try {
      return Optional.of(desk.referToOfficeMeeting(event.matter(), actor));
    } catch (AffairsException e) {
      if (e.affairsError() == AffairsError.AFFAIRS_ILLEGAL_TRANSITION) {
        return Optional.empty(); // resolved, refused or not yet triaged: nothing to refer
      }
      throw e;
    }
  }

  private Optional<EscalationCase> openCase(MatterId matter) {
    return cases.open().stream().filter(c -> c.matter().equals(matter)).findFirst();
  }
}
