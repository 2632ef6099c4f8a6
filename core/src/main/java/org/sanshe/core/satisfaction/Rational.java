package org.sanshe.core.satisfaction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction, kept in lowest terms with a positive denominator: the exact value of an index,
 * share or weighted composite, so that grade bands, ranks and sample rules compare without floating
 * point. {@code toString} gives {@code 7/2} or {@code 3}, which {@link #parse} reads back.
 * Immutable and thread-safe.
 */
public final class Rational implements Comparable<Rational> {

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns numerator / denominator in lowest terms.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null and not zero
   * @return the fraction
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} if the
   *     denominator is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE, "denominator", "not zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Rational(numerator, denominator);
  }

  /**
   * Returns numerator / denominator in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} if the
   *     denominator is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns a whole number.
   *
   * @param value the value
   * @return the fraction value/1
   */
  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Parses {@code 7/2}, {@code -3} or a decimal such as {@code 87.25}.
   *
   * @param text the text, not null
   * @return the fraction
   * @throws SatisfactionException with {@code SATISFACTION_IDENTIFIER_INVALID} if malformed
   */
  public static Rational parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        return of(new BigInteger(s.substring(0, slash)), new BigInteger(s.substring(slash + 1)));
      }
      BigDecimal decimal = new BigDecimal(s);
      return decimal.scale() <= 0
          ? of(decimal.toBigIntegerExact(), BigInteger.ONE)
          : of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    } catch (NumberFormatException | ArithmeticException | SatisfactionException e) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_IDENTIFIER_INVALID, "rational", "a/b or a decimal");
    }
  }

  /**
   * Returns the numerator in lowest terms.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the positive denominator in lowest terms.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns the sum.
   *
   * @param other the other fraction, not null
   * @return this + other
   */
  public Rational plus(Rational other) {
    Objects.requireNonNull(other, "other");
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns the difference.
   *
   * @param other the other fraction, not null
   * @return this - other
   */
  public Rational minus(Rational other) {
    Objects.requireNonNull(other, "other");
    return plus(other.negated());
  }

  /**
   * Returns the product.
   *
   * @param other the other fraction, not null
   * @return this * other
   */
  public Rational times(Rational other) {
    Objects.requireNonNull(other, "other");
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns the negation.
   *
   * @return -this
   */
  public Rational negated() {
    return new Rational(numerator.negate(), denominator);
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
   * Returns the value as a double, rounded from 40 significant digits (finite whenever the value is
   * within the range of doubles).
   *
   * @return the value as a double
   */
  public double doubleValue() {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), new java.math.MathContext(40))
        .doubleValue();
  }

  /**
   * Returns the value rounded half-up to a number of decimals, for display.
   *
   * @param decimals the number of decimals, not negative
   * @return the rounded decimal
   */
  public BigDecimal toDecimal(int decimals) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r
        && numerator.equals(r.numerator)
        && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
