package org.sanshe.deliberation.escalation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * How long a case may stay on each rung before it escalates. Every level has a positive deadline;
 * the top level's deadline only marks the case overdue. The preset {@link #standard()} (1 day for
 * volunteers, who report daily; 3 days for social workers; 7 days for the community or a
 * department; 15 days for the head's office meeting) is an illustration: places configure their
 * own. Immutable and thread-safe.
 */
public final class EscalationDeadlines {

  /** The longest deadline of a level: 366 days (a matter unresolved for a year is overdue). */
  public static final Duration MAX_DEADLINE = Duration.ofDays(366);

  private static final EscalationDeadlines STANDARD =
      of(
          Map.of(
              Level.VOLUNTEER, Duration.ofDays(1),
              Level.SOCIAL_WORKER, Duration.ofDays(3),
              Level.COMMUNITY_OR_DEPARTMENT, Duration.ofDays(7),
              Level.HEAD_OFFICE_MEETING, Duration.ofDays(15)));

  private final EnumMap<Level, Duration> deadlines;

  private EscalationDeadlines(EnumMap<Level, Duration> deadlines) {
    this.deadlines = deadlines;
  }

  /**
   * Returns the illustrative preset: 1, 3, 7 and 15 days.
   *
   * @return the preset
   */
  public static EscalationDeadlines standard() {
    return STANDARD;
  }

  /**
   * Returns configured deadlines.
   *
   * @param deadlines one positive duration per level, not null
   * @return the deadlines
   * @throws AffairsException with {@code ESCALATION_DEADLINE_INVALID} for a missing, zero or
   *     negative duration
   */
  public static EscalationDeadlines of(Map<Level, Duration> deadlines) {
    Objects.requireNonNull(deadlines, "deadlines");
    EnumMap<Level, Duration> copy = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      Duration d = deadlines.get(level);
      if (d == null || d.isZero() || d.isNegative() || d.compareTo(MAX_DEADLINE) > 0) {
        throw new AffairsException(AffairsError.ESCALATION_DEADLINE_INVALID, level, d);
      }
      copy.put(level, d);
    }
    return new EscalationDeadlines(copy);
  }

  /**
   * Returns a copy with one level's deadline changed.
   *
   * @param level the level, not null
   * @param deadline the new positive deadline, not null
   * @return the new deadlines
   * @throws AffairsException with {@code ESCALATION_DEADLINE_INVALID}
   */
  public EscalationDeadlines with(Level level, Duration deadline) {
    Objects.requireNonNull(level, "level");
    EnumMap<Level, Duration> copy = new EnumMap<>(deadlines);
    copy.put(level, deadline);
    return of(copy);
  }

  /**
   * Returns a level's deadline.
   *
   * @param level the level, not null
   * @return the duration
   */
  public Duration of(Level level) {
    return deadlines.get(Objects.requireNonNull(level, "level"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EscalationDeadlines other && deadlines.equals(other.deadlines);
  }

  @Override
  public int hashCode() {
    return deadlines.hashCode();
  }

  @Override
  public String toString() {
    return "EscalationDeadlines" + deadlines;
  }
}
