package org.sanshe.deliberation.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.VoteId;

/**
 * A community consultation (社区协商) through its lifecycle: proposed, accepted, published,
 * deliberating, decided, publicized for a period (objections possible: an upheld objection sends it
 * back to deliberating), implementing, reviewed; or rejected or withdrawn. Transitions are those of
 * {@link Status#canMoveTo(Status)}; any other is refused with {@code
 * CONSULTATION_ILLEGAL_TRANSITION}. Deliberation starts only when every party its form requires has
 * joined. Decisions link to votes by id.
 *
 * <p>An aggregate: mutable, not thread-safe (each thread works on its own instance, as a store's
 * {@code find} hands out). Every command takes the current time (from the caller's injected clock),
 * which must not go backwards, checks everything before changing anything and returns the event it
 * recorded, which {@link #pendingEvents()} also lists until the consultation is stored; {@link
 * #statusChanges()} is the durable history of its status. {@link #version()} is the stored version
 * it was read at (0 for a new one); {@link #snapshot()} and {@link #restore(ConsultationSnapshot)}
 * carry the state to and from a store.
 */
public final class Consultation {

  private final ConsultationId id;
  private final ConsultationForm form;
  private final String topic;
  private final MatterId matter;
  private final ConsultationRules rules;
  private final Map<String, Participant> participants = new LinkedHashMap<>();
  private final List<Minutes> minutes = new ArrayList<>();
  private final List<ConsultationDecision> supersededDecisions = new ArrayList<>();
  private final List<Objection> objections = new ArrayList<>();
  private final List<ConsultationEvent.StatusChanged> statusChanges = new ArrayList<>();
  private final List<ConsultationEvent> pending = new ArrayList<>();
  private final Instant proposedAt;
  private final long version;
  private Status status = Status.PROPOSED;
  private ConsultationDecision decision;
  private Instant publicityEnds;
  private ActorId proposedBy = ActorId.UNRECORDED;
  private ActorId acting = ActorId.UNRECORDED;
  private Instant lastTime;

  private Consultation(
      ConsultationId id,
      ConsultationForm form,
      String topic,
      MatterId matter,
      ConsultationRules rules,
      Instant now,
      long version) {
    this.id = id;
    this.form = form;
    this.topic = topic;
    this.matter = matter;
    this.rules = rules;
    this.lastTime = now;
    this.proposedAt = now;
    this.version = version;
  }

  /**
   * Proposes a consultation.
   *
   * @param id the id, not null
   * @param form the form, not null
   * @param topic what it is about, not blank
   * @param matter the community matter it settles, or null
   * @param rules the rules in force, not null
   * @param now the current time, not null
   * @return the consultation, proposed
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK}
   */
  public static Consultation propose(
      ConsultationId id,
      ConsultationForm form,
      String topic,
      MatterId matter,
      ConsultationRules rules,
      Instant now) {
    return propose(id, form, topic, matter, rules, ActorId.UNRECORDED, now);
  }

  /**
   * Proposes a consultation, naming who proposes it; the proposer also acts in the commands that
   * follow on this instance until {@link #by(ActorId)} names another.
   *
   * @param id the id, not null
   * @param form the form, not null
   * @param topic what it is about, not blank
   * @param matter the community matter it settles, or null
   * @param rules the rules in force, not null
   * @param actor who proposes it, not null
   * @param now the current time, not null
   * @return the consultation, proposed
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK}
   */
  public static Consultation propose(
      ConsultationId id,
      ConsultationForm form,
      String topic,
      MatterId matter,
      ConsultationRules rules,
      ActorId actor,
      Instant now) {
    Objects.requireNonNull(actor, "actor");
    Consultation c =
        new Consultation(
            Objects.requireNonNull(id, "id"),
            Objects.requireNonNull(form, "form"),
            Checks.text(topic, "topic"),
            matter,
            Objects.requireNonNull(rules, "rules"),
            PlausibleTime.notAfter(
                Objects.requireNonNull(now, "now"), NOW, PlausibleTime.LATEST_INSTANT),
            0);
    c.proposedBy = actor;
    c.acting = actor;
    c.pending.add(c.proposed());
    return c;
  }

