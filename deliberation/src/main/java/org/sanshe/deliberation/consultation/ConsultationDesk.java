package org.sanshe.deliberation.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.VoteId;

/**
 * The desk that runs consultations over a store, taking every command's time from the injected
 * clock and new ids from the injected source. Each command loads a fresh consultation, applies
 * itself (see {@link Consultation} for the rules and error codes) and stores the consultation at
 * the next version; a refused command changes nothing. It holds no lock.
 *
 * <p>Correct over any {@link Consultations} store, and with several servers sharing one. When
 * another writer stored the consultation first ({@code AFFAIRS_VERSION_CONFLICT}), the command is
 * run again on the newer state, up to {@value Optimistic#ATTEMPTS} times: every command here is
 * safe to re-run, because the consultation checks it again against what happened meanwhile (a
 * second acceptance is an illegal transition, a participant who joined meanwhile is a duplicate, an
 * objection ruled meanwhile is unknown; minutes and objections of two servers are both kept). Every
 * command also has an overload taking the version the caller saw (a portal's edit form, {@code
 * If-Match}): a consultation at another version is refused at once with {@code
 * AFFAIRS_VERSION_CONFLICT}, never re-run.
 *
 * <p><b>Acting party.</b> {@link #actingAs(ActorId)} returns a desk over the same stores whose
 * commands record who acts in their events (and a proposal's proposer in the snapshot); this desk
 * records {@link ActorId#UNRECORDED} unless created that way.
 *
 * <p>Immutable and thread-safe when its stores are.
 */
public final class ConsultationDesk {

  private final Consultations consultations;
  private final ConsultationRules rules;
  private final ConsultationFormCatalogue forms;
  private final Clock clock;
  private final Matters matters;
  private final IdSource ids;
  private final ActorId actor;

  /** Creates the desk from the parts a {@link Builder} holds; see {@link #builder}. */
  private ConsultationDesk(
      Consultations consultations,
      Matters matters,
      ConsultationRules rules,
      ConsultationFormCatalogue forms,
      Clock clock,
      IdSource ids) {
    this.matters = Objects.requireNonNull(matters, "matters");
    this.consultations = Objects.requireNonNull(consultations, "consultations");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.forms = Objects.requireNonNull(forms, "forms");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.actor = ActorId.UNRECORDED;
  }

  /**
   * Starts a desk with named parts, the way to build one without positional arguments:
   *
   * <pre>{@code
   * ConsultationDesk desk = ConsultationDesk.builder(consultations, matters)
   *     .rules(rules)                      // default: ConsultationRules.standard()
   *     .forms(forms)                      // default: ConsultationFormCatalogue.presets()
   *     .clock(clock)                      // default: the system clock in UTC
   *     .ids(IdSource.sequential("c-"))    // default: random UUIDs
   *     .build();
   * }</pre>
   *
   * @param consultations the store, not null
   * @param matters the recorded matters, to refuse consultations on matters that do not exist, not
   *     null
   * @return the builder
   */
  public static Builder builder(Consultations consultations, Matters matters) {
    return new Builder(consultations, matters);
  }

  /**
   * Builds a {@link ConsultationDesk}. The parts named by {@link ConsultationDesk#builder} are
   * required; every other part has the default its setter names. Not thread-safe; build once.
   */
  public static final class Builder {

    private final Consultations consultations;
    private final Matters matters;
    private ConsultationRules rules = ConsultationRules.standard();
    private ConsultationFormCatalogue forms = ConsultationFormCatalogue.presets();
    private Clock clock = Clock.systemUTC();
    private IdSource ids = IdSource.randomUuids();

    private Builder(Consultations consultations, Matters matters) {
      this.consultations = Objects.requireNonNull(consultations, "consultations");
      this.matters = Objects.requireNonNull(matters, "matters");
    }

