package org.sanshe.timebank.credit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class TimeCreditProperties {

  @Property(tries = 300)
  void every_amount_survives_a_round_trip(@ForAll long minutes) {
    TimeCredit c = TimeCredit.ofMinutes(minutes);
    assertThat(TimeCredit.parse(c.toString())).isEqualTo(c);
  }

  @Property(tries = 300)
  void hours_and_minutes_recompose_the_amount(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long minutes) {
    TimeCredit c = TimeCredit.ofMinutes(minutes);
    assertThat(c.hoursPart() * 60 + c.minutesPart()).isEqualTo(minutes);
    assertThat(c.plus(c.negated())).isEqualTo(TimeCredit.ZERO);
  }
}
