package org.sanshe.core.satisfaction.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

  private static final ItemId Q = ItemId.of("Q1");

  @Test
  void each_scale_has_its_range_and_satisfied_levels() {
    assertThat(Scale.FIVE_LEVEL.levels()).isEqualTo(5);
    assertThat(Scale.FIVE_LEVEL.satisfiedFrom()).isEqualTo(4);
    assertThat(Scale.ZERO_TO_TEN.levels()).isEqualTo(11);
    assertThat(Scale.ONE_TO_TEN.contains(0)).isFalse();
    assertThat(Scale.COMPETENCE.satisfiedFrom()).isEqualTo(1);
  }

  @Test
  void reverse_scoring_mirrors_the_levels() {
    assertThat(Scale.FIVE_LEVEL.reverse(1)).isEqualTo(5);
    assertThat(Scale.FIVE_LEVEL.reverse(4)).isEqualTo(2);
    assertThat(Scale.ZERO_TO_TEN.reverse(3)).isEqualTo(7);
    assertThat(Item.of("Q", Scale.FIVE_LEVEL).reverseScored().scoredLevel(2)).isEqualTo(4);
  }

  @Test
  void a_whole_number_on_the_scale_is_read_as_a_level() {
    assertThat(Scale.FIVE_LEVEL.level(Q, 4.0)).isEqualTo(4);
    assertThat(Scale.ZERO_TO_TEN.level(Q, 0.0)).isEqualTo(0);
  }

  @Test
  void nan_fractions_and_answers_off_the_scale_each_have_their_own_code() {
    assertThatThrownBy(() -> Scale.FIVE_LEVEL.level(Q, Double.NaN))
        .hasMessageContaining("SATISFACTION_ANSWER_NOT_A_NUMBER");
    assertThatThrownBy(() -> Scale.FIVE_LEVEL.level(Q, Double.NEGATIVE_INFINITY))
        .hasMessageContaining("SATISFACTION_ANSWER_NOT_A_NUMBER");
    assertThatThrownBy(() -> Scale.FIVE_LEVEL.level(Q, 3.5))
        .hasMessageContaining("SATISFACTION_ANSWER_NOT_A_LEVEL");
    assertThatThrownBy(() -> Scale.FIVE_LEVEL.level(Q, 6))
        .hasMessageContaining("SATISFACTION_ANSWER_OUT_OF_SCALE");
    assertThatThrownBy(() -> Scale.ONE_TO_TEN.check(Q, 0))
        .hasMessageContaining("SATISFACTION_ANSWER_OUT_OF_SCALE");
  }
}