  /**
   * Proposes a consultation in one of the former enum's forms.
   *
   * @param id the id, not null
   * @param form the form, not null
   * @param topic what it is about, not blank
   * @param matter the community matter it settles, or null
   * @param rules the rules in force, not null
   * @param now the current time, not null
   * @return the consultation, proposed
   * @deprecated use {@link #propose(ConsultationId, ConsultationForm, String, MatterId,
   *     ConsultationRules, Instant)}
   */
  @Deprecated(forRemoval = true)
  public static Consultation propose(
      ConsultationId id,
      Form form,
      String topic,
      MatterId matter,
      ConsultationRules rules,
      Instant now) {
    return propose(id, Objects.requireNonNull(form, "form").form(), topic, matter, rules, now);
  }

  /**
   * Proposes a consultation in one of the former enum's forms, naming who proposes it.
   *
   * @param id the id, not null
   * @param form the form, not null
   * @param topic what it is about, not blank
   * @param matter the community matter it settles, or null
   * @param rules the rules in force, not null
   * @param actor who proposes it, not null
   * @param now the current time, not null
   * @return the consultation, proposed
   * @deprecated use {@link #propose(ConsultationId, ConsultationForm, String, MatterId,
   *     ConsultationRules, ActorId, Instant)}
   */
  @Deprecated(forRemoval = true)
  public static Consultation propose(
      ConsultationId id,
      Form form,
      String topic,
      MatterId matter,
      ConsultationRules rules,
      ActorId actor,
      Instant now) {
    return propose(
        id, Objects.requireNonNull(form, "form").form(), topic, matter, rules, actor, now);
  }

  /**
   * Names who acts in the commands that follow on this instance (each event they raise records it),
   * until named again; a restored instance acts as {@link ActorId#UNRECORDED} until named. A desk
   * names the actor on the fresh instance it loads for each command.
   *
   * @param actor the acting party, not null
   * @return this consultation
   */
  public Consultation by(ActorId actor) {
    this.acting = Objects.requireNonNull(actor, "actor");
    return this;
  }

  /**
   * Returns who proposed this consultation.
   *
   * @return the proposer ({@link ActorId#UNRECORDED} if not recorded)
   */
  public ActorId proposedBy() {
    return proposedBy;
  }

  /**
   * Returns the event stating that this consultation was proposed.
   *
   * @return the event
   */
  public ConsultationEvent.Proposed proposed() {
    return new ConsultationEvent.Proposed(id, form, topic, matter, proposedBy, proposedAt);
  }

