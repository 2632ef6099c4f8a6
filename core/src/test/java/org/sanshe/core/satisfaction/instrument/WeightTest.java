package org.sanshe.core.satisfaction.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sanshe.core.Theories.qt;

import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionException;

class WeightTest {

  @Test
  void decimals_and_percentages_read_to_basis_points() {
    assertThat(Weight.parse("0.3").basisPoints()).isEqualTo(3000);
    assertThat(Weight.parse("30%").basisPoints()).isEqualTo(3000);
    assertThat(Weight.parse("0.0125").basisPoints()).isEqualTo(125);
    assertThat(Weight.parse("1").basisPoints()).isEqualTo(10_000);
    assertThat(Weight.of(0.1).basisPoints()).isEqualTo(1000);
    assertThat(Weight.ofPercent(60)).isEqualTo(Weight.parse("0.6"));
  }

  @Test
  void to_string_gives_the_plain_decimal() {
    assertThat(Weight.ofBasisPoints(3000).toString()).isEqualTo("0.3");
    assertThat(Weight.ONE.toString()).isEqualTo("1");
    assertThat(Weight.ZERO.toString()).isEqualTo("0");
    assertThat(Weight.ofBasisPoints(1).toRational()).isEqualTo(Fraction.of(1, 10_000));
  }

  @Test
  void weights_out_of_range_or_finer_than_a_basis_point_are_refused() {
    for (String bad : new String[] {"-0.1", "1.0001", "0.00001", "abc", "120%"}) {
      assertThatThrownBy(() -> Weight.parse(bad))
          .as(bad)
          .isInstanceOf(SatisfactionException.class)
          .hasMessageContaining("SATISFACTION_WEIGHT_INVALID");
    }
    assertThatThrownBy(() -> Weight.ofBasisPoints(10_001))
        .hasMessageContaining("SATISFACTION_WEIGHT_INVALID");
  }

  @Test
  void a_nan_weight_has_its_own_code() {
    assertThatThrownBy(() -> Weight.of(Double.NaN))
        .hasMessageContaining("SATISFACTION_NOT_A_NUMBER");
    assertThatThrownBy(() -> Weight.of(Double.POSITIVE_INFINITY))
        .hasMessageContaining("SATISFACTION_NOT_A_NUMBER");
  }

  @Test
  void weights_order_by_size_and_are_equal_by_value() {
    assertThat(Weight.parse("0.1")).isLessThan(Weight.parse("0.3"));
    assertThat(Weight.parse("0.30")).isEqualTo(Weight.parse("30%"));
    assertThat(Weight.parse("0.30").hashCode()).isEqualTo(Weight.parse("30%").hashCode());
  }

  @Test
  void to_string_is_read_back_by_parse() {
    qt().forAll(integers().between(0, 10_000))
        .checkAssert(
            bp -> {
              Weight w = Weight.ofBasisPoints(bp);
              assertThat(Weight.parse(w.toString())).isEqualTo(w);
            });
  }
}
