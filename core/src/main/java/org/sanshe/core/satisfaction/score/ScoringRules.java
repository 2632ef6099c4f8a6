package org.sanshe.core.satisfaction.score;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * The parameters of scoring: the minimum-sample rule, the confidence level of intervals, the prior
 * weight m and prior mean C of the Bayesian average (by default C is the mean of every response in
 * the tally) and the alpha below which reliability is flagged. Immutable and thread-safe; the
 * {@code with...} methods return copies.
 */
public final class ScoringRules {

  private static final ScoringRules PRESET =
      new ScoringRules(MinimumSampleRule.preset(), 0.95, 50, Optional.empty(), 0.7);

  private final MinimumSampleRule minimumSample;
  private final double confidence;
  private final long priorWeight;
  private final Optional<Fraction> priorMean;
  private final double reliabilityThreshold;

  private ScoringRules(
      MinimumSampleRule minimumSample,
      double confidence,
      long priorWeight,
      Optional<Fraction> priorMean,
      double reliabilityThreshold) {
    this.minimumSample = minimumSample;
    this.confidence = confidence;
    this.priorWeight = priorWeight;
    this.priorMean = priorMean;
    this.reliabilityThreshold = reliabilityThreshold;
  }

  /**
   * Returns the preset: 50 respondents with 70% ordinary residents, 95% confidence, m = 50, C the
   * tally's mean, alpha flagged below 0.7.
   *
   * @return the preset
   */
  public static ScoringRules preset() {
    return PRESET;
  }

  /**
   * Returns a copy with another minimum-sample rule.
   *
   * @param rule the rule, not null
   * @return the copy
   */
  public ScoringRules withMinimumSample(MinimumSampleRule rule) {
    return new ScoringRules(
        Objects.requireNonNull(rule, "rule"),
        confidence,
        priorWeight,
        priorMean,
        reliabilityThreshold);
  }

  /**
   * Returns a copy with another confidence level.
   *
   * @param level strictly between 0 and 1, such as 0.95
   * @return the copy
   * @throws SatisfactionException with {@code SATISFACTION_NOT_A_NUMBER} or {@code
   *     SATISFACTION_PARAMETER_OUT_OF_RANGE}
   */
  public ScoringRules withConfidence(double level) {
    return new ScoringRules(
        minimumSample, Confidence.check(level), priorWeight, priorMean, reliabilityThreshold);
  }

  /**
   * Returns a copy with another prior weight m of the Bayesian average.
   *
   * @param m the prior weight in respondents, not negative (0 disables shrinking)
   * @return the copy
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} if negative
   */
  public ScoringRules withPriorWeight(long m) {
    if (m < 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("The prior weight m", "先验权重 m"),
          Wording.of("not negative", "不能为负"));
    }
    return new ScoringRules(minimumSample, confidence, m, priorMean, reliabilityThreshold);
  }

  /**
   * Returns a copy with a fixed prior mean C, such as last year's district mean.
   *
   * @param mean the prior mean, 0 to 100, not null
   * @return the copy
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} outside 0 to 100
   */
  public ScoringRules withPriorMean(Fraction mean) {
    Objects.requireNonNull(mean, "mean");
    if (mean.signum() < 0 || mean.compareTo(Fraction.of(100)) > 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("prior mean", "先验均值"),
          Wording.of("0 to 100", "应在 0 至 100 之间"));
    }
    return new ScoringRules(
        minimumSample, confidence, priorWeight, Optional.of(mean), reliabilityThreshold);
  }

  /**
   * Returns a copy with another reliability threshold.
   *
   * @param alpha the alpha below which reliability is flagged, finite, at most 1
   * @return the copy
   * @throws SatisfactionException with {@code SATISFACTION_NOT_A_NUMBER} or {@code
   *     SATISFACTION_PARAMETER_OUT_OF_RANGE}
   */
  public ScoringRules withReliabilityThreshold(double alpha) {
    if (Double.isNaN(alpha) || Double.isInfinite(alpha)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_NOT_A_NUMBER, Wording.of("reliability threshold", "信度阈值"));
    }
    if (alpha > 1) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("reliability threshold", "信度阈值"),
          Wording.of("at most 1", "至多为 1"));
    }
    return new ScoringRules(minimumSample, confidence, priorWeight, priorMean, alpha);
  }

  /**
   * Returns the minimum-sample rule.
   *
   * @return the rule
   */
  public MinimumSampleRule minimumSample() {
    return minimumSample;
  }

  /**
   * Returns the confidence level.
   *
   * @return the level
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns the prior weight m.
   *
   * @return m
   */
  public long priorWeight() {
    return priorWeight;
  }

  /**
   * Returns the fixed prior mean, if any.
   *
   * @return C, or empty for the tally's mean
   */
  public Optional<Fraction> priorMean() {
    return priorMean;
  }

  /**
   * Returns the reliability threshold.
   *
   * @return the alpha below which reliability is flagged
   */
  public double reliabilityThreshold() {
    return reliabilityThreshold;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoringRules r
        && r.minimumSample.equals(minimumSample)
        && Double.compare(r.confidence, confidence) == 0
        && r.priorWeight == priorWeight
        && r.priorMean.equals(priorMean)
        && Double.compare(r.reliabilityThreshold, reliabilityThreshold) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumSample, confidence, priorWeight, priorMean, reliabilityThreshold);
  }

  @Override
  public String toString() {
    return "ScoringRules["
        + minimumSample
        + ", confidence "
        + confidence
        + ", m "
        + priorWeight
        + ", C "
        + priorMean.map(Fraction::toString).orElse("tally mean")
        + ", alpha "
        + reliabilityThreshold
        + "]";
  }
}
