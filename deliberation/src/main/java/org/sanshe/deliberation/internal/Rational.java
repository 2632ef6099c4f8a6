package org.sanshe.deliberation.internal;

import java.math.BigInteger;

/**
 * An exact rational in lowest terms with a positive denominator, stored in two longs while it fits
 * and in BigIntegers otherwise. Immutable and thread-safe. Only for the engines of this module.
 */
public final class Rational implements Comparable<Rational> {

  /** Zero. */
  public static final Rational ZERO = new Rational(0, 1);

  private final long num;
  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Rational(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
  }

  /**
   * Returns a whole number.
   *
   * @param value the value
   * @return the rational
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : new Rational(value, 1);
  }

  /**
   * Returns {@code num/den} in lowest terms.
   *
   * @param num the numerator
   * @param den the denominator, not zero
   * @return the rational
   */
  public static Rational of(long num, long den) {
    if (den == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    if (den < 0) {
      num = -num;
      den = -den;
    }
    long g = gcd(Math.abs(num), den);
    return g == 1 ? new Rational(num, den) : new Rational(num / g, den / g);
  }

  /**
   * Returns {@code num/den} in lowest terms.
   *
   * @param num the numerator
   * @param den the denominator, not zero
   * @return the rational
   */
  public static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (num.bitLength() < 63 && den.bitLength() < 63) {
      return num.signum() == 0 ? ZERO : new Rational(num.longValue(), den.longValue());
    }
    return new Rational(num, den);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : Math.abs(a);
  }

  private boolean big() {
    return bigNum != null;
  }

  /**
   * Returns the numerator.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return big() ? bigNum : BigInteger.valueOf(num);
  }

  /**
   * Returns the denominator.
   *
   * @return the denominator, positive
   */
  public BigInteger denominator() {
    return big() ? bigDen : BigInteger.valueOf(den);
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return big() ? bigNum.signum() : Long.signum(num);
  }

  /**
   * Adds.
   *
   * @param o the other value
   * @return the sum
   */
  public Rational plus(Rational o) {
    if (!big() && !o.big()) {
      if (den == o.den) {
        long s = num + o.num;
        if (((num ^ s) & (o.num ^ s)) >= 0) {
          return of(s, den);
        }
      } else {
        long g = gcd(den, o.den);
        long a = den / g;
        long b = o.den / g;
        long x1 = num * b;
        long x2 = o.num * a;
        long d = den * b;
        if (fits(num, b) && fits(o.num, a) && fits(den, b)) {
          long s = x1 + x2;
          if (((x1 ^ s) & (x2 ^ s)) >= 0) {
            return of(s, d);
          }
        }
      }
    }
    return of(
        numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
        denominator().multiply(o.denominator()));
  }

  /**
   * Subtracts.
   *
   * @param o the other value
   * @return the difference
   */
  public Rational minus(Rational o) {
    return plus(o.negated());
  }

  /**
   * Negates.
   *
   * @return the negation
   */
  public Rational negated() {
    if (!big() && num != Long.MIN_VALUE) {
      return num == 0 ? this : new Rational(-num, den);
    }
    return of(numerator().negate(), denominator());
  }

  /**
   * Multiplies by a whole number.
   *
   * @param k the factor
   * @return the product
   */
  public Rational times(long k) {
    if (!big() && k != Long.MIN_VALUE) {
      long g = gcd(Math.abs(k), den);
      long kk = k / g;
      if (fits(num, kk)) {
        return of(num * kk, den / g);
      }
    }
    return of(numerator().multiply(BigInteger.valueOf(k)), denominator());
  }

  /**
   * Multiplies.
   *
   * @param o the other value
   * @return the product
   */
  public Rational times(Rational o) {
    if (!big() && !o.big()) {
      long g1 = gcd(Math.abs(num), o.den);
      long g2 = gcd(Math.abs(o.num), den);
      long a = num / g1;
      long b = o.num / g2;
      long c = den / g2;
      long d = o.den / g1;
      if (fits(a, b) && fits(c, d)) {
        return of(a * b, c * d);
      }
    }
    return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
  }

  /**
   * Divides by a whole number.
   *
   * @param k the divisor, not zero
   * @return the quotient
   */
  public Rational dividedBy(long k) {
    if (k == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (!big() && k != Long.MIN_VALUE) {
      long g = gcd(Math.abs(num), Math.abs(k));
      long kk = k / g;
      if (fits(den, kk)) {
        return of(num / g, den * kk);
      }
    }
    return of(numerator(), denominator().multiply(BigInteger.valueOf(k)));
  }

  /**
   * Divides.
   *
   * @param o the divisor, not zero
   * @return the quotient
   * @throws ArithmeticException if o is zero
   */
  public Rational dividedBy(Rational o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return times(of(o.denominator(), o.numerator()));
  }

  /**
   * Compares {@code this * a} with {@code o * b} exactly, for non-negative a and b.
   *
   * @param a this value's factor
   * @param o the other value
   * @param b its factor
   * @return the sign of {@code this*a - o*b}
   */
  public int compareScaled(long a, Rational o, long b) {
    if (!big() && !o.big()) {
      // num*a*o.den versus o.num*b*den
      if (fits(num, a) && fits(o.num, b)) {
        return compare128(num * a, o.den, o.num * b, den);
      }
    }
    return numerator()
        .multiply(BigInteger.valueOf(a))
        .multiply(o.denominator())
        .compareTo(o.numerator().multiply(BigInteger.valueOf(b)).multiply(denominator()));
  }

  @Override
  public int compareTo(Rational o) {
    if (!big() && !o.big()) {
      if (den == o.den) {
        return Long.compare(num, o.num);
      }
      return compare128(num, o.den, o.num, den);
    }
    return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
  }

  /** Compares a*b with c*d for any longs, exactly, using 128-bit products. */
  static int compare128(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, b);
    long lo1 = a * b;
    long hi2 = Math.multiplyHigh(c, d);
    long lo2 = c * d;
    if (hi1 != hi2) {
      return Long.compare(hi1, hi2);
    }
    return Long.compareUnsigned(lo1, lo2);
  }

  private static boolean fits(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return hi == (lo >> 63);
  }

  /**
   * Returns the smaller of two values.
   *
   * @param o the other value
   * @return this or o
   */
  public Rational min(Rational o) {
    return compareTo(o) <= 0 ? this : o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && compareTo(r) == 0;
  }

  @Override
  public int hashCode() {
    return numerator().hashCode() * 31 + denominator().hashCode();
  }

  @Override
  public String toString() {
    return denominator().equals(BigInteger.ONE)
        ? numerator().toString()
        : numerator() + "/" + denominator();
  }
}
