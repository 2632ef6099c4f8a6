package org.sanshe.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RationalTest {

  @Test
  void fractions_are_kept_in_lowest_terms_with_a_positive_denominator() {
    assertThat(Rational.of(6, -4)).isEqualTo(Rational.of(-3, 2));
    assertThat(Rational.of(6, -4).toString()).isEqualTo("-3/2");
    assertThat(Rational.of(10, 5).toString()).isEqualTo("2");
  }

  @Test
  void parse_reads_fractions_whole_numbers_and_decimals() {
    assertThat(Rational.parse("7/2")).isEqualTo(Rational.of(7, 2));
    assertThat(Rational.parse("-3")).isEqualTo(Rational.of(-3));
    assertThat(Rational.parse("87.25")).isEqualTo(Rational.of(349, 4));
    assertThat(Rational.parse("1E+2")).isEqualTo(Rational.of(100));
  }

  @Test
  void malformed_text_and_zero_denominators_are_refused() {
    assertThatThrownBy(() -> Rational.parse("1/0"))
        .isInstanceOf(SatisfactionException.class)
        .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
    assertThatThrownBy(() -> Rational.parse("x"))
        .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
    assertThatThrownBy(() -> Rational.of(1, 0))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
  }

  @Test
  void arithmetic_and_ordering_are_exact() {
    Rational third = Rational.of(1, 3);
    assertThat(third.plus(third).plus(third)).isEqualTo(Rational.ONE);
    assertThat(Rational.ONE.minus(third)).isEqualTo(Rational.of(2, 3));
    assertThat(third.times(Rational.of(3))).isEqualTo(Rational.ONE);
    assertThat(Rational.of(899, 1)).isLessThan(Rational.of(900));
    assertThat(Rational.of(1, 3).toDecimal(4)).isEqualTo(new BigDecimal("0.3333"));
    assertThat(Rational.of(2, 3).doubleValue()).isEqualTo(2.0 / 3.0);
  }

  @Property(tries = 200)
  void to_string_is_read_back_by_parse(
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long n,
      @ForAll @LongRange(min = 1, max = 1_000_000) long d) {
    Rational r = Rational.of(n, d);
    assertThat(Rational.parse(r.toString())).isEqualTo(r);
    assertThat(Rational.parse(r.toString()).hashCode()).isEqualTo(r.hashCode());
  }
}
