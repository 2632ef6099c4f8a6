package org.sanshe.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;

class RationalTest {

  private static Fraction frac(Rational r) {
    return Fraction.of(r.numerator(), r.denominator());
  }

  @Test
  void extreme_longs_keep_a_positive_denominator() {
    Rational r = Rational.of(Long.MIN_VALUE, 6);
    assertThat(r.denominator().signum()).isPositive();
    assertThat(frac(r))
        .isEqualTo(Fraction.of(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(6)));
    assertThat(Rational.of(1, 2).compareTo(r)).isPositive();
    assertThat(frac(Rational.of(3, 7).times(Long.MIN_VALUE)))
        .isEqualTo(Fraction.of(3, 7).times(Long.MIN_VALUE));
  }

  @Test
  void values_reduce_to_lowest_terms_and_compare_exactly() {
    assertThat(Rational.of(6, -4)).isEqualTo(Rational.of(-3, 2));
    assertThat(Rational.of(6, -4).toString()).isEqualTo("-3/2");
    Rational huge = Rational.of(Long.MAX_VALUE, 3).times(Rational.of(Long.MAX_VALUE - 1, 5));
    assertThat(huge.compareTo(huge.plus(Rational.of(1, Long.MAX_VALUE)))).isNegative();
    assertThat(Rational.compare128(Long.MAX_VALUE, 3, Long.MAX_VALUE - 1, 3)).isPositive();
  }
}
