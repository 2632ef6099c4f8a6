package org.sanshe.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void a_clock_moves_only_when_told() {
    MutableClock clock = MutableClock.beijing(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    clock.advance(Duration.ofHours(3));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(3 * 3600));
    clock.set(T0);
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void a_clock_in_another_zone_shares_the_instant() {
    MutableClock clock = MutableClock.at(T0, ZoneOffset.UTC);
    MutableClock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
    clock.advance(Duration.ofDays(1));
    assertThat(shanghai.instant()).isEqualTo(T0.plus(Duration.ofDays(1)));
    assertThat(shanghai.getZone()).isNotEqualTo(clock.getZone());
  }
}
