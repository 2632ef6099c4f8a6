package org.sanshe.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;

class WelfareShareTest {

  @Test
  void the_welfare_share_and_the_remainder_sum_to_the_fee_and_welfare_is_rounded_up() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), integers().between(0, 10_000))
        .checkAssert(
            (fen, bps) -> {
              WelfareShare.Split s = new WelfareShare(bps).split(Money.of(fen));
              assertThat(s.welfare().fen() + s.pool().fen()).isEqualTo(fen);
              assertThat(s.fee()).isEqualTo(Money.of(fen));
              assertThat(s.pool().isNegative()).isFalse();
              BigInteger exact = BigInteger.valueOf(fen).multiply(BigInteger.valueOf(bps));
              BigInteger welfare =
                  BigInteger.valueOf(s.welfare().fen()).multiply(BigInteger.valueOf(10_000));
              // welfare * 10000 >= fee * bps > (welfare - 1) * 10000: the exact share, rounded up
              assertThat(welfare).isGreaterThanOrEqualTo(exact);
              assertThat(welfare.subtract(exact)).isLessThan(BigInteger.valueOf(10_000));
            });
  }

  @Test
  void examples_of_the_seventy_percent_preset() {
    WelfareShare w = WelfareShare.XINCHENG_MUTUAL_AID;
    assertThat(w.split(Money.ofYuan(100)).welfare()).isEqualTo(Money.ofYuan(70));
    assertThat(w.split(Money.of(1)).welfare()).isEqualTo(Money.of(1));
    assertThat(w.split(Money.of(1)).pool()).isEqualTo(Money.ZERO);
    assertThat(w.split(Money.of(3)).welfare()).isEqualTo(Money.of(3)); // 2.1 fen rounds up to 3
    assertThat(w.split(Money.of(10)).welfare()).isEqualTo(Money.of(7));
    assertThat(w.toString()).isEqualTo("70.00%");
    assertThat(new WelfareShare(0).split(Money.of(99)).welfare()).isEqualTo(Money.ZERO);
    assertThat(new WelfareShare(10_000).split(Money.of(99)).pool()).isEqualTo(Money.ZERO);
  }

  @Test
  void a_share_outside_zero_to_one_hundred_percent_is_refused() {
    assertThatThrownBy(() -> new WelfareShare(10_001))
        .hasMessageStartingWith("[FUND_SHARE_INVALID]");
    assertThatThrownBy(() -> new WelfareShare(-1)).hasMessageStartingWith("[FUND_SHARE_INVALID]");
    assertThatThrownBy(() -> WelfareShare.XINCHENG_MUTUAL_AID.split(Money.ZERO))
        .hasMessageStartingWith("[FUND_AMOUNT_NOT_POSITIVE]");
  }
}
