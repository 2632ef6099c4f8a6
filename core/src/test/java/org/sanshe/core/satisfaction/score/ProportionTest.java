package org.sanshe.core.satisfaction.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sanshe.core.Theories.qt;

import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;

class ProportionTest {

  @Test
  void the_wilson_lower_bound_of_9_of_10_at_95_percent_is_0_596() {
    Proportion p = Proportion.wilson(9, 10, 0.95);
    assertThat(p.lowerBound()).isCloseTo(0.596, within(0.0005));
    assertThat(p.upperBound()).isCloseTo(0.982, within(0.0005));
    assertThat(p.rate()).isEqualTo(0.9);
    assertThat(p.exactRate()).isEqualTo(Fraction.of(9, 10));
  }

  @Test
  void the_wilson_lower_bound_of_90_of_100_at_95_percent_is_0_826() {
    assertThat(Proportion.wilson(90, 100, 0.95).lowerBound()).isCloseTo(0.826, within(0.0005));
  }

  @Test
  void all_or_nothing_stays_inside_zero_and_one() {
    Proportion none = Proportion.wilson(0, 5, 0.95);
    assertThat(none.lowerBound()).isZero();
    assertThat(none.upperBound()).isBetween(0.0, 1.0);
    Proportion all = Proportion.wilson(5, 5, 0.95);
    assertThat(all.upperBound()).isEqualTo(1.0);
    assertThat(all.lowerBound()).isCloseTo(0.566, within(0.0005));
  }

  @Test
  void bad_counts_and_confidence_levels_are_refused_with_their_codes() {
    assertThatThrownBy(() -> Proportion.wilson(1, 0, 0.95))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> Proportion.wilson(6, 5, 0.95))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> Proportion.wilson(1, 5, Double.NaN))
        .hasMessageContaining("SATISFACTION_NOT_A_NUMBER");
    assertThatThrownBy(() -> Proportion.wilson(1, 5, 1.0))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
  }

  @Test
  void the_interval_always_holds_the_rate_and_is_finite() {
    qt().forAll(integers().between(1, 100_000), integers().between(0, 100_000))
        .checkAssert(
            (trials, k) -> {
              int successes = k % (trials + 1);
              Proportion p = Proportion.wilson(successes, trials, 0.95);
              assertThat(p.lowerBound()).isBetween(0.0, p.rate());
              assertThat(p.upperBound()).isBetween(p.rate(), 1.0);
            });
  }
}
