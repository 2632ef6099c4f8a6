package org.sanshe.timebank.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.timebank.Theories.qt;

import org.junit.jupiter.api.Test;

class TimeCreditProperties {

  @Test
  void every_amount_survives_a_round_trip() {
    qt().forAll(longs().all())
        .checkAssert(
            minutes -> {
              TimeCredit c = TimeCredit.ofMinutes(minutes);
              assertThat(TimeCredit.parse(c.toString())).isEqualTo(c);
            });
  }

  @Test
  void hours_and_minutes_recompose_the_amount() {
    qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L))
        .checkAssert(
            minutes -> {
              TimeCredit c = TimeCredit.ofMinutes(minutes);
              assertThat(c.hoursPart() * 60 + c.minutesPart()).isEqualTo(minutes);
              assertThat(c.plus(c.negated())).isEqualTo(TimeCredit.ZERO);
            });
  }
}