    /**
     * Sets the rules for new consultations; default {@link ConsultationRules#standard()}.
     *
     * @param rules the value, not null
     * @return this builder
     */
    public Builder rules(ConsultationRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Sets the consultation forms the place holds; a proposal in a form not listed is refused with
     * {@code CATALOGUE_ENTRY_UNKNOWN}. Default {@link ConsultationFormCatalogue#presets()}.
     *
     * @param forms the value, not null
     * @return this builder
     */
    public Builder forms(ConsultationFormCatalogue forms) {
      this.forms = Objects.requireNonNull(forms, "forms");
      return this;
    }

    /**
     * Sets the clock stamping commands and events; default the system clock in UTC.
     *
     * @param clock the value, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of new consultation ids; default random UUIDs.
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
    public ConsultationDesk build() {
      return new ConsultationDesk(consultations, matters, rules, forms, clock, ids);
    }
  }

  private ConsultationDesk(ConsultationDesk desk, ActorId actor) {
    this.matters = desk.matters;
    this.consultations = desk.consultations;
    this.rules = desk.rules;
    this.forms = desk.forms;
    this.clock = desk.clock;
    this.ids = desk.ids;
    this.actor = actor;
  }

  /**
   * Returns a desk over the same stores, clock and ids whose commands record an acting party.
   *
   * @param actor who acts, not null
   * @return the desk
   */
  public ConsultationDesk actingAs(ActorId actor) {
    return new ConsultationDesk(this, Objects.requireNonNull(actor, "actor"));
  }

  /**
   * Returns who this desk's commands name as acting.
   *
   * @return the actor ({@link ActorId#UNRECORDED} for a desk not made by {@link #actingAs})
   */
  public ActorId actor() {
    return actor;
  }

  /**
   * Proposes a consultation under a new id.
   *
   * @param form the form, not null, listed in the desk's {@link ConsultationFormCatalogue}
   * @param topic the topic, not blank
   * @param matter the community matter it settles, or null
   * @return the event naming the new consultation
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK}, {@code AFFAIRS_ID_INVALID} or {@code
   *     AFFAIRS_MATTER_UNKNOWN} for a matter that was never recorded
   * @throws org.sanshe.core.error.SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} for a form
   *     the desk's catalogue does not list
   */
  public ConsultationEvent.Proposed propose(ConsultationForm form, String topic, MatterId matter) {
    forms.require(Objects.requireNonNull(form, "form"));
    if (matter != null && matters.find(matter).isEmpty()) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, matter);
    }
    Consultation c =
        Consultation.propose(
            ConsultationId.of(ids.nextId()), form, topic, matter, rules, actor, clock.instant());
    consultations.add(c);
    return c.proposed();
  }

  /**
   * Proposes a consultation in one of the former enum's forms.
   *
   * @param form the form, not null
   * @param topic the topic, not blank
   * @param matter the community matter it settles, or null
   * @return the event naming the new consultation
   * @deprecated use {@link #propose(ConsultationForm, String, MatterId)}
   */
  @Deprecated(forRemoval = true)
  public ConsultationEvent.Proposed propose(Form form, String topic, MatterId matter) {
    return propose(Objects.requireNonNull(form, "form").form(), topic, matter);
  }

