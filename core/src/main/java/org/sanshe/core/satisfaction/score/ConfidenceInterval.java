package org.sanshe.core.satisfaction.score;

import java.math.BigInteger;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.internal.Distributions;

/**
 * A t-based confidence interval for a mean index: mean ± t(1 - α/2, n - 1) s / √n, clipped to the
 * index's range 0 to 100. Immutable and thread-safe; every number is finite.
 *
 * @param confidence the confidence level, strictly between 0 and 1
 * @param mean the mean index
 * @param lower the lower bound, at most the mean
 * @param upper the upper bound, at least the mean
 * @param criticalValue the Student t quantile used
 * @param sampleSize the number of scores, at least 2
 */
public record ConfidenceInterval(
    double confidence,
    double mean,
    double lower,
    double upper,
    double criticalValue,
    long sampleSize) {

  /**
   * Checks the components.
   *
   * @throws SatisfactionException with {@code SATISFACTION_NOT_A_NUMBER} for NaN or infinity,
   *     {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for bounds out of order or n below 2
   */
  public ConfidenceInterval {
    Confidence.check(confidence);
    for (double x : new double[] {mean, lower, upper, criticalValue}) {
      if (!Double.isFinite(x)) {
        throw new SatisfactionException(
            SatisfactionError.SATISFACTION_NOT_A_NUMBER, Wording.of("interval", "区间"));
      }
    }
    if (!(lower <= mean && mean <= upper) || sampleSize < 2) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("interval", "区间"),
          Wording.of("lower <= mean <= upper, n >= 2", "须满足 下限 ≤ 均值 ≤ 上限，且样本数 ≥ 2"));
    }
  }

  /**
   * Computes the interval of the mean of whole-number scores in milli-points.
   *
   * @param n the number of scores, at least 2
   * @param sum their sum
   * @param squares the sum of their squares
   * @param confidence the confidence level
   * @return the interval in points (0 to 100)
   */
  static ConfidenceInterval ofMilliPoints(long n, long sum, long squares, double confidence) {
    Confidence.check(confidence);
    BigInteger bn = BigInteger.valueOf(n);
    BigInteger spread =
        bn.multiply(BigInteger.valueOf(squares)).subtract(BigInteger.valueOf(sum).pow(2));
    double variance =
        Math.max(0, spread.doubleValue()) / ((double) n * (double) (n - 1)) / 1_000_000.0;
    double mean = (double) sum / n / 1000.0;
    double t = Distributions.tQuantile(1 - (1 - confidence) / 2, n - 1);
    double half = t * Math.sqrt(variance / n);
    return new ConfidenceInterval(
        confidence,
        mean,
        Math.min(mean, Math.max(0, mean - half)),
        Math.max(mean, Math.min(100, mean + half)),
        t,
        n);
  }
}
