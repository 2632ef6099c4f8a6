package org.sanshe.core.satisfaction.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanshe.core.satisfaction.Rational;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.score.Shortfall;
import org.sanshe.core.satisfaction.score.SubjectScore;

class GradeBandsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "100, EXCELLENT",
    "90, EXCELLENT",
    "8999/100, GOOD",
    "80, GOOD",
    "79.99, PASS",
    "60, PASS",
    "59.999, FAIL",
    "0, FAIL"
  })
  void the_index_preset_is_excellent_good_pass_fail_at_90_80_60(String value, String grade) {
    assertThat(GradeBands.excellentGoodPassFail().grade(Rational.parse(value)).grade())
        .isEqualTo(Grade.of(grade));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1000, 5A",
    "900, 5A",
    "899, 4A",
    "800, 4A",
    "799, 3A",
    "700, 3A",
    "699, 2A",
    "600, 2A",
    "599, 1A",
    "0, 1A"
  })
  void the_social_organization_preset_follows_the_1000_point_bands(long points, String grade) {
    assertThat(GradeBands.socialOrganizationEvaluation().grade(Rational.of(points)).grade())
        .isEqualTo(Grade.of(grade));
  }

  @Test
  void the_grading_explains_which_band_applied() {
    Grading.Graded g = GradeBands.excellentGoodPassFail().grade(Rational.of(85));
    assertThat(g.explanation()).isEqualTo("85 is at least 80: GOOD");
    assertThat(GradeBands.excellentGoodPassFail().grade(Rational.of(10)).explanation())
        .isEqualTo("10 is below 60: FAIL");
  }

  @Test
  void bands_must_strictly_descend_and_not_be_empty() {
    assertThatThrownBy(() -> GradeBands.of(List.of(Band.of("A", 80), Band.of("B", 80)), Grade.FAIL))
        .hasMessageContaining("SATISFACTION_BANDS_INVALID");
    assertThatThrownBy(() -> GradeBands.of(List.of(Band.of("A", 60), Band.of("B", 80)), Grade.FAIL))
        .hasMessageContaining("SATISFACTION_BANDS_INVALID");
    assertThatThrownBy(() -> GradeBands.of(List.of(), Grade.FAIL))
        .hasMessageContaining("SATISFACTION_BANDS_INVALID");
  }

  @Test
  void an_insufficient_sample_gets_no_grade() {
    SubjectScore.Insufficient insufficient =
        new SubjectScore.Insufficient(
            org.sanshe.core.satisfaction.SatisfactionFixtures.worker("wang"),
            12,
            Map.of(RespondentCategory.ORDINARY_RESIDENT, 12L),
            List.of(new Shortfall(SatisfactionError.SATISFACTION_SAMPLE_TOO_SMALL, "12", "50")));
    assertThat(GradeBands.excellentGoodPassFail().grade(insufficient))
        .isInstanceOf(Grading.Ungraded.class);
  }

  @Test
  void grade_codes_are_checked() {
    assertThatThrownBy(() -> Grade.of("excellent"))
        .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
    assertThat(Grade.of("5A").toString()).isEqualTo("5A");
  }
}
