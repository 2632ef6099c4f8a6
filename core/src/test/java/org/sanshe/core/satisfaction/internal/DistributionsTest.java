package org.sanshe.core.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionsTest {

  @ParameterizedTest(name = "z({0}) = {1}")
  @CsvSource({
    "0.975, 1.959964",
    "0.95, 1.644854",
    "0.995, 2.575829",
    "0.999, 3.090232",
    "0.9, 1.281552",
    "0.5, 0.000000",
    "0.025, -1.959964",
    "0.01, -2.326348"
  })
  void the_normal_quantile_matches_published_tables(double p, double z) {
    assertThat(Distributions.normalQuantile(p)).isCloseTo(z, within(5e-7));
  }

  @ParameterizedTest(name = "t({0}, {1}) = {2}")
  @CsvSource({
    "0.975, 9, 2.262157",
    "0.975, 1, 12.706205",
    "0.975, 2, 4.302653",
    "0.975, 30, 2.042272",
    "0.975, 120, 1.979930",
    "0.95, 10, 1.812461",
    "0.995, 5, 4.032143",
    "0.99, 20, 2.527977",
    "0.9, 3, 1.637744",
    "0.025, 9, -2.262157"
  })
  void the_t_quantile_matches_published_tables(double p, double df, double t) {
    assertThat(Distributions.tQuantile(p, df)).isCloseTo(t, within(5e-7));
  }

  @ParameterizedTest(name = "erfc({0}) = {1}")
  @CsvSource({"0, 1", "1, 0.157299207050285", "-1, 1.842700792949715", "3, 2.20904969985854e-5"})
  void the_complementary_error_function_matches_reference_values(double x, double expected) {
    assertThat(Distributions.erfc(x)).isCloseTo(expected, within(1e-14));
  }

  @Test
  void the_t_quantile_tends_to_the_normal_quantile_for_many_degrees_of_freedom() {
    assertThat(Distributions.tQuantile(0.975, 1e7))
        .isCloseTo(Distributions.normalQuantile(0.975), within(1e-6));
  }

  @Test
  void the_t_quantile_inverts_the_t_distribution() {
    // p in [0.51, 0.9999] with six decimals
    qt().forAll(integers().between(510_000, 999_900).map(m -> m / 1e6), integers().between(1, 5000))
        .checkAssert(
            (p, df) -> {
              double t = Distributions.tQuantile(p, df);
              assertThat(Distributions.tTail(t, df)).isCloseTo(1 - p, within(1e-10));
              assertThat(Distributions.tQuantile(1 - p, df))
                  .isCloseTo(-t, within(1e-9 * Math.max(1, t)));
            });
  }

  @Test
  void the_normal_quantile_inverts_the_normal_distribution() {
    // p in [1e-12, 0.999999] with fourteen decimals, mixed with a log-uniform lower tail
    qt().forAll(
            longs()
                .between(100, 99_999_900_000_000L)
                .map(units -> units / 1e14)
                .mix(doubles().between(-12, -2).map(e -> Math.pow(10, e))))
        .checkAssert(
            p -> {
              double z = Distributions.normalQuantile(p);
              assertThat(Distributions.normalCdf(z)).isCloseTo(p, within(1e-12 + 1e-9 * p));
            });
  }
}