  /**
   * Rebuilds a consultation from a snapshot, checking every rule the commands guarantee: the status
   * history is a chain of legal transitions from proposed to the status, times never go backwards,
   * a decision is in force exactly from decided to reviewed, publicity ends are set exactly from
   * publicized on, objections are numbered from 1 and pending only while publicized, one decision
   * was superseded per upheld objection, participants are unique, and a consultation that reached
   * deliberation has every party its form requires.
   *
   * @param s the snapshot, not null
   * @return the consultation at the snapshot's version, with no pending events
   * @throws AffairsException with {@code AFFAIRS_SNAPSHOT_INVALID} naming the rule broken
   */
  public static Consultation restore(ConsultationSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null
        || s.form() == null
        || s.topic() == null
        || s.rules() == null
        || s.proposedAt() == null
        || s.status() == null
        || s.lastTime() == null) {
      throw invalid(
          "id, form, topic, rules, proposal time, status and last time are required",
          "须有编号、形式、议题、规则、提出时间、状态和最后时间");
    }
    if (s.version() < 0) {
      throw invalid("the version is not negative", "版本号不为负");
    }
    String topic;
    try {
      topic = Checks.text(s.topic(), "topic");
    } catch (RuntimeException e) {
      throw invalid("the topic is a non-blank text", "议题为非空文本");
    }
    Status at = Status.PROPOSED;
    Instant time = s.proposedAt();
    boolean deliberated = false;
    for (ConsultationEvent.StatusChanged change : s.statusChanges()) {
      if (change == null
          || !change.consultation().equals(s.id())
          || change.from() != at
          || !at.canMoveTo(change.to())) {
        throw invalid("the status history is a chain of legal transitions", "状态历史为一串合法的状态变更");
      }
      if (change.at().isBefore(time)) {
        throw invalid("times never go backwards", "时间不倒退");
      }
      deliberated |= change.to() == Status.DELIBERATING;
      at = change.to();
      time = change.at();
    }
    if (at != s.status()) {
      throw invalid("the status is the one its history leads to", "状态与状态历史一致");
    }
    boolean decided =
        EnumSet.of(Status.DECIDED, Status.PUBLICIZED, Status.IMPLEMENTING, Status.REVIEWED)
            .contains(s.status());
    boolean publicized =
        EnumSet.of(Status.PUBLICIZED, Status.IMPLEMENTING, Status.REVIEWED).contains(s.status());
    if (decided != (s.decision() != null) || publicized != (s.publicityEnds() != null)) {
      throw invalid(
          "a decision is in force from decided to reviewed, publicized from publicized on",
          "决定自作出至评议有效，公示期自公示起设定");
    }
    int upheld = 0;
    for (int i = 0; i < s.objections().size(); i++) {
      Objection o = s.objections().get(i);
      if (o == null
          || o.number() != i + 1
          || (o.outcome() == Objection.Outcome.PENDING) != (o.ruledAt() == null)
          || (o.outcome() == Objection.Outcome.PENDING && s.status() != Status.PUBLICIZED)) {
        throw invalid(
            "objections are numbered from 1 and pending only while publicized",
            "异议自 1 编号，仅在公示期间待决");
      }
      upheld += o.outcome() == Objection.Outcome.UPHELD ? 1 : 0;
    }
    if (upheld != s.supersededDecisions().size()) {
      throw invalid("one decision is superseded per upheld objection", "每项被支持的异议撤回一项决定");
    }
    Set<String> ids = new java.util.HashSet<>();
    Set<Party> present = EnumSet.noneOf(Party.class);
    for (Participant p : s.participants()) {
      if (p == null || !ids.add(p.id())) {
        throw invalid("participants are unique", "参与者不重复");
      }
      present.add(p.party());
    }
    if (deliberated && !present.containsAll(s.rules().required(s.form()))) {
      throw invalid("deliberation starts only with every required party", "所需各方到齐方可开始协商");
    }
    if (!s.minutes().isEmpty() && !deliberated) {
      throw invalid("minutes are recorded while deliberating", "会议纪要仅在协商期间记录");
    }
    if (s.lastTime().isBefore(time)) {
      throw invalid("the last time is not before the last change", "最后时间不早于最后一次变更");
    }
    Consultation c =
        new Consultation(
            s.id(), s.form(), topic, s.matter(), s.rules(), s.proposedAt(), s.version());
    c.status = s.status();
    c.statusChanges.addAll(s.statusChanges());
    s.participants().forEach(p -> c.participants.put(p.id(), p));
    c.minutes.addAll(s.minutes());
    c.decision = s.decision();
    c.supersededDecisions.addAll(s.supersededDecisions());
    c.objections.addAll(s.objections());
    c.publicityEnds = s.publicityEnds();
    c.proposedBy = s.proposedBy();
    c.lastTime = s.lastTime();
    return c;
  }

  private static final Wording KIND = Wording.of("consultation", "协商");

  private static AffairsException invalid(String rule, String ruleZh) {
    return new AffairsException(
        AffairsError.AFFAIRS_SNAPSHOT_INVALID, KIND, Wording.of(rule, ruleZh));
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot, at this instance's version
   */
  public ConsultationSnapshot snapshot() {
    return new ConsultationSnapshot(
        id,
        version,
        form,
        topic,
        matter,
        rules,
        proposedAt,
        status,
        statusChanges,
        List.copyOf(participants.values()),
        minutes,
        decision,
        supersededDecisions,
        objections,
        publicityEnds,
        lastTime,
        proposedBy);
  }

  /**
   * Returns the stored version this instance was read at.
   *
   * @return the version, 0 for a consultation never stored
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since this instance was created or restored, oldest first.
   *
   * @return an unmodifiable copy
   */
  public List<ConsultationEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  /**
   * Returns every status change, oldest first: the durable history of the consultation's status,
   * with the notes given (a rejection's reason, a review's summary).
   *
   * @return an unmodifiable copy
   */
  public List<ConsultationEvent.StatusChanged> statusChanges() {
    return List.copyOf(statusChanges);
  }

  /**
   * Returns when the consultation was proposed.
   *
   * @return the instant
   */
  public Instant proposedAt() {
    return proposedAt;
  }

  private static final Wording NOW = Wording.of("The current time", "当前时间");

  /**
   * Accepts the proposal onto the agenda.
   *
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION} or {@code
   *     AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged accept(Instant now) {
    return move(Status.ACCEPTED, "", now);
  }

  /**
   * Rejects the proposal.
   *
   * @param reason why, not blank
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION}, {@code
   *     AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged reject(String reason, Instant now) {
    return move(Status.REJECTED, Checks.text(reason, "reason"), now);
  }

  /**
   * Withdraws the consultation before a decision.
   *
   * @param reason why, not blank
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION}, {@code
   *     AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged withdraw(String reason, Instant now) {
    return move(Status.WITHDRAWN, Checks.text(reason, "reason"), now);
  }

  /**
   * Notifies and publishes the consultation.
   *
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION} or {@code
   *     AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged publish(Instant now) {
    return move(Status.PUBLISHED, "", now);
  }

  /**
   * Adds a participant; allowed until a decision is taken.
   *
   * @param participant the participant, not null
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_PARTICIPATION_CLOSED}, {@code
   *     CONSULTATION_PARTICIPANT_DUPLICATE} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.ParticipantJoined join(Participant participant, Instant now) {
    Objects.requireNonNull(participant, "participant");
    checkTime(now);
    if (status.compareTo(Status.DELIBERATING) > 0) {
      throw new AffairsException(AffairsError.CONSULTATION_PARTICIPATION_CLOSED, id, status);
    }
    if (participants.containsKey(participant.id())) {
      throw new AffairsException(
          AffairsError.CONSULTATION_PARTICIPANT_DUPLICATE, id, participant.id());
    }
    participants.put(participant.id(), participant);
    lastTime = now;
    return record(new ConsultationEvent.ParticipantJoined(id, participant, acting, now));
  }

  /**
   * Starts deliberation of a published consultation, once every party the form requires has joined.
   * (A publicized decision returns to deliberating only through {@link #ruleOnObjection(int,
   * boolean, String, Instant)}.)
   *
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION}, {@code
   *     CONSULTATION_REQUIRED_PARTY_MISSING} (naming the missing parties) or {@code
   *     AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged startDeliberation(Instant now) {
    checkTransition(Status.DELIBERATING, now);
    if (status != Status.PUBLISHED) {
      // A publicized decision goes back to deliberating only through an upheld objection.
      throw new AffairsException(
          AffairsError.CONSULTATION_ILLEGAL_TRANSITION, id, status, Status.DELIBERATING);
    }
    Set<Party> missing = missingParties();
    if (!missing.isEmpty()) {
      throw new AffairsException(
          AffairsError.CONSULTATION_REQUIRED_PARTY_MISSING, id, form, missing);
    }
    return move(Status.DELIBERATING, "", now);
  }

  /**
   * Records minutes; only while deliberating.
   *
   * @param recorder the participant id of the recorder, not null
   * @param text the minutes, not blank
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_MINUTES_NOT_ALLOWED}, {@code
   *     AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.MinutesRecorded recordMinutes(
      String recorder, String text, Instant now) {
    checkTime(now);
    Minutes m = new Minutes(recorder, text, now);
    if (status != Status.DELIBERATING) {
      throw new AffairsException(AffairsError.CONSULTATION_MINUTES_NOT_ALLOWED, id, status);
    }
    minutes.add(m);
    lastTime = now;
    return record(new ConsultationEvent.MinutesRecorded(id, m, acting, now));
  }

  /**
   * Records the decision, linked to the votes behind it.
   *
   * @param text the decision, not blank
   * @param votes the votes that carried it, by id (may be empty for consensus), not null
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION}, {@code
   *     AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.DecisionRecorded decide(String text, List<VoteId> votes, Instant now) {
    checkTransition(Status.DECIDED, now);
    ConsultationDecision d = new ConsultationDecision(text, votes, now);
    move(Status.DECIDED, "", now);
    decision = d;
    return record(new ConsultationEvent.DecisionRecorded(id, d, acting, now));
  }

  /**
   * Publicizes the decision for the configured period, from now.
   *
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION} or {@code
   *     AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged publicize(Instant now) {
    checkTransition(Status.PUBLICIZED, now);
    Instant ends = now.plus(rules.publicity());
    ConsultationEvent.StatusChanged event = move(Status.PUBLICIZED, "until " + ends, now);
    publicityEnds = ends;
    return event;
  }

  /**
   * Raises an objection while the decision is publicized.
   *
   * @param grounds why, not blank
   * @param now the current time, not null, before the publicity ends
   * @return the event, with the objection's number
   * @throws AffairsException with {@code CONSULTATION_OUTSIDE_PUBLICITY}, {@code
   *     AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.ObjectionRaised object(String grounds, Instant now) {
    checkTime(now);
    if (status != Status.PUBLICIZED || !now.isBefore(publicityEnds)) {
      throw new AffairsException(
          AffairsError.CONSULTATION_OUTSIDE_PUBLICITY,
          id,
          publicityEnds == null
              ? status
              : Wording.of("until " + publicityEnds, "截至 " + publicityEnds));
    }
    Objection o =
        new Objection(objections.size() + 1, grounds, now, Objection.Outcome.PENDING, "", null);
    objections.add(o);
    lastTime = now;
    return record(new ConsultationEvent.ObjectionRaised(id, o.number(), acting, now));
  }

  /**
   * Rules on a pending objection. An upheld one sends the consultation back to deliberating: the
   * decision is superseded and the other pending objections become moot.
   *
   * @param number the objection's number, from 1
   * @param upheld whether it is upheld
   * @param reason the ruling's reason, not blank
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_OBJECTION_UNKNOWN}, {@code
   *     AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.ObjectionRuled ruleOnObjection(
      int number, boolean upheld, String reason, Instant now) {
    checkTime(now);
    String why = Checks.text(reason, "reason");
    if (status != Status.PUBLICIZED
        || number < 1
        || number > objections.size()
        || objections.get(number - 1).outcome() != Objection.Outcome.PENDING) {
      throw new AffairsException(AffairsError.CONSULTATION_OBJECTION_UNKNOWN, id, number);
    }
    if (upheld) {
      for (int i = 0; i < objections.size(); i++) {
        Objection o = objections.get(i);
        if (i == number - 1) {
          objections.set(i, o.ruled(Objection.Outcome.UPHELD, why, now));
        } else if (o.outcome() == Objection.Outcome.PENDING) {
          objections.set(
              i, o.ruled(Objection.Outcome.MOOT, "objection " + number + " upheld", now));
        }
      }
      ConsultationEvent.ObjectionRuled event =
          record(new ConsultationEvent.ObjectionRuled(id, number, true, why, acting, now));
      move(Status.DELIBERATING, "objection " + number + " upheld", now);
      supersededDecisions.add(decision);
      decision = null;
      publicityEnds = null;
      return event;
    }
    objections.set(
        number - 1, objections.get(number - 1).ruled(Objection.Outcome.DISMISSED, why, now));
    lastTime = now;
    return record(new ConsultationEvent.ObjectionRuled(id, number, false, why, acting, now));
  }

  /**
   * Starts implementing, once the publicity period is over and no objection is pending.
   *
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION}, {@code
   *     CONSULTATION_PUBLICITY_NOT_OVER}, {@code CONSULTATION_OBJECTIONS_PENDING} or {@code
   *     AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged startImplementing(Instant now) {
    checkTransition(Status.IMPLEMENTING, now);
    if (now.isBefore(publicityEnds)) {
      throw new AffairsException(AffairsError.CONSULTATION_PUBLICITY_NOT_OVER, id, publicityEnds);
    }
    long pending =
        objections.stream().filter(o -> o.outcome() == Objection.Outcome.PENDING).count();
    if (pending > 0) {
      throw new AffairsException(AffairsError.CONSULTATION_OBJECTIONS_PENDING, id, pending);
    }
    return move(Status.IMPLEMENTING, "", now);
  }

  /**
   * Records the review of the implementation (feedback and supervision).
   *
   * @param summary what the review found, not blank
   * @param now the current time, not null
   * @return the event
   * @throws AffairsException with {@code CONSULTATION_ILLEGAL_TRANSITION}, {@code
   *     AFFAIRS_TEXT_BLANK} or {@code AFFAIRS_TIME_BEFORE_LAST}
   */
  public ConsultationEvent.StatusChanged review(String summary, Instant now) {
    return move(Status.REVIEWED, Checks.text(summary, "summary"), now);
  }

  private void checkTime(Instant now) {
    Objects.requireNonNull(now, "now");
    PlausibleTime.notAfter(now, NOW, PlausibleTime.LATEST_INSTANT);
    if (now.isBefore(lastTime)) {
      throw new AffairsException(AffairsError.AFFAIRS_TIME_BEFORE_LAST, now, lastTime);
    }
  }

  private void checkTransition(Status target, Instant now) {
    checkTime(now);
    if (!status.canMoveTo(target)) {
      throw new AffairsException(AffairsError.CONSULTATION_ILLEGAL_TRANSITION, id, status, target);
    }
  }

  private ConsultationEvent.StatusChanged move(Status target, String note, Instant now) {
    checkTransition(target, now);
    Status from = status;
    status = target;
    lastTime = now;
    ConsultationEvent.StatusChanged change =
        new ConsultationEvent.StatusChanged(id, from, target, note, acting, now);
    statusChanges.add(change);
    return record(change);
  }

  private <E extends ConsultationEvent> E record(E event) {
    pending.add(event);
    return event;
  }

  /**
   * Returns the parties the form requires that have not joined.
   *
   * @return an unmodifiable set, empty when all are present
   */
  public Set<Party> missingParties() {
    Set<Party> missing = EnumSet.noneOf(Party.class);
    missing.addAll(rules.required(form));
    participants.values().forEach(p -> missing.remove(p.party()));
    return Set.copyOf(missing);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ConsultationId id() {
    return id;
  }

  /**
   * Returns the form.
   *
   * @return the form
   */
  public ConsultationForm form() {
    return form;
  }

  /**
   * Returns the topic.
   *
   * @return the topic
   */
  public String topic() {
    return topic;
  }

  /**
   * Returns the community matter this consultation settles.
   *
   * @return the matter, or empty
   */
  public Optional<MatterId> matter() {
    return Optional.ofNullable(matter);
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the participants in joining order.
   *
   * @return an unmodifiable list
   */
  public List<Participant> participants() {
    return List.copyOf(participants.values());
  }

  /**
   * Returns the minutes, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<Minutes> minutes() {
    return List.copyOf(minutes);
  }

  /**
   * Returns the decision in force.
   *
   * @return the decision, or empty before one or after an upheld objection
   */
  public Optional<ConsultationDecision> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * Returns decisions sent back by upheld objections, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<ConsultationDecision> supersededDecisions() {
    return List.copyOf(supersededDecisions);
  }

  /**
   * Returns the objections, by number.
   *
   * @return an unmodifiable list
   */
  public List<Objection> objections() {
    return List.copyOf(objections);
  }

  /**
   * Returns when the current publicity period ends.
   *
   * @return the end, or empty when not publicized
   */
  public Optional<Instant> publicityEnds() {
    return Optional.ofNullable(publicityEnds);
  }

  @Override
  public String toString() {
    return "Consultation[" + id + ", " + form + ", " + status + "]";
  }
}
