package org.sanshe.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lehmer's gcd equals {@link BigInteger#gcd} on every input, and so do fractions built with it. */
class GcdProperties {

  /** A number of the given bits from a seed, negative when asked. */
  private static BigInteger number(int bits, long seed, boolean negative) {
    BigInteger n = new BigInteger(bits, new Random(seed));
    return negative ? n.negate() : n;
  }

  @Test
  void equals_the_jdk_gcd_for_numbers_of_up_to_1500_bits_with_a_shared_factor() {
    qt(3000)
        .forAll(
            integers().between(0, 1500),
            integers().between(0, 1500),
            integers().between(0, 300),
            longs().all())
        .checkAssert(
            (bitsA, bitsB, bitsFactor, seed) -> {
              BigInteger factor =
                  number(bitsFactor, seed ^ 0x5DEECE66DL, false).add(BigInteger.ONE);
              BigInteger a = number(bitsA, seed, (seed & 1) == 0).multiply(factor);
              BigInteger b = number(bitsB, seed + 1, (seed & 2) == 0).multiply(factor);
              assertThat(Gcd.of(a, b)).isEqualTo(a.gcd(b));
              assertThat(Gcd.of(b, a)).isEqualTo(a.gcd(b));
            });
  }

  @Test
  void equals_the_jdk_gcd_when_one_number_has_at_most_64_bits() {
    qt().forAll(
            integers().between(0, 400),
            integers().between(0, 66),
            integers().between(0, 40),
            longs().all())
        .checkAssert(
            (bitsA, bitsB, bitsFactor, seed) -> {
              BigInteger factor =
                  number(bitsFactor, seed ^ 0x5DEECE66DL, false).add(BigInteger.ONE);
              BigInteger a = number(bitsA, seed, (seed & 1) == 0).multiply(factor);
              BigInteger b = number(bitsB, seed + 1, (seed & 2) == 0);
              assertThat(Gcd.of(a, b)).isEqualTo(a.gcd(b));
              assertThat(Gcd.of(b, a)).isEqualTo(b.gcd(a));
              long x = seed;
              long y = seed * 0x9E3779B97F4A7C15L;
              assertThat(Gcd.binary(x, y)).isEqualTo(unsigned(x).gcd(unsigned(y)).longValue());
            });
  }

  private static BigInteger unsigned(long w) {
    return new BigInteger(Long.toUnsignedString(w));
  }

  @Test
  void equals_the_jdk_gcd_for_zero_equal_multiple_and_worst_case_inputs() {
    BigInteger big = number(700, 7, false);
    assertThat(Gcd.of(BigInteger.ZERO, BigInteger.ZERO)).isEqualTo(BigInteger.ZERO);
    assertThat(Gcd.of(big, BigInteger.ZERO)).isEqualTo(big);
    assertThat(Gcd.of(BigInteger.ZERO, big.negate())).isEqualTo(big);
    assertThat(Gcd.of(big, big)).isEqualTo(big);
    assertThat(Gcd.of(big.multiply(BigInteger.valueOf(97)), big)).isEqualTo(big);
    assertThat(Gcd.of(big.shiftLeft(200), big.shiftLeft(3))).isEqualTo(big.shiftLeft(3));
    // consecutive Fibonacci numbers: every quotient is 1, the longest Euclid chain
    BigInteger f0 = BigInteger.ONE;
    BigInteger f1 = BigInteger.ONE;
    for (int i = 0; i < 2500; i++) {
      BigInteger next = f0.add(f1);
      f0 = f1;
      f1 = next;
      assertThat(Gcd.of(f1, f0)).as("F(%d), F(%d)", i + 3, i + 2).isEqualTo(BigInteger.ONE);
      assertThat(Gcd.of(f1.multiply(big), f0.multiply(big))).isEqualTo(big);
    }
    // words of all ones, where carries run the whole length
    for (int bits = 60; bits < 1200; bits += 7) {
      BigInteger a = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
      BigInteger b = BigInteger.ONE.shiftLeft(bits - 3).subtract(BigInteger.ONE);
      assertThat(Gcd.of(a, b)).isEqualTo(a.gcd(b));
    }
  }

  @Test
  void fractions_of_large_parts_are_in_lowest_terms_and_equal_their_decimal_value() {
    qt(1000)
        .forAll(integers().between(65, 900), integers().between(1, 200), longs().all())
        .checkAssert(
            (bits, factorBits, seed) -> {
              BigInteger factor = number(factorBits, seed ^ 99, false).add(BigInteger.ONE);
              BigInteger n = number(bits, seed, (seed & 1) == 0).multiply(factor);
              BigInteger d = number(bits, seed + 7, false).add(BigInteger.ONE).multiply(factor);
              Fraction f = Fraction.of(n, d);
              assertThat(f.numerator().gcd(f.denominator())).isEqualTo(BigInteger.ONE);
              assertThat(f.numerator().multiply(d)).isEqualTo(n.multiply(f.denominator()));
            });
  }
}
