package org.sanshe.core.satisfaction.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointsMappingTest {

  @Test
  void the_five_level_preset_is_100_80_60_30_0() {
    PointsMapping preset = PointsMapping.preset(Scale.FIVE_LEVEL);
    assertThat(preset.points(5)).isEqualTo(100);
    assertThat(preset.points(4)).isEqualTo(80);
    assertThat(preset.points(3)).isEqualTo(60);
    assertThat(preset.points(2)).isEqualTo(30);
    assertThat(preset.points(1)).isEqualTo(0);
  }

  @Test
  void the_other_presets_give_ten_points_a_level_and_competence_0_or_100() {
    assertThat(PointsMapping.preset(Scale.ZERO_TO_TEN).points(7)).isEqualTo(70);
    assertThat(PointsMapping.preset(Scale.ONE_TO_TEN).points(1)).isEqualTo(10);
    assertThat(PointsMapping.preset(Scale.COMPETENCE).points(1)).isEqualTo(100);
    assertThat(PointsMapping.preset(Scale.COMPETENCE).points(0)).isEqualTo(0);
  }

  @Test
  void to_string_is_read_back_by_parse_for_every_preset() {
    for (Scale scale : Scale.values()) {
      PointsMapping m = PointsMapping.preset(scale);
      assertThat(PointsMapping.parse(m.toString())).isEqualTo(m);
    }
    assertThat(PointsMapping.preset(Scale.FIVE_LEVEL).toString())
        .isEqualTo("FIVE_LEVEL:0/30/60/80/100");
  }

  @Test
  void mappings_with_the_wrong_count_out_of_range_or_decreasing_are_refused() {
    assertThatThrownBy(() -> PointsMapping.of(Scale.FIVE_LEVEL, 0, 50, 100))
        .hasMessageContaining("SATISFACTION_POINTS_INVALID");
    assertThatThrownBy(() -> PointsMapping.of(Scale.FIVE_LEVEL, 0, 30, 60, 80, 101))
        .hasMessageContaining("SATISFACTION_POINTS_INVALID");
    assertThatThrownBy(() -> PointsMapping.of(Scale.FIVE_LEVEL, 0, 30, 20, 80, 100))
        .hasMessageContaining("SATISFACTION_POINTS_INVALID");
    assertThatThrownBy(() -> PointsMapping.parse("FIVE:1/2"))
        .hasMessageContaining("SATISFACTION_POINTS_INVALID");
  }

  @Test
  void an_item_refuses_points_of_another_scale() {
    assertThatThrownBy(
            () -> Item.of("Q", Scale.FIVE_LEVEL).withPoints(PointsMapping.preset(Scale.COMPETENCE)))
        .hasMessageContaining("SATISFACTION_POINTS_INVALID");
  }
}
