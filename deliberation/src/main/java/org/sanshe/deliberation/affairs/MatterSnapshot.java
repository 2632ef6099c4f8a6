package org.sanshe.deliberation.affairs;

import java.time.Instant;

/**
 * The complete state of a {@link Matter} as plain data, for stores and JSON: {@link
 * Matter#snapshot()} writes it, {@link Matter#restore(MatterSnapshot)} checks and reads it.
 * Immutable; {@link #toString()} masks the reporter (as {@link MatterReport} does).
 *
 * @param id the matter's id
 * @param version the stored version (0 if never stored)
 * @param report what was reported
 * @param recordedAt when it was recorded
 * @param triage the triage, or null while untriaged
 */
public record MatterSnapshot(
    MatterId id, long version, MatterReport report, Instant recordedAt, Triage triage) {

  /**
   * Returns this snapshot at another version (what a store does when it writes it).
   *
   * @param newVersion the version
   * @return the copy
   */
  public MatterSnapshot withVersion(long newVersion) {
    return new MatterSnapshot(id, newVersion, report, recordedAt, triage);
  }
}
