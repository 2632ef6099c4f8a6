package org.sanshe.jackson3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.Fraction;

class FractionsTest {

  @Test
  void exact_results_longer_than_typed_input_read_back() {
    Fraction rho =
        Fraction.of(new BigInteger("7" + "3".repeat(140)), new BigInteger("-" + "9".repeat(90)));
    assertThat(Fractions.parse(rho.toString())).isEqualTo(rho);
    Fraction whole = Fraction.of(new BigInteger("5".repeat(Fractions.MAX_DIGITS)), BigInteger.ONE);
    assertThat(Fractions.parse(whole.toString())).isEqualTo(whole);
  }

  @Test
  void short_forms_and_refusals_are_those_of_fraction_parse() {
    assertThat(Fractions.parse("0.3")).isEqualTo(Fraction.of(3, 10));
    assertThat(Fractions.parse("913/10")).isEqualTo(Fraction.of(913, 10));
    for (String bad :
        new String[] {
          "1".repeat(Fractions.MAX_DIGITS + 1) + "/3",
          "1".repeat(70) + "/0",
          "1".repeat(70) + "/x",
          "/3"
        }) {
      assertThatThrownBy(() -> Fractions.parse(bad))
          .isInstanceOf(SansheException.class)
          .hasMessageNotContaining("1".repeat(70));
    }
  }

  /**
   * Long digit strings (leading zeros, every length up to the limit) read as the JDK reads them.
   */
  @Test
  void long_digit_strings_read_as_big_integer_reads_them() {
    long seed = System.nanoTime();
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int round = 0; round < 3000; round++) {
      int length = round < 200 ? round + 1 : 1 + random.nextInt(Fractions.MAX_DIGITS);
      StringBuilder digits = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        digits.append((char) ('0' + (random.nextInt(4) == 0 ? 9 : random.nextInt(10))));
      }
      String text = digits.toString();
      assertThat(Fractions.integer(text, 0))
          .as("seed %d, %s", seed, text)
          .isEqualTo(new BigInteger(text));
      assertThat(Fractions.parse("-" + text + "/7"))
          .as("seed %d", seed)
          .isEqualTo(Fraction.of(new BigInteger(text).negate(), BigInteger.valueOf(7)));
    }
  }
}
