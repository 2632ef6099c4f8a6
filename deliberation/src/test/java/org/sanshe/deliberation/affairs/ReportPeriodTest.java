package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void parse_reads_back_to_string() {
    ReportPeriod q1 = ReportPeriod.parse("2026-01-01/2026-03-31");
    assertThat(q1.toString()).isEqualTo("2026-01-01/2026-03-31");
    assertThat(q1).isEqualTo(ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertThat(ReportPeriod.year(2026).toString()).isEqualTo("2026-01-01/2026-12-31");
  }

  @Test
  void both_ends_are_included() {
    ReportPeriod q1 = ReportPeriod.parse("2026-01-01/2026-03-31");
    assertThat(q1.contains(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(q1.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(q1.contains(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(q1.contains(LocalDate.of(2025, 12, 31))).isFalse();
  }

  @Test
  void periods_order_by_start_then_end() {
    assertThat(ReportPeriod.parse("2026-01-01/2026-03-31"))
        .isLessThan(ReportPeriod.parse("2026-01-01/2026-04-30"))
        .isLessThan(ReportPeriod.parse("2026-02-01/2026-02-02"));
  }

  @Test
  void reversed_or_malformed_periods_are_refused() {
    assertThatThrownBy(() -> ReportPeriod.parse("2026-03-31/2026-01-01"))
        .hasMessageStartingWith("[AFFAIRS_PERIOD_INVALID]");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-03-31"))
        .hasMessageStartingWith("[AFFAIRS_PERIOD_INVALID]");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-02-30/2026-03-01"))
        .hasMessageStartingWith("[AFFAIRS_PERIOD_INVALID]");
  }
}
