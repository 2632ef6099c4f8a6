package org.sanshe.core.satisfaction.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanshe.core.satisfaction.Rational;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.instrument.Weight;

class MinimumSampleRuleTest {

  private final MinimumSampleRule preset = MinimumSampleRule.preset();

  @Test
  void fifty_respondents_of_whom_seventy_percent_ordinary_residents_suffice() {
    assertThat(preset.decide(50, 35))
        .isEqualTo(new SampleDecision.Sufficient(50, Rational.of(7, 10)));
  }

  @Test
  void forty_nine_respondents_are_too_few() {
    SampleDecision d = preset.decide(49, 49);
    assertThat(d.sufficient()).isFalse();
    assertThat(((SampleDecision.Insufficient) d).shortfalls())
        .containsExactly(
            new Shortfall(SatisfactionError.SATISFACTION_SAMPLE_TOO_SMALL, "49", "50"));
  }

  @Test
  void sixty_eight_percent_ordinary_residents_are_too_few() {
    SampleDecision d = preset.decide(50, 34);
    assertThat(((SampleDecision.Insufficient) d).shortfalls())
        .containsExactly(
            new Shortfall(SatisfactionError.SATISFACTION_ORDINARY_SHARE_TOO_LOW, "68%", "70%"));
  }

  @Test
  void every_reason_is_given_when_both_rules_fail() {
    SampleDecision.Insufficient d = (SampleDecision.Insufficient) preset.decide(10, 1);
    assertThat(d.shortfalls())
        .extracting(Shortfall::code)
        .containsExactly(
            SatisfactionError.SATISFACTION_SAMPLE_TOO_SMALL,
            SatisfactionError.SATISFACTION_ORDINARY_SHARE_TOO_LOW);
    assertThat(d.shortfalls().get(1).message(java.util.Locale.ENGLISH))
        .isEqualTo("Ordinary residents are 10% of the respondents, at least 70% required");
  }

  @Test
  void the_share_is_compared_exactly_at_the_boundary() {
    MinimumSampleRule rule = MinimumSampleRule.of(1, Weight.parse("0.7"));
    assertThat(rule.decide(10, 7).sufficient()).isTrue();
    assertThat(rule.decide(1000, 699).sufficient()).isFalse();
    assertThat(rule.decide(3, 2).sufficient()).isFalse();
  }

  @Test
  void inconsistent_counts_and_a_zero_minimum_are_refused() {
    assertThatThrownBy(() -> preset.decide(5, 6))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> MinimumSampleRule.of(0, Weight.ZERO))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
  }
}
