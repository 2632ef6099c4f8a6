package org.sanshe.timebank.activity;

import java.time.Instant;
import java.util.List;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.team.TeamId;

/**
 * The complete state of an {@link Activity} as plain data, for stores and JSON: {@link
 * Activity#snapshot()} writes it, {@link Activity#restore(ActivitySnapshot)} checks and reads it.
 * Immutable (the attendance list is copied).
 *
 * @param id the id
 * @param version the stored version (0 if never stored)
 * @param kind activity or patrol shift
 * @param title the title
 * @param place where, free text without personal data (the rule of a service draft's place)
 * @param start when it starts
 * @param end when it ends
 * @param capacity the number of places
 * @param category the service category code of the records it produces
 * @param organization the organizing, recording organization
 * @param team the team it belongs to, or null
 * @param publishedBy who published it
 * @param publishedAt when
 * @param cancelledAt when it was cancelled, or null
 * @param attendance the attendance, in order of sign-up
 */
public record ActivitySnapshot(
    ActivityId id,
    long version,
    ActivityKind kind,
    String title,
    String place,
    Instant start,
    Instant end,
    int capacity,
    String category,
    PartyId organization,
    TeamId team,
    PartyId publishedBy,
    Instant publishedAt,
    Instant cancelledAt,
    List<Attendance> attendance) {

  /**
   * Copies the attendance list.
   *
   * @throws NullPointerException if the list is null or holds null
   */
  public ActivitySnapshot {
    attendance = List.copyOf(attendance);
  }

  /**
   * Returns this snapshot at another version (what a store does when it writes it).
   *
   * @param newVersion the version
   * @return the copy
   */
  public ActivitySnapshot withVersion(long newVersion) {
    return new ActivitySnapshot(
        id,
        newVersion,
        kind,
        title,
        place,
        start,
        end,
        capacity,
        category,
        organization,
        team,
        publishedBy,
        publishedAt,
        cancelledAt,
        attendance);
  }

  /**
   * Returns the key of the queries' order.
   *
   * @return start and id
   */
  public ActivityKey key() {
    return new ActivityKey(start, id);
  }
}
