package org.sanshe.deliberation.consultation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.MatterId;

/**
 * Something that happened to a consultation, in the past tense. Implementations are immutable
 * records nested here.
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
   * A consultation was proposed.
   *
   * @param consultation the consultation
   * @param form its form
   * @param topic its topic
   * @param matter the community matter it settles, or null
   * @param at when
   */
  record Proposed(ConsultationId consultation, Form form, String topic, MatterId matter, Instant at)
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
      Objects.requireNonNull(at, "at");
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
   * @param at when
   */
  record StatusChanged(ConsultationId consultation, Status from, Status to, String note, Instant at)
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
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A participant joined.
   *
   * @param consultation the consultation
   * @param participant who
   * @param at when
   */
  record ParticipantJoined(ConsultationId consultation, Participant participant, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ParticipantJoined {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Minutes were recorded.
   *
   * @param consultation the consultation
   * @param minutes the minutes
   * @param at when
   */
  record MinutesRecorded(ConsultationId consultation, Minutes minutes, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public MinutesRecorded {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(minutes, "minutes");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A decision was recorded.
   *
   * @param consultation the consultation
   * @param decision the decision with its votes
   * @param at when
   */
  record DecisionRecorded(ConsultationId consultation, ConsultationDecision decision, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionRecorded {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An objection was raised during publicity.
   *
   * @param consultation the consultation
   * @param number the objection's number
   * @param at when
   */
  record ObjectionRaised(ConsultationId consultation, int number, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ObjectionRaised {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An objection was ruled on.
   *
   * @param consultation the consultation
   * @param number the objection's number
   * @param upheld true when upheld (the decision went back to deliberation)
   * @param reason the ruling's reason
   * @param at when
   */
  record ObjectionRuled(
      ConsultationId consultation, int number, boolean upheld, String reason, Instant at)
      implements ConsultationEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ObjectionRuled {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(at, "at");
    }
  }
}
