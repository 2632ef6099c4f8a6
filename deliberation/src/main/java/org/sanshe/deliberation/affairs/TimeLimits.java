package org.sanshe.deliberation.affairs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * How long a matter may take, per urgency, with overrides per category and urgency: a matter is due
 * its limit after it was recorded (or last reopened). Configurable; {@link #illustrative()} holds
 * our own illustrative defaults. Immutable and thread-safe; {@code with} returns a new object.
 */
public final class TimeLimits {

  /** The longest limit accepted: {@value} days. */
  public static final int MAX_DAYS = 366;

  private final Map<Urgency, Duration> perUrgency;
  private final Map<String, Duration> perCategory;

  private TimeLimits(Map<Urgency, Duration> perUrgency, Map<String, Duration> perCategory) {
    this.perUrgency = perUrgency;
    this.perCategory = perCategory;
  }

  /**
   * Returns limits per urgency.
   *
   * @param routine the limit of routine matters, positive, at most {@value #MAX_DAYS} days
   * @param urgent the limit of urgent matters, as routine
   * @param emergency the limit of emergencies, as routine
   * @return the limits
   * @throws AffairsException with {@code AFFAIRS_TIME_LIMIT_INVALID}
   */
  public static TimeLimits of(Duration routine, Duration urgent, Duration emergency) {
    Map<Urgency, Duration> m = new EnumMap<>(Urgency.class);
    m.put(Urgency.ROUTINE, check(routine));
    m.put(Urgency.URGENT, check(urgent));
    m.put(Urgency.EMERGENCY, check(emergency));
    return new TimeLimits(m, Map.of());
  }

  /**
   * Returns <b>illustrative</b> limits, our own defaults and not figures from a field report:
   * routine 15 days, urgent 3 days, emergency 24 hours. Set the limits the street has decided.
   *
   * @return the limits
   */
  public static TimeLimits illustrative() {
    return of(Duration.ofDays(15), Duration.ofDays(3), Duration.ofHours(24));
  }

  /**
   * Returns these limits with another limit for one category at one urgency.
   *
   * @param category the category, not null
   * @param urgency the urgency, not null
   * @param limit the limit, positive, at most {@value #MAX_DAYS} days
   * @return the new limits
   * @throws AffairsException with {@code AFFAIRS_TIME_LIMIT_INVALID}
   */
  public TimeLimits with(MatterCategory category, Urgency urgency, Duration limit) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(urgency, "urgency");
    Map<String, Duration> m = new HashMap<>(perCategory);
    m.put(key(category, urgency), check(limit));
    return new TimeLimits(perUrgency, Map.copyOf(m));
  }

  private static String key(MatterCategory category, Urgency urgency) {
    return category.code() + "/" + urgency.name();
  }

  private static Duration check(Duration limit) {
    Objects.requireNonNull(limit, "limit");
    if (limit.isNegative() || limit.isZero() || limit.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_TIME_LIMIT_INVALID,
          Wording.of("A time limit", "办理时限"),
          Wording.of(
              "it is positive and at most " + MAX_DAYS + " days", "须为正且不超过 " + MAX_DAYS + " 天"));
    }
    return limit;
  }

  /**
   * Returns the limit of a category at an urgency.
   *
   * @param category the category, not null
   * @param urgency the urgency, not null
   * @return the override for the category, else the urgency's limit
   */
  public Duration limit(MatterCategory category, Urgency urgency) {
    Duration d = perCategory.get(key(category, urgency));
    return d != null ? d : perUrgency.get(Objects.requireNonNull(urgency, "urgency"));
  }

  /**
   * Returns when a matter is due: its limit after it was recorded or last reopened.
   *
   * @param matter the matter, not null
   * @return the due time
   */
  public Instant due(Matter matter) {
    MatterReport r = matter.report();
    return matter.limitStart().plus(limit(r.category(), r.urgency()));
  }

  @Override
  public String toString() {
    return "TimeLimits" + perUrgency + (perCategory.isEmpty() ? "" : " " + perCategory);
  }
}
