package org.sanshe.timebank.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * The star-volunteer rule (星级志愿者): 1 to 5 stars at ascending thresholds of verified service hours;
 * hours received as gifts do not count. The thresholds are configuration: {@link #national()} is
 * the preset of 100, 300, 600, 1,000 and 1,500 hours. Immutable and thread-safe.
 */
public final class StarLevelPolicy {

  private final List<TimeCredit> thresholds;

  private StarLevelPolicy(List<TimeCredit> thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Returns the preset: 100 / 300 / 600 / 1,000 / 1,500 hours.
   *
   * @return the policy
   */
  public static StarLevelPolicy national() {
    return of(
        List.of(
            TimeCredit.ofHours(100),
            TimeCredit.ofHours(300),
            TimeCredit.ofHours(600),
            TimeCredit.ofHours(1_000),
            TimeCredit.ofHours(1_500)));
  }

  /**
   * Returns a policy with strictly ascending, positive thresholds, one per star.
   *
   * @param thresholds the thresholds, not null, not empty
   * @return the policy
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} if empty, or not strictly ascending
   *     and positive
   */
  public static StarLevelPolicy of(List<TimeCredit> thresholds) {
    List<TimeCredit> copy = List.copyOf(Objects.requireNonNull(thresholds, "thresholds"));
    if (copy.isEmpty()) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of("a star policy has at least one threshold", "星级规则至少需要一个门槛"));
    }
    TimeCredit previous = TimeCredit.ZERO;
    for (TimeCredit t : copy) {
      if (t.compareTo(previous) <= 0) {
        throw new TimeBankException(
            TimeBankError.TIMEBANK_POLICY_INVALID,
            Wording.of("star thresholds are positive and strictly ascending", "星级门槛须为正且严格递增"));
      }
      previous = t;
    }
    return new StarLevelPolicy(copy);
  }

  /**
   * Rates verified service hours.
   *
   * @param verifiedService the verified service hours, not null
   * @return the rating with its explanation
   */
  public StarRating rate(TimeCredit verifiedService) {
    Objects.requireNonNull(verifiedService, "verifiedService");
    int stars = 0;
    while (stars < thresholds.size() && verifiedService.compareTo(thresholds.get(stars)) >= 0) {
      stars++;
    }
    TimeCredit next = stars < thresholds.size() ? thresholds.get(stars) : null;
    return new StarRating(stars, verifiedService, next);
  }

  /**
   * Returns the thresholds.
   *
   * @return an unmodifiable list
   */
  public List<TimeCredit> thresholds() {
    return new ArrayList<>(thresholds);
  }

  /** Equal to a policy with the same thresholds. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StarLevelPolicy other && thresholds.equals(other.thresholds);
  }

  @Override
  public int hashCode() {
    return thresholds.hashCode();
  }

  @Override
  public String toString() {
    return "StarLevelPolicy" + thresholds;
  }

  /**
   * A star rating: how many stars, for how many hours, and the next threshold. Immutable.
   *
   * @param stars 0 to the number of thresholds
   * @param verifiedService the hours rated
   * @param nextThreshold the hours needed for the next star, or null at the top
   */
  public record StarRating(int stars, TimeCredit verifiedService, TimeCredit nextThreshold) {

    /**
     * Explains the rating in English.
     *
     * @return the explanation
     */
    public String explain() {
      return stars
          + " star(s) for "
          + verifiedService
          + " of verified service"
          + (nextThreshold == null ? "; the highest level" : "; next star at " + nextThreshold);
    }
  }
}
