package org.sanshe.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void yuan_are_held_as_fen_and_printed_with_two_decimals() {
    assertThat(Money.ofYuan(300_000).fen()).isEqualTo(30_000_000L);
    assertThat(Money.ofYuan(300_000)).hasToString("300000.00");
    assertThat(Money.of(-5)).hasToString("-0.05");
    assertThat(Money.of(1234)).hasToString("12.34");
  }

  @Test
  void parse_reads_yuan_with_up_to_two_decimals() {
    assertThat(Money.parse("300000")).isEqualTo(Money.ofYuan(300_000));
    assertThat(Money.parse("12.5")).isEqualTo(Money.of(1250));
    assertThat(Money.parse("-0.05")).isEqualTo(Money.of(-5));
  }

  @Test
  void parse_refuses_malformed_text() {
    for (String bad : new String[] {"", "1.234", "1.", ".5", "1,000", "¥5", "-", "1e3"}) {
      assertThatThrownBy(() -> Money.parse(bad))
          .as(bad)
          .isInstanceOf(MoneyException.class)
          .extracting(e -> ((MoneyException) e).code())
          .isIn("MONEY_FORMAT", "MONEY_REQUIRED");
    }
  }

  @Test
  void arithmetic_throws_on_overflow_instead_of_wrapping() {
    Money big = Money.of(Long.MAX_VALUE);
    assertThatThrownBy(() -> big.plus(Money.of(1)))
        .isInstanceOf(MoneyException.class)
        .hasMessageContaining("MONEY_OVERFLOW");
    assertThatThrownBy(() -> big.times(2)).hasMessageContaining("MONEY_OVERFLOW");
    assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10))
        .hasMessageContaining("MONEY_OVERFLOW");
    assertThatThrownBy(() -> Money.parse("99999999999999999999"))
        .hasMessageContaining("MONEY_OVERFLOW");
  }

  @Test
  void percentages_are_exact_and_round_down() {
    Money fund = Money.ofYuan(300_000);
    assertThat(fund.percent(50)).isEqualTo(Money.ofYuan(150_000));
    assertThat(Money.of(3).percent(50)).isEqualTo(Money.of(1));
    assertThat(Money.ofYuan(150_000).isAtLeastPercentOf(fund, 50)).isTrue();
    assertThat(Money.of(14_999_999).isAtLeastPercentOf(fund, 50)).isFalse();
    assertThat(Money.ofYuan(150_000).basisPointsOf(fund)).isEqualTo(5000);
    assertThatThrownBy(() -> fund.percent(101)).hasMessageContaining("MONEY_PERCENT_RANGE");
  }

  @Test
  void equality_and_ordering_follow_the_amount() {
    assertThat(Money.of(100)).isEqualTo(Money.ofYuan(1)).hasSameHashCodeAs(Money.ofYuan(1));
    assertThat(Money.of(99)).isLessThan(Money.ofYuan(1));
    assertThat(Money.of(0)).isSameAs(Money.ZERO);
  }

  @Test
  void toString_is_read_back_by_parse() {
    qt().forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE))
        .checkAssert(
            fen -> {
              Money m = Money.of(fen);
              assertThat(Money.parse(m.toString())).isEqualTo(m);
            });
  }

  @Test
  void plus_then_minus_is_identity() {
    qt().forAll(
            longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
        .checkAssert(
            (a, b) ->
                assertThat(Money.of(a).plus(Money.of(b)).minus(Money.of(b)))
                    .isEqualTo(Money.of(a)));
  }

  @Test
  void every_code_has_english_and_chinese_messages() {
    for (MoneyError code : MoneyError.values()) {
      assertThat(MoneyError.catalog().covers(code.code())).as(code.code()).isTrue();
    }
  }
}
