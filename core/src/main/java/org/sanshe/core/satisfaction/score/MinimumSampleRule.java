package org.sanshe.core.satisfaction.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.instrument.Weight;

/**
 * The minimum-sample rule: at least so many respondents, of whom at least a share are ordinary
 * residents. The local preset is 50 respondents and 70% ordinary residents. Compared exactly in
 * whole numbers. Immutable and thread-safe.
 */
public final class MinimumSampleRule {

  private static final MinimumSampleRule PRESET = new MinimumSampleRule(50, Weight.ofPercent(70));

  private final long minimumRespondents;
  private final Weight minimumOrdinaryShare;

  private MinimumSampleRule(long minimumRespondents, Weight minimumOrdinaryShare) {
    this.minimumRespondents = minimumRespondents;
    this.minimumOrdinaryShare = minimumOrdinaryShare;
  }

  /**
   * Returns a rule.
   *
   * @param minimumRespondents at least 1
   * @param minimumOrdinaryShare the least share of ordinary residents, not null
   * @return the rule
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} below 1
   *     respondent
   */
  public static MinimumSampleRule of(long minimumRespondents, Weight minimumOrdinaryShare) {
    Objects.requireNonNull(minimumOrdinaryShare, "minimumOrdinaryShare");
    if (minimumRespondents < 1) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("minimumRespondents", "最少受访人数"),
          Wording.of("at least 1", "至少为 1"));
    }
    return new MinimumSampleRule(minimumRespondents, minimumOrdinaryShare);
  }

  /**
   * Returns the local preset: at least 50 respondents, at least 70% ordinary residents.
   *
   * @return the preset
   */
  public static MinimumSampleRule preset() {
    return PRESET;
  }

  /**
   * Returns the least number of respondents.
   *
   * @return the minimum
   */
  public long minimumRespondents() {
    return minimumRespondents;
  }

  /**
   * Returns the least share of ordinary residents.
   *
   * @return the share
   */
  public Weight minimumOrdinaryShare() {
    return minimumOrdinaryShare;
  }

  /**
   * Decides whether a sample may be scored.
   *
   * @param respondents the number of respondents, not negative
   * @param ordinaryResidents how many of them are ordinary residents, 0 to respondents
   * @return sufficient, or insufficient with every reason
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for inconsistent
   *     counts
   */
  public SampleDecision decide(long respondents, long ordinaryResidents) {
    if (respondents < 0 || ordinaryResidents < 0 || ordinaryResidents > respondents) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("respondents", "受访人数"),
          Wording.of("0 <= ordinary residents <= respondents", "须满足 0 ≤ 普通居民数 ≤ 受访人数"));
    }
    List<Shortfall> shortfalls = new ArrayList<>();
    if (respondents < minimumRespondents) {
      shortfalls.add(
          new Shortfall(
              SatisfactionError.SATISFACTION_SAMPLE_TOO_SMALL,
              Long.toString(respondents),
              Long.toString(minimumRespondents)));
    }
    long required = minimumOrdinaryShare.basisPoints();
    boolean shareMet =
        respondents > 0
            ? Math.multiplyExact(ordinaryResidents, (long) Weight.ONE_IN_BASIS_POINTS)
                >= Math.multiplyExact(required, respondents)
            : required == 0;
    if (!shareMet) {
      shortfalls.add(
          new Shortfall(
              SatisfactionError.SATISFACTION_ORDINARY_SHARE_TOO_LOW,
              percent(ordinaryResidents, respondents),
              percent(required, Weight.ONE_IN_BASIS_POINTS)));
    }
    if (!shortfalls.isEmpty()) {
      return new SampleDecision.Insufficient(shortfalls);
    }
    return new SampleDecision.Sufficient(
        respondents,
        respondents == 0 ? Fraction.ZERO : Fraction.of(ordinaryResidents, respondents));
  }

  private static String percent(long part, long whole) {
    if (whole == 0) {
      return "0%";
    }
    return BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinimumSampleRule r
        && r.minimumRespondents == minimumRespondents
        && r.minimumOrdinaryShare.equals(minimumOrdinaryShare);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minimumRespondents) * 31 + minimumOrdinaryShare.hashCode();
  }

  @Override
  public String toString() {
    return "MinimumSampleRule["
        + minimumRespondents
        + " respondents, "
        + minimumOrdinaryShare
        + " ordinary]";
  }
}
