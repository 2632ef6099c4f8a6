package org.sanshe.timebank.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

class TimeCreditTest {

  @Test
  void equal_amounts_are_equal_and_ordered_by_minutes() {
    assertThat(TimeCredit.ofHours(2)).isEqualTo(TimeCredit.ofMinutes(120));
    assertThat(TimeCredit.ofHours(2).hashCode()).isEqualTo(TimeCredit.ofMinutes(120).hashCode());
    assertThat(TimeCredit.ofMinutes(59)).isLessThan(TimeCredit.ofHours(1));
    assertThat(TimeCredit.ofMinutes(-1)).isLessThan(TimeCredit.ZERO);
    assertThat(TimeCredit.ofMinutes(0)).isSameAs(TimeCredit.ZERO);
  }

  @Test
  void the_text_form_reads_back() {
    assertThat(TimeCredit.ofHoursAndMinutes(12, 5).toString()).isEqualTo("12h05m");
    assertThat(TimeCredit.ofMinutes(-30).toString()).isEqualTo("-0h30m");
    assertThat(TimeCredit.ofHours(1500).toString()).isEqualTo("1500h00m");
    assertThat(TimeCredit.parse("12h05m")).isEqualTo(TimeCredit.ofMinutes(725));
    assertThat(TimeCredit.parse("-0h30m")).isEqualTo(TimeCredit.ofMinutes(-30));
    assertThat(TimeCredit.parse(TimeCredit.ofMinutes(Long.MIN_VALUE).toString()))
        .isEqualTo(TimeCredit.ofMinutes(Long.MIN_VALUE));
  }

  @Test
  void malformed_text_is_refused() {
    for (String bad :
        new String[] {"", "h00m", "1h0m", "1h60m", "1.5h", "01h00m", "1h00", "-h00m", "1h00m "}) {
      assertThatThrownBy(() -> TimeCredit.parse(bad))
          .isInstanceOfSatisfying(
              TimeBankException.class,
              e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_CREDIT_FORMAT));
    }
    assertThatThrownBy(() -> TimeCredit.parse("999999999999999999h00m"))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_CREDIT_OVERFLOW));
  }

  @Test
  void arithmetic_is_exact_and_throws_on_overflow() {
    assertThat(TimeCredit.ofMinutes(90).plus(TimeCredit.ofMinutes(30)))
        .isEqualTo(TimeCredit.ofHours(2));
    assertThat(TimeCredit.ofMinutes(90).minus(TimeCredit.ofMinutes(100)).toMinutes())
        .isEqualTo(-10);
    assertThat(TimeCredit.ofMinutes(7).multipliedBy(3).toMinutes()).isEqualTo(21);
    assertThat(TimeCredit.ofMinutes(7).negated().toMinutes()).isEqualTo(-7);
    TimeCredit max = TimeCredit.ofMinutes(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(TimeCredit.ofMinutes(1)))
        .isInstanceOf(TimeBankException.class);
    assertThatThrownBy(() -> TimeCredit.ofMinutes(Long.MIN_VALUE).negated())
        .isInstanceOf(TimeBankException.class);
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(TimeBankException.class);
    assertThatThrownBy(() -> TimeCredit.ofHours(Long.MAX_VALUE / 10))
        .isInstanceOf(TimeBankException.class);
  }

  @Test
  void hours_are_shown_exactly_without_floating_point() {
    assertThat(TimeCredit.ofMinutes(90).toHours(2)).isEqualTo(new BigDecimal("1.50"));
    assertThat(TimeCredit.ofMinutes(20).toHours(2)).isEqualTo(new BigDecimal("0.33"));
    assertThat(TimeCredit.ofMinutes(-90).hoursPart()).isEqualTo(-1);
    assertThat(TimeCredit.ofMinutes(-90).minutesPart()).isEqualTo(-30);
  }
}