  /**
   * Accepts a proposal.
   *
   * @param id the consultation, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#accept(Instant)}
   */
  public ConsultationEvent.StatusChanged accept(ConsultationId id) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.accept(now));
  }

  /**
   * Accepts a proposal, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #accept(ConsultationId)}
   */
  public ConsultationEvent.StatusChanged accept(ConsultationId id, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.accept(now));
  }

  /**
   * Rejects a proposal.
   *
   * @param id the consultation, not null
   * @param reason why, not blank
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#reject(String, Instant)}
   */
  public ConsultationEvent.StatusChanged reject(ConsultationId id, String reason) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.reject(reason, now));
  }

  /**
   * Rejects a proposal, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param reason why, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #reject(ConsultationId, String)}
   */
  public ConsultationEvent.StatusChanged reject(
      ConsultationId id, String reason, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.reject(reason, now));
  }

  /**
   * Withdraws a consultation before its decision.
   *
   * @param id the consultation, not null
   * @param reason why, not blank
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#withdraw(String, Instant)}
   */
  public ConsultationEvent.StatusChanged withdraw(ConsultationId id, String reason) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.withdraw(reason, now));
  }

  /**
   * Withdraws a consultation before its decision, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param reason why, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #withdraw(ConsultationId, String)}
   */
  public ConsultationEvent.StatusChanged withdraw(
      ConsultationId id, String reason, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.withdraw(reason, now));
  }

  /**
   * Publishes a consultation.
   *
   * @param id the consultation, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#publish(Instant)}
   */
  public ConsultationEvent.StatusChanged publish(ConsultationId id) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.publish(now));
  }

  /**
   * Publishes a consultation, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #publish(ConsultationId)}
   */
  public ConsultationEvent.StatusChanged publish(ConsultationId id, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.publish(now));
  }

  /**
   * Adds a participant.
   *
   * @param id the consultation, not null
   * @param participant the participant, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#join(Participant, Instant)}
   */
  public ConsultationEvent.ParticipantJoined join(ConsultationId id, Participant participant) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.join(participant, now));
  }

  /**
   * Adds a participant, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param participant the participant, not null
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #join(ConsultationId, Participant)}
   */
  public ConsultationEvent.ParticipantJoined join(
      ConsultationId id, Participant participant, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.join(participant, now));
  }

  /**
   * Starts deliberation.
   *
   * @param id the consultation, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#startDeliberation(Instant)}
   */
  public ConsultationEvent.StatusChanged startDeliberation(ConsultationId id) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.startDeliberation(now));
  }

  /**
   * Starts deliberation, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #startDeliberation(ConsultationId)}
   */
  public ConsultationEvent.StatusChanged startDeliberation(
      ConsultationId id, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.startDeliberation(now));
  }

  /**
   * Records minutes.
   *
   * @param id the consultation, not null
   * @param recorder the recorder's participant id, not null
   * @param text the minutes, not blank
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#recordMinutes(String, String, Instant)}
   */
  public ConsultationEvent.MinutesRecorded recordMinutes(
      ConsultationId id, String recorder, String text) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.recordMinutes(recorder, text, now));
  }

  /**
   * Records minutes, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param recorder the recorder's participant id, not null
   * @param text the minutes, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #recordMinutes(ConsultationId, String,
   *     String)}
   */
  public ConsultationEvent.MinutesRecorded recordMinutes(
      ConsultationId id, String recorder, String text, long expectedVersion) {
    return on(
        id, Optimistic.expected(expectedVersion), (c, now) -> c.recordMinutes(recorder, text, now));
  }

  /**
   * Records the decision, linked to its votes.
   *
   * @param id the consultation, not null
   * @param text the decision, not blank
   * @param votes the votes behind it, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#decide(String, List, Instant)}
   */
  public ConsultationEvent.DecisionRecorded decide(
      ConsultationId id, String text, List<VoteId> votes) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.decide(text, votes, now));
  }

  /**
   * Records the decision, linked to its votes, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param text the decision, not blank
   * @param votes the votes behind it, not null
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #decide(ConsultationId, String, List)}
   */
  public ConsultationEvent.DecisionRecorded decide(
      ConsultationId id, String text, List<VoteId> votes, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.decide(text, votes, now));
  }

  /**
   * Publicizes the decision.
   *
   * @param id the consultation, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#publicize(Instant)}
   */
  public ConsultationEvent.StatusChanged publicize(ConsultationId id) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.publicize(now));
  }

  /**
   * Publicizes the decision, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #publicize(ConsultationId)}
   */
  public ConsultationEvent.StatusChanged publicize(ConsultationId id, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.publicize(now));
  }

  /**
   * Raises an objection.
   *
   * @param id the consultation, not null
   * @param grounds why, not blank
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#object(String, Instant)}
   */
  public ConsultationEvent.ObjectionRaised object(ConsultationId id, String grounds) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.object(grounds, now));
  }

  /**
   * Raises an objection, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param grounds why, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #object(ConsultationId, String)}
   */
  public ConsultationEvent.ObjectionRaised object(
      ConsultationId id, String grounds, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.object(grounds, now));
  }

  /**
   * Rules on an objection.
   *
   * @param id the consultation, not null
   * @param number the objection's number
   * @param upheld whether it is upheld
   * @param reason the ruling's reason, not blank
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#ruleOnObjection(int, boolean, String, Instant)}
   */
  public ConsultationEvent.ObjectionRuled ruleOnObjection(
      ConsultationId id, int number, boolean upheld, String reason) {
    return on(
        id, Optimistic.ANY_VERSION, (c, now) -> c.ruleOnObjection(number, upheld, reason, now));
  }

  /**
   * Rules on an objection, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param number the objection's number
   * @param upheld whether it is upheld
   * @param reason the ruling's reason, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #ruleOnObjection(ConsultationId, int,
   *     boolean, String)}
   */
  public ConsultationEvent.ObjectionRuled ruleOnObjection(
      ConsultationId id, int number, boolean upheld, String reason, long expectedVersion) {
    return on(
        id,
        Optimistic.expected(expectedVersion),
        (c, now) -> c.ruleOnObjection(number, upheld, reason, now));
  }

  /**
   * Starts implementing.
   *
   * @param id the consultation, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#startImplementing(Instant)}
   */
  public ConsultationEvent.StatusChanged startImplementing(ConsultationId id) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.startImplementing(now));
  }

  /**
   * Starts implementing, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #startImplementing(ConsultationId)}
   */
  public ConsultationEvent.StatusChanged startImplementing(
      ConsultationId id, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.startImplementing(now));
  }

  /**
   * Records the review of the implementation.
   *
   * @param id the consultation, not null
   * @param summary what the review found, not blank
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_UNKNOWN} or as {@link
   *     Consultation#review(String, Instant)}
   */
  public ConsultationEvent.StatusChanged review(ConsultationId id, String summary) {
    return on(id, Optimistic.ANY_VERSION, (c, now) -> c.review(summary, now));
  }

  /**
   * Records the review of the implementation, if it is still at the version the caller saw.
   *
   * @param id the consultation, not null
   * @param summary what the review found, not blank
   * @param expectedVersion the version the caller saw, at least 1
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} if the consultation is at
   *     another version (nothing changes), or as {@link #review(ConsultationId, String)}
   */
  public ConsultationEvent.StatusChanged review(
      ConsultationId id, String summary, long expectedVersion) {
    return on(id, Optimistic.expected(expectedVersion), (c, now) -> c.review(summary, now));
  }

  private <E extends ConsultationEvent> E on(
      ConsultationId id, long expected, BiFunction<Consultation, Instant, E> command) {
    Objects.requireNonNull(id, "id");
    return Optimistic.run(
        Optimistic.CONSULTATION,
        id,
        expected,
        true,
        () ->
            consultations
                .find(id)
                .orElseThrow(() -> new AffairsException(AffairsError.CONSULTATION_UNKNOWN, id))
                .by(actor),
        Consultation::version,
        c -> command.apply(c, clock.instant()),
        consultations::update);
  }
}
