package org.sanshe.deliberation.consultation;

import java.time.Instant;
import java.util.List;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterId;

/**
 * The complete state of a {@link Consultation} as plain data, for stores and JSON: {@link
 * Consultation#snapshot()} writes it, {@link Consultation#restore(ConsultationSnapshot)} checks and
 * reads it. Null lists read as empty. Immutable.
 *
 * @param id the consultation's id
 * @param version the stored version (0 if never stored)
 * @param form the form
 * @param topic what it is about
 * @param matter the community matter it settles, or null
 * @param rules the rules in force
 * @param proposedAt when it was proposed
 * @param status the status
 * @param statusChanges every status change, oldest first (with its note: a rejection's reason, a
 *     review's summary)
 * @param participants the participants in joining order
 * @param minutes the minutes, oldest first
 * @param decision the decision in force, or null
 * @param supersededDecisions decisions sent back by upheld objections, oldest first
 * @param objections the objections, by number
 * @param publicityEnds when the current publicity period ends, or null
 * @param lastTime the latest time a command was given (times never go backwards)
 * @param proposedBy who proposed it (null reads as {@link ActorId#UNRECORDED}, as stored before
 *     actors were recorded)
 */
public record ConsultationSnapshot(
    ConsultationId id,
    long version,
    ConsultationForm form,
    String topic,
    MatterId matter,
    ConsultationRules rules,
    Instant proposedAt,
    Status status,
    List<ConsultationEvent.StatusChanged> statusChanges,
    List<Participant> participants,
    List<Minutes> minutes,
    ConsultationDecision decision,
    List<ConsultationDecision> supersededDecisions,
    List<Objection> objections,
    Instant publicityEnds,
    Instant lastTime,
    ActorId proposedBy) {

  /** Copies the lists, reading null as empty and a null proposer as unrecorded. */
  public ConsultationSnapshot {
    proposedBy = proposedBy == null ? ActorId.UNRECORDED : proposedBy;
    statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
    participants = participants == null ? List.of() : List.copyOf(participants);
    minutes = minutes == null ? List.of() : List.copyOf(minutes);
    supersededDecisions =
        supersededDecisions == null ? List.of() : List.copyOf(supersededDecisions);
    objections = objections == null ? List.of() : List.copyOf(objections);
  }

  /**
   * Returns this snapshot at another version (what a store does when it writes it).
   *
   * @param newVersion the version
   * @return the copy
   */
  public ConsultationSnapshot withVersion(long newVersion) {
    return new ConsultationSnapshot(
        id,
        newVersion,
        form,
        topic,
        matter,
        rules,
        proposedAt,
        status,
        statusChanges,
        participants,
        minutes,
        decision,
        supersededDecisions,
        objections,
        publicityEnds,
        lastTime,
        proposedBy);
  }

  /**
   * Returns the snapshot of a consultation whose proposer was not recorded.
   *
   * @param id the consultation's id
   * @param version the stored version (0 if never stored)
   * @param form the form
   * @param topic what it is about
   * @param matter the community matter it settles, or null
   * @param rules the rules in force
   * @param proposedAt when it was proposed
   * @param status the status
   * @param statusChanges every status change, oldest first
   * @param participants the participants in joining order
   * @param minutes the minutes, oldest first
   * @param decision the decision in force, or null
   * @param supersededDecisions decisions sent back by upheld objections, oldest first
   * @param objections the objections, by number
   * @param publicityEnds when the current publicity period ends, or null
   * @param lastTime the latest time a command was given
   */
  public ConsultationSnapshot(
      ConsultationId id,
      long version,
      ConsultationForm form,
      String topic,
      MatterId matter,
      ConsultationRules rules,
      Instant proposedAt,
      Status status,
      List<ConsultationEvent.StatusChanged> statusChanges,
      List<Participant> participants,
      List<Minutes> minutes,
      ConsultationDecision decision,
      List<ConsultationDecision> supersededDecisions,
      List<Objection> objections,
      Instant publicityEnds,
      Instant lastTime) {
    this(
        id,
        version,
        form,
        topic,
        matter,
        rules,
        proposedAt,
        status,
        statusChanges,
        participants,
        minutes,
        decision,
        supersededDecisions,
        objections,
        publicityEnds,
        lastTime,
        null);
  }
}
