package org.sanshe.timebank.activity;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an activity stands in the order of the queries: by start, then by id. A page's last key is
 * the next page's {@code after}. Immutable.
 *
 * @param start the activity's start
 * @param id the activity's id
 */
public record ActivityKey(Instant start, ActivityId id) implements Comparable<ActivityKey> {

  private static final Comparator<ActivityKey> ORDER =
      Comparator.comparing(ActivityKey::start).thenComparing(k -> k.id().value());

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public ActivityKey {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(ActivityKey other) {
    return ORDER.compare(this, other);
  }
}
