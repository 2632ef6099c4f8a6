package org.sanshe.deliberation.ownersvote;

import java.math.BigDecimal;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * An exclusive floor area (专有部分面积), held exactly as a whole number of square centimetres (1 m² =
 * 10,000 cm²), never as floating point, so that area thresholds compare exactly.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives square metres with as many decimals as
 * needed ({@code 89.5}, {@code 120}), which {@link #parse(String)} reads back; arithmetic throws on
 * overflow. Ordered by size.
 */
public final class FloorArea implements Comparable<FloorArea> {

  /** No area. */
  public static final FloorArea ZERO = new FloorArea(0);

  private static final BigDecimal CM2_PER_M2 = BigDecimal.valueOf(10_000);

  private final long squareCentimetres;

  /** The longest text {@link #parse} reads, in characters: {@value}. */
  public static final int MAX_TEXT_LENGTH = 32;

  private static final Wording FIELD = Wording.of("The floor area", "建筑面积");
  private static final Wording NEGATIVE = Wording.of("it must not be negative", "不能为负数");
  private static final Wording TOO_LARGE = Wording.of("it is too large", "数值过大");
  private static final Wording FORMAT =
      Wording.of(
          "square metres in ASCII digits with at most four decimals, at most 32 characters",
          "应为以 ASCII 数字书写、最多四位小数的平方米数，不超过 32 个字符");
  private static final Wording TOO_FINE =
      Wording.of("finer than 0.0001 m² or too large", "精度超过 0.0001 平方米或数值过大");

  private FloorArea(long squareCentimetres) {
    this.squareCentimetres = squareCentimetres;
  }

  /**
   * Returns an area in square centimetres.
   *
   * @param squareCentimetres the area, zero or more
   * @return the area
   * @throws AffairsException with {@code VOTE_AREA_INVALID} if negative
   */
  public static FloorArea ofSquareCentimetres(long squareCentimetres) {
    if (squareCentimetres < 0) {
      throw new AffairsException(AffairsError.VOTE_AREA_INVALID, FIELD, NEGATIVE);
    }
    return squareCentimetres == 0 ? ZERO : new FloorArea(squareCentimetres);
  }

  /**
   * Returns an area in whole square metres.
   *
   * @param squareMetres the area, zero or more
   * @return the area
   * @throws AffairsException with {@code VOTE_AREA_INVALID} if negative or too large
   */
  public static FloorArea ofSquareMetres(long squareMetres) {
    try {
      return ofSquareCentimetres(Math.multiplyExact(squareMetres, 10_000L));
    } catch (ArithmeticException e) {
      throw new AffairsException(AffairsError.VOTE_AREA_INVALID, FIELD, TOO_LARGE);
    }
  }

  /**
   * Parses square metres written as a plain decimal with at most four decimals, such as {@code
   * 89.35}: ASCII digits only, no exponent, at most {@link #MAX_TEXT_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the area
   * @throws AffairsException with {@code VOTE_AREA_INVALID} if malformed, negative, finer than 1
   *     cm² or too large
   */
  public static FloorArea parse(String text) {
    Objects.requireNonNull(text, "text");
    BigDecimal m2 =
        BoundedText.decimal(text, MAX_TEXT_LENGTH, 0)
            .orElseThrow(() -> new AffairsException(AffairsError.VOTE_AREA_INVALID, FIELD, FORMAT));
    if (m2.signum() < 0) {
      throw new AffairsException(AffairsError.VOTE_AREA_INVALID, FIELD, NEGATIVE);
    }
    try {
      return ofSquareCentimetres(m2.multiply(CM2_PER_M2).longValueExact());
    } catch (ArithmeticException e) {
      throw new AffairsException(AffairsError.VOTE_AREA_INVALID, FIELD, TOO_FINE);
    }
  }

  /**
   * Returns the area in square centimetres.
   *
   * @return the exact area
   */
  public long squareCentimetres() {
    return squareCentimetres;
  }

  /**
   * Tells whether the area is more than zero.
   *
   * @return true when positive
   */
  public boolean isPositive() {
    return squareCentimetres > 0;
  }

  /**
   * Adds.
   *
   * @param other the other area, not null
   * @return the sum
   * @throws AffairsException with {@code VOTE_AREA_INVALID} on overflow
   */
  public FloorArea plus(FloorArea other) {
    try {
      return ofSquareCentimetres(Math.addExact(squareCentimetres, other.squareCentimetres));
    } catch (ArithmeticException e) {
      throw new AffairsException(AffairsError.VOTE_AREA_INVALID, FIELD, TOO_LARGE);
    }
  }

  @Override
  public int compareTo(FloorArea other) {
    return Long.compare(squareCentimetres, other.squareCentimetres);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FloorArea other && squareCentimetres == other.squareCentimetres;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(squareCentimetres);
  }

  /**
   * Returns square metres, such as {@code 89.35}.
   *
   * @return the area in m², plain decimal without trailing zeros
   */
  @Override
  public String toString() {
    return BigDecimal.valueOf(squareCentimetres, 4).stripTrailingZeros().toPlainString();
  }
}
