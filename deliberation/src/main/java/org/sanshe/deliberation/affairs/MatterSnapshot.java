package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.List;

/**
 * The complete state of a {@link Matter} as plain data, for stores and JSON: {@link
 * Matter#snapshot()} writes it, {@link Matter#restore(MatterSnapshot)} checks and reads it by
 * replaying its history through the lifecycle rules. Immutable; {@link #toString()} masks the
 * reporter (as {@link MatterReport} does).
 *
 * @param id the matter's id
 * @param version the stored version (0 if never stored)
 * @param report what was reported
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @param history every step after the recording, oldest first (acceptance, triage, dispatches,
 *     resolution, feedback, closing, reopening); copied
 */
public record MatterSnapshot(
    MatterId id,
    long version,
    MatterReport report,
    Instant recordedAt,
    ActorId recordedBy,
    List<MatterEvent> history) {

  /**
   * Copies the history.
   *
   * @throws NullPointerException if the history is null or holds null
   */
  public MatterSnapshot {
    history = List.copyOf(history);
  }

  /**
   * Makes the snapshot of a matter stored before its lifecycle and actors were kept (schema {@code
   * affairs} version 1): recorded by {@link ActorId#UNRECORDED}, with its triage, if any, as the
   * only step.
   *
   * @param id the matter's id
   * @param version the stored version
   * @param report what was reported
   * @param recordedAt when it was recorded
   * @param triage the triage, or null while untriaged
   */
  public MatterSnapshot(
      MatterId id, long version, MatterReport report, Instant recordedAt, Triage triage) {
    this(
        id,
        version,
        report,
        recordedAt,
        ActorId.UNRECORDED,
        triage == null
            ? List.of()
            : List.of(
                new MatterTriaged(
                    id, triage.by(), triage.path(), triage.reason(), triage.triagedAt())));
  }

  /**
   * Returns the triage in the history.
   *
   * @return the first triage step as a {@link Triage}, or null while untriaged
   */
  public Triage triage() {
    for (MatterEvent e : history) {
      if (e instanceof MatterTriaged t) {
        return new Triage(t.path(), t.reason(), t.at(), t.by());
      }
    }
    return null;
  }

  /**
   * Returns this snapshot at another version (what a store does when it writes it).
   *
   * @param newVersion the version
   * @return the copy
   */
  public MatterSnapshot withVersion(long newVersion) {
    return new MatterSnapshot(id, newVersion, report, recordedAt, recordedBy, history);
  }
}
