package org.sanshe.deliberation.consultation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterId;

/**
 * Something that happened to a consultation, in the past tense, naming who did it ({@link
 * #actor()}: {@link ActorId#UNRECORDED} when raised through a command that names nobody, and for
 * steps stored before actors were recorded). Implementations are immutable records nested here;
 * each keeps a constructor without the actor, for callers written before it existed.
 */
public sealed interface ConsultationEvent
    permits ConsultationEvent.Proposed,
        ConsultationEvent.StatusChanged,
        ConsultationEvent.ParticipantJoined,
        ConsultationEvent.MinutesRecorded,
        ConsultationEvent.DecisionRecorded,
        ConsultationEvent.ObjectionRaised,
        ConsultationEvent.ObjectionRuled {

  /**
   * Returns the consultation.
   *
   * @return its id
   */
  ConsultationId consultation();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns who did it.
   *
   * @return the acting party
   */
  ActorId actor();

  /**
   * A consultation was proposed.
   *
   * @param consultation the consultation
   * @param form its form
   * @param topic its topic
   * @param matter the community matter it settles, or null
   * @param actor who did it
   * @param at when
   */
  record Proposed(
      ConsultationId consultation,
      ConsultationForm form,
      String topic,
      MatterId matter,
      ActorId actor,
      Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component other than matter is null
     */
    public Proposed {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Creates the event naming no actor ({@link ActorId#UNRECORDED}).
     *
     * @param consultation as the record component
     * @param form as the record component
     * @param topic as the record component
     * @param matter as the record component
     * @param at when
     */
    public Proposed(
        ConsultationId consultation,
        ConsultationForm form,
        String topic,
        MatterId matter,
        Instant at) {
      this(consultation, form, topic, matter, ActorId.UNRECORDED, at);
    }

    /**
     * Returns the matter.
     *
     * @return the matter, or empty
     */
    public Optional<MatterId> matterId() {
      return Optional.ofNullable(matter);
    }
  }

  /**
   * A consultation moved from one status to another.
   *
   * @param consultation the consultation
   * @param from the status before
   * @param to the status after
   * @param note the reason given, empty when none
   * @param actor who did it
   * @param at when
   */
  record StatusChanged(
      ConsultationId consultation, Status from, Status to, String note, ActorId actor, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public StatusChanged {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Creates the event naming no actor ({@link ActorId#UNRECORDED}).
     *
     * @param consultation as the record component
     * @param from as the record component
     * @param to as the record component
     * @param note as the record component
     * @param at when
     */
    public StatusChanged(
        ConsultationId consultation, Status from, Status to, String note, Instant at) {
      this(consultation, from, to, note, ActorId.UNRECORDED, at);
    }
  }

  /**
   * A participant joined.
   *
   * @param consultation the consultation
   * @param participant who
   * @param actor who did it
   * @param at when
   */
  record ParticipantJoined(
      ConsultationId consultation, Participant participant, ActorId actor, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ParticipantJoined {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Creates the event naming no actor ({@link ActorId#UNRECORDED}).
     *
     * @param consultation as the record component
     * @param participant as the record component
     * @param at when
     */
    public ParticipantJoined(ConsultationId consultation, Participant participant, Instant at) {
      this(consultation, participant, ActorId.UNRECORDED, at);
    }
  }

  /**
   * Minutes were recorded.
   *
   * @param consultation the consultation
   * @param minutes the minutes
   * @param actor who did it
   * @param at when
   */
  record MinutesRecorded(ConsultationId consultation, Minutes minutes, ActorId actor, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public MinutesRecorded {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(minutes, "minutes");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Creates the event naming no actor ({@link ActorId#UNRECORDED}).
     *
     * @param consultation as the record component
     * @param minutes as the record component
     * @param at when
     */
    public MinutesRecorded(ConsultationId consultation, Minutes minutes, Instant at) {
      this(consultation, minutes, ActorId.UNRECORDED, at);
    }
  }

  /**
   * A decision was recorded.
   *
   * @param consultation the consultation
   * @param decision the decision with its votes
   * @param actor who did it
   * @param at when
   */
  record DecisionRecorded(
      ConsultationId consultation, ConsultationDecision decision, ActorId actor, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionRecorded {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Creates the event naming no actor ({@link ActorId#UNRECORDED}).
     *
     * @param consultation as the record component
     * @param decision as the record component
     * @param at when
     */
    public DecisionRecorded(
        ConsultationId consultation, ConsultationDecision decision, Instant at) {
      this(consultation, decision, ActorId.UNRECORDED, at);
    }
  }

  /**
   * An objection was raised during publicity.
   *
   * @param consultation the consultation
   * @param number the objection's number
   * @param actor who did it
   * @param at when
   */
  record ObjectionRaised(ConsultationId consultation, int number, ActorId actor, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ObjectionRaised {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Creates the event naming no actor ({@link ActorId#UNRECORDED}).
     *
     * @param consultation as the record component
     * @param number as the record component
     * @param at when
     */
    public ObjectionRaised(ConsultationId consultation, int number, Instant at) {
      this(consultation, number, ActorId.UNRECORDED, at);
    }
  }

  /**
   * An objection was ruled on.
   *
   * @param consultation the consultation
   * @param number the objection's number
   * @param upheld true when upheld (the decision went back to deliberation)
   * @param reason the ruling's reason
   * @param actor who did it
   * @param at when
   */
  record ObjectionRuled(
      ConsultationId consultation,
      int number,
      boolean upheld,
      String reason,
      ActorId actor,
      Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ObjectionRuled {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Creates the event naming no actor ({@link ActorId#UNRECORDED}).
     *
     * @param consultation as the record component
     * @param number as the record component
     * @param upheld as the record component
     * @param reason as the record component
     * @param at when
     */
    public ObjectionRuled(
        ConsultationId consultation, int number, boolean upheld, String reason, Instant at) {
      this(consultation, number, upheld, reason, ActorId.UNRECORDED, at);
    }
  }
}
