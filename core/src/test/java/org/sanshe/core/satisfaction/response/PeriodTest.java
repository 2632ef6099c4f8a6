package org.sanshe.core.satisfaction.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void years_halves_quarters_and_months_parse_and_print_back() {
    for (String code : new String[] {"2026", "2026-H1", "2026-Q3", "2026-07"}) {
      assertThat(Period.parse(code).toString()).isEqualTo(code);
      assertThat(Period.parse(code)).isEqualTo(new Period(code));
    }
    assertThat(Period.ofYear(2025)).isEqualTo(Period.parse("2025"));
  }

  @Test
  void periods_order_by_code() {
    assertThat(Period.parse("2025")).isLessThan(Period.parse("2026"));
    assertThat(Period.parse("2026-Q1")).isLessThan(Period.parse("2026-Q2"));
  }

  @Test
  void malformed_periods_are_refused() {
    for (String bad : new String[] {"26", "2026-H3", "2026-13", "2026-Q0", "2026/07"}) {
      assertThatThrownBy(() -> Period.parse(bad))
          .as(bad)
          .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
    }
  }
}
