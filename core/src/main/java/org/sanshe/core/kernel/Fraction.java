package org.sanshe.core.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * An exact rational number, always in lowest terms with a positive denominator: the arithmetic of
 * thresholds ("at least 2/3", "more than half"), shares and vote comparisons, where floating point
 * would decide a close vote wrongly.
 *
 * <p>Immutable and thread-safe; {@link #equals(Object)} and {@link #compareTo(Fraction)} agree
 * ({@code 2/4} equals {@code 1/2}); {@link #toString()} gives {@code "2/3"} or {@code "5"}, which
 * {@link #parse(String)} reads back. Arguments must not be null.
 */
public final class Fraction extends Number implements Comparable<Fraction> {

  private static final long serialVersionUID = 1L;

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** One half, the line that "过半数" (more than half) must pass. */
  public static final Fraction ONE_HALF = new Fraction(BigInteger.ONE, BigInteger.TWO);

  /** Two thirds. */
  public static final Fraction TWO_THIRDS = new Fraction(BigInteger.TWO, BigInteger.valueOf(3));

  /** Three quarters. */
  public static final Fraction THREE_QUARTERS =
      new Fraction(BigInteger.valueOf(3), BigInteger.valueOf(4));

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns {@code numerator/denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws SansheException with {@code ARGUMENT_INVALID} for a zero denominator
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns {@code numerator/denominator} in lowest terms.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null or zero
   * @return the fraction
   * @throws SansheException with {@code ARGUMENT_INVALID} for a zero denominator
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new SansheException(
          CoreError.ARGUMENT_INVALID,
          Wording.of("The denominator", "分母"),
          Wording.of("must not be zero", "不能为零"));
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = Gcd.of(numerator, denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerator, denominator);
  }

  /**
   * Returns a whole number as a fraction.
   *
   * @param value the value
   * @return {@code value/1}
   */
  public static Fraction of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Parses {@code "a/b"}, {@code "a"} or a decimal such as {@code "0.75"} or {@code "7.5e-1"}:
   * ASCII digits only, at most {@value BoundedText#MAX_NUMBER_LENGTH} characters for each of {@code
   * a} and {@code b} (the text as a whole at most twice that and a slash), an exponent of at most
   * {@value BoundedText#MAX_EXPONENT}.
   *
   * @param text the text, not null
   * @return the fraction
   * @throws SansheException with {@code ARGUMENT_INVALID} if the text is not such a number or for a
   *     zero denominator
   */
  public static Fraction parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > 2 * BoundedText.MAX_NUMBER_LENGTH + 1) {
      throw notANumber(TOO_LONG);
    }
    int slash = text.indexOf('/');
    if (slash >= 0) {
      BigInteger numerator = integer(text.substring(0, slash));
      BigInteger denominator = integer(text.substring(slash + 1));
      return of(numerator, denominator);
    }
    BigDecimal decimal =
        BoundedText.decimal(text, BoundedText.MAX_NUMBER_LENGTH, BoundedText.MAX_EXPONENT)
            .orElseThrow(() -> notANumber(FORMAT));
    return decimal.scale() <= 0
        ? of(decimal.toBigIntegerExact(), BigInteger.ONE)
        : of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
  }

  private static final Wording FIELD = Wording.of("The fraction", "分数");
  private static final Wording FORMAT =
      Wording.of(
          "ASCII digits, a/b or a decimal with an exponent of at most " + BoundedText.MAX_EXPONENT,
          "应为 ASCII 数字组成的 a/b 或小数，指数至多 " + BoundedText.MAX_EXPONENT);
  private static final Wording TOO_LONG =
      Wording.of(
          "at most " + BoundedText.MAX_NUMBER_LENGTH + " digits for each part",
          "每部分至多 " + BoundedText.MAX_NUMBER_LENGTH + " 位");

  private static BigInteger integer(String part) {
    BigDecimal value =
        BoundedText.decimal(part, BoundedText.MAX_NUMBER_LENGTH, 0)
            .orElseThrow(() -> notANumber(FORMAT));
    if (value.scale() != 0) {
      throw notANumber(FORMAT);
    }
    return value.unscaledValue();
  }

  private static SansheException notANumber(Wording rule) {
    return new SansheException(CoreError.ARGUMENT_INVALID, FIELD, rule);
  }

  /**
   * Returns the numerator (sign carrier).
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator, always positive.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Adds.
   *
   * @param other the addend
   * @return the sum
   */
  public Fraction plus(Fraction other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Subtracts.
   *
   * @param other the subtrahend
   * @return the difference
   */
  public Fraction minus(Fraction other) {
    return plus(other.negated());
  }

  /**
   * Multiplies.
   *
   * @param other the factor
   * @return the product
   */
  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Multiplies by a whole number.
   *
   * @param factor the factor
   * @return the product
   */
  public Fraction times(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * Divides.
   *
   * @param other the divisor, not zero
   * @return the quotient
   * @throws SansheException with {@code ARGUMENT_INVALID} when dividing by zero
   */
  public Fraction dividedBy(Fraction other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * Returns the negation.
   *
   * @return {@code -this}
   */
  public Fraction negated() {
    return numerator.signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Tells whether this is at least another ("以上", Civil Code Art. 1259: the figure included).
   *
   * @param other the bound
   * @return {@code this >= other}
   */
  public boolean isAtLeast(Fraction other) {
    return compareTo(other) >= 0;
  }

  /**
   * Tells whether this is strictly greater than another ("过半数" against one half).
   *
   * @param other the bound
   * @return {@code this > other}
   */
  public boolean isGreaterThan(Fraction other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns the value rounded half-up to a number of decimal places, for display only.
   *
   * @param scale the decimal places, at least 0
   * @return the rounded decimal
   */
  public BigDecimal toBigDecimal(int scale) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public int intValue() {
    return numerator.divide(denominator).intValue();
  }

  @Override
  public long longValue() {
    return numerator.divide(denominator).longValue();
  }

  @Override
  public float floatValue() {
    return (float) doubleValue();
  }

  /**
   * Returns the nearest double, for display and statistics only: never compare with it.
   *
   * @return the approximate value
   */
  @Override
  public double doubleValue() {
    return toBigDecimal(17).doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction other
        && numerator.equals(other.numerator)
        && denominator.equals(other.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
