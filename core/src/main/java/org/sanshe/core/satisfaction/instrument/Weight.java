package org.sanshe.core.satisfaction.instrument;

import java.math.BigDecimal;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * A weight from 0 to 1, held exactly in basis points (1 = 10,000 basis points), so that "the
 * weights sum to 1" is an exact integer check. {@code toString} gives the plain decimal ({@code
 * 0.3}), which {@link #parse} reads back; parse also takes a percentage ({@code 30%}). Immutable
 * and thread-safe.
 */
public final class Weight implements Comparable<Weight> {

  /** Basis points in one whole. */
  public static final int ONE_IN_BASIS_POINTS = 10_000;

  /** The weight 0. */
  public static final Weight ZERO = new Weight(0);

  /** The weight 1. */
  public static final Weight ONE = new Weight(ONE_IN_BASIS_POINTS);

  private final int basisPoints;

  private Weight(int basisPoints) {
    this.basisPoints = basisPoints;
  }

  /**
   * Returns a weight in basis points.
   *
   * @param basisPoints from 0 to 10,000
   * @return the weight
   * @throws SatisfactionException with {@code SATISFACTION_WEIGHT_INVALID} if out of range
   */
  public static Weight ofBasisPoints(int basisPoints) {
    if (basisPoints < 0 || basisPoints > ONE_IN_BASIS_POINTS) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_WEIGHT_INVALID, basisPoints);
    }
    return new Weight(basisPoints);
  }

  /**
   * Returns a weight in whole percent.
   *
   * @param percent from 0 to 100
   * @return the weight
   * @throws SatisfactionException with {@code SATISFACTION_WEIGHT_INVALID} if out of range
   */
  public static Weight ofPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_WEIGHT_INVALID, percent);
    }
    return new Weight(percent * 100);
  }

  /**
   * Reads a weight from a double, exactly: the double's decimal value must have at most four
   * decimals ({@code 0.3} is read as 3,000 basis points).
   *
   * @param value the value
   * @return the weight
   * @throws SatisfactionException with {@code SATISFACTION_NOT_A_NUMBER} for NaN or infinity, or
   *     {@code SATISFACTION_WEIGHT_INVALID} out of range or too precise
   */
  public static Weight of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_NOT_A_NUMBER, Wording.of("weight", "权重"));
    }
    return fromDecimal(BigDecimal.valueOf(value), "range");
  }

  /**
   * Parses {@code 0.3}, {@code 0.0125} or {@code 30%}: ASCII digits only, at most {@value
   * BoundedText#MAX_NUMBER_LENGTH} characters, no exponent.
   *
   * @param text the text, not null
   * @return the weight
   * @throws SatisfactionException with {@code SATISFACTION_WEIGHT_INVALID} if malformed, out of
   *     range or finer than 0.0001
   */
  public static Weight parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > BoundedText.MAX_NUMBER_LENGTH) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_WEIGHT_INVALID, "length");
    }
    String s = text.toString().strip();
    boolean percent = s.endsWith("%");
    BigDecimal decimal =
        BoundedText.decimal(
                percent ? s.substring(0, s.length() - 1).strip() : s,
                BoundedText.MAX_NUMBER_LENGTH,
                0)
            .orElseThrow(
                () ->
                    new SatisfactionException(
                        SatisfactionError.SATISFACTION_WEIGHT_INVALID, "format"));
    return fromDecimal(percent ? decimal.movePointLeft(2) : decimal, "range");
  }

  private static Weight fromDecimal(BigDecimal decimal, Object shown) {
    BigDecimal bp = decimal.movePointRight(4);
    if (decimal.signum() < 0
        || decimal.compareTo(BigDecimal.ONE) > 0
        || bp.stripTrailingZeros().scale() > 0) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_WEIGHT_INVALID, shown);
    }
    return new Weight(bp.intValueExact());
  }

  /**
   * Returns the weight in basis points.
   *
   * @return 0 to 10,000
   */
  public int basisPoints() {
    return basisPoints;
  }

  /**
   * Returns the exact fraction.
   *
   * @return basis points / 10,000
   */
  public Fraction toRational() {
    return Fraction.of(basisPoints, ONE_IN_BASIS_POINTS);
  }

  @Override
  public int compareTo(Weight other) {
    return Integer.compare(basisPoints, other.basisPoints);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weight w && w.basisPoints == basisPoints;
  }

  @Override
  public int hashCode() {
    return basisPoints;
  }

  @Override
  public String toString() {
    return BigDecimal.valueOf(basisPoints, 4).stripTrailingZeros().toPlainString();
  }
}
