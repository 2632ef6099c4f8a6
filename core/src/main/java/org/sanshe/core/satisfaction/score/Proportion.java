package org.sanshe.core.satisfaction.score;

import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.internal.Distributions;

/**
 * A share of successes, such as satisfied answers over valid answers, with its Wilson score
 * interval. Immutable and thread-safe; every number is finite.
 *
 * @param successes the successes, 0 to trials
 * @param trials the trials, at least 1
 * @param confidence the confidence level of the interval, strictly between 0 and 1
 * @param lowerBound the Wilson lower bound, 0 to rate
 * @param upperBound the Wilson upper bound, rate to 1
 */
public record Proportion(
    long successes, long trials, double confidence, double lowerBound, double upperBound) {

  /**
   * Checks the components.
   *
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} if the counts or
   *     bounds are inconsistent, {@code SATISFACTION_NOT_A_NUMBER} for a NaN bound
   */
  public Proportion {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("successes/trials", "成功数/试验数"),
          Wording.of("0 <= successes <= trials, trials >= 1", "须满足 0 ≤ 成功数 ≤ 试验数，且试验数 ≥ 1"));
    }
    Confidence.check(confidence);
    if (!Double.isFinite(lowerBound) || !Double.isFinite(upperBound)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_NOT_A_NUMBER, Wording.of("bound", "界限"));
    }
  }

  /**
   * Returns the share with its Wilson score interval: (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 +
   * z²/n), z the two-sided normal quantile of the confidence level.
   *
   * @param successes the successes, 0 to trials
   * @param trials the trials, at least 1
   * @param confidence the confidence level, such as 0.95
   * @return the proportion
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} or {@code
   *     SATISFACTION_NOT_A_NUMBER}
   */
  public static Proportion wilson(long successes, long trials, double confidence) {
    Confidence.check(confidence);
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("successes/trials", "成功数/试验数"),
          Wording.of("0 <= successes <= trials, trials >= 1", "须满足 0 ≤ 成功数 ≤ 试验数，且试验数 ≥ 1"));
    }
    double z = Distributions.normalQuantile(1 - (1 - confidence) / 2);
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = p + z2 / (2 * n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double denominator = 1 + z2 / n;
    double lower = Math.max(0, (centre - half) / denominator);
    double upper = Math.min(1, (centre + half) / denominator);
    return new Proportion(successes, trials, confidence, Math.min(lower, p), Math.max(upper, p));
  }

  /**
   * Returns the share as a double.
   *
   * @return successes / trials
   */
  public double rate() {
    return (double) successes / trials;
  }

  /**
   * Returns the exact share.
   *
   * @return successes / trials
   */
  public Fraction exactRate() {
    return Fraction.of(successes, trials);
  }
}
