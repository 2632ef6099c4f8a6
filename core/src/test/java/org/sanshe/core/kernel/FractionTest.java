package org.sanshe.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sanshe.core.Theories.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;

class FractionTest {

  @Test
  void fractions_are_kept_in_lowest_terms_with_a_positive_denominator() {
    assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.ONE_HALF).hasToString("1/2");
    assertThat(Fraction.of(3, -6)).hasToString("-1/2");
    assertThat(Fraction.of(0, -5)).isSameAs(Fraction.ZERO).hasToString("0");
    assertThat(Fraction.of(6, 3)).hasToString("2");
  }

  @Test
  void at_least_includes_the_figure_and_more_than_excludes_it() {
    Fraction exactlyTwoThirds = Fraction.of(200, 300);
    assertThat(exactlyTwoThirds.isAtLeast(Fraction.TWO_THIRDS)).isTrue();
    assertThat(Fraction.of(199, 300).isAtLeast(Fraction.TWO_THIRDS)).isFalse();
    Fraction exactlyHalf = Fraction.of(50, 100);
    assertThat(exactlyHalf.isGreaterThan(Fraction.ONE_HALF)).isFalse();
    assertThat(Fraction.of(51, 100).isGreaterThan(Fraction.ONE_HALF)).isTrue();
  }

  @Test
  void arithmetic_is_exact() {
    assertThat(Fraction.of(1, 3).plus(Fraction.of(1, 6))).isEqualTo(Fraction.ONE_HALF);
    assertThat(Fraction.of(1, 3).minus(Fraction.of(1, 2))).isEqualTo(Fraction.of(-1, 6));
    assertThat(Fraction.of(2, 3).times(Fraction.of(3, 4))).isEqualTo(Fraction.ONE_HALF);
    assertThat(Fraction.of(2, 3).times(3)).isEqualTo(Fraction.of(2));
    assertThat(Fraction.of(1, 2).dividedBy(Fraction.of(1, 4))).isEqualTo(Fraction.of(2));
    assertThat(Fraction.of(2, 3).toBigDecimal(4)).isEqualByComparingTo(new BigDecimal("0.6667"));
  }

  @Test
  void parse_reads_to_string_and_decimals() {
    assertThat(Fraction.parse("2/3")).isEqualTo(Fraction.TWO_THIRDS);
    assertThat(Fraction.parse("0.75")).isEqualTo(Fraction.THREE_QUARTERS);
    assertThat(Fraction.parse("-4")).isEqualTo(Fraction.of(-4));
    assertThatThrownBy(() -> Fraction.parse("two thirds"))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.code()).isEqualTo("ARGUMENT_INVALID"));
    assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(SansheException.class);
    assertThatThrownBy(() -> Fraction.ONE.dividedBy(Fraction.ZERO))
        .isInstanceOf(SansheException.class);
  }

  @Test
  void compare_to_agrees_with_cross_multiplication_and_parse_round_trips() {
    qt().forAll(
            integers().between(-1000, 1000),
            integers().between(1, 1000),
            integers().between(-1000, 1000),
            integers().between(1, 1000))
        .checkAssert(
            (a, b, c, d) -> {
              Fraction x = Fraction.of(a, b);
              Fraction y = Fraction.of(c, d);
              assertThat(Integer.signum(x.compareTo(y)))
                  .isEqualTo(Long.signum((long) a * d - (long) c * b));
              assertThat(x.equals(y)).isEqualTo(x.compareTo(y) == 0);
              assertThat(Fraction.parse(x.toString())).isEqualTo(x);
              assertThat(x.plus(y).minus(y)).isEqualTo(x);
              assertThat(x.plus(y)).isEqualTo(y.plus(x));
            });
  }
}
