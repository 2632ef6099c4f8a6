package org.sanshe.core.satisfaction.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.key;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.Problem;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionFixtures;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.SubjectId;

class ScoringTest {

  private final SubjectId wang = worker("wang");
  private final Scoring anySample = new Scoring(SatisfactionTallyFixtures.anySample());

  private static Questionnaire single(Scale scale) {
    return Questionnaire.of(QuestionnaireId.of("single"), List.of(Item.of("Q", scale)));
  }

  private static int[][] rows(int... levels) {
    int[][] rows = new int[levels.length][];
    for (int i = 0; i < levels.length; i++) {
      rows[i] = new int[] {levels[i]};
    }
    return rows;
  }

  private SubjectScore.Scored scored(SatisfactionTally tally) {
    return (SubjectScore.Scored) anySample.report(tally).subject(wang).orElseThrow();
  }

  @Test
  void the_mean_index_uses_the_points_mapping_and_the_interval_uses_students_t() {
    // points 100,100,80,80,80,60,60,30,100,80: mean 77, sample variance 490, standard error 7
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(
            single(Scale.FIVE_LEVEL), wang, rows(5, 5, 4, 4, 4, 3, 3, 2, 5, 4));
    SubjectScore.Scored s = scored(tally);
    assertThat(s.index()).isEqualTo(Fraction.of(77));
    ConfidenceInterval ci = s.interval().orElseThrow();
    assertThat(ci.criticalValue()).isCloseTo(2.262157, within(5e-7));
    assertThat(ci.lower()).isCloseTo(77 - 2.262157 * 7, within(1e-5));
    assertThat(ci.upper()).isCloseTo(77 + 2.262157 * 7, within(1e-5));
    assertThat(ci.sampleSize()).isEqualTo(10);
  }

  @Test
  void the_satisfaction_rate_counts_the_top_two_levels_with_its_wilson_bound() {
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(
            single(Scale.FIVE_LEVEL), wang, rows(5, 5, 4, 4, 4, 5, 4, 5, 5, 2));
    SubjectScore.Scored s = scored(tally);
    Proportion rate = s.satisfaction().orElseThrow();
    assertThat(rate.successes()).isEqualTo(9);
    assertThat(rate.trials()).isEqualTo(10);
    assertThat(rate.lowerBound()).isCloseTo(0.596, within(0.0005));
    assertThat(s.items().get(0).csat().getAsDouble()).isEqualTo(90.0);
    assertThat(s.items().get(0).nps()).isEmpty();
  }

  @Test
  void csat_is_the_share_of_four_and_five_on_five_levels() {
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(single(Scale.FIVE_LEVEL), wang, rows(5, 4, 3, 2, 1, 5));
    assertThat(scored(tally).items().get(0).csat().getAsDouble()).isEqualTo(50.0);
  }

  @Test
  void nps_is_promoters_minus_detractors_on_zero_to_ten() {
    // promoters 10, 9, 9, 10, 9; detractors 6, 3, 0; passives 8, 7
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(
            single(Scale.ZERO_TO_TEN), wang, rows(10, 9, 9, 8, 7, 6, 3, 0, 10, 9));
    ItemScore item = scored(tally).items().get(0);
    assertThat(item.nps().getAsDouble()).isEqualTo(20.0);
    assertThat(item.csat()).isEmpty();
    assertThat(item.meanPoints()).contains(Fraction.of(71));
  }

  @Test
  void the_bayesian_average_shrinks_small_samples_toward_the_population_mean() {
    Questionnaire q = single(Scale.FIVE_LEVEL);
    SatisfactionTally tally = SatisfactionTallyFixtures.tally(q, wang, rows(5, 5));
    SubjectId li = worker("li");
    SatisfactionTallyFixtures.add(tally, li, 100, rows(3, 3, 3, 3, 3, 3, 3, 3));
    // population mean C = (200 + 480) / 10 = 68; m = 5
    SurveyReport report =
        new Scoring(SatisfactionTallyFixtures.anySample().withPriorWeight(5)).report(tally);
    assertThat(report.populationMean()).contains(Fraction.of(68));
    SubjectScore.Scored w = (SubjectScore.Scored) report.subjects().get(wang);
    SubjectScore.Scored l = (SubjectScore.Scored) report.subjects().get(li);
    assertThat(w.index()).isEqualTo(Fraction.of(100));
    assertThat(w.shrunkIndex()).isEqualTo(Fraction.of(200 + 5 * 68, 7));
    assertThat(l.shrunkIndex()).isEqualTo(Fraction.of(480 + 5 * 68, 13));
    assertThat(w.shrunkIndex()).isLessThan(w.index());
  }

  @Test
  void a_fixed_prior_mean_and_m_zero_are_honoured() {
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(single(Scale.FIVE_LEVEL), wang, rows(5, 5));
    SubjectScore.Scored fixed =
        (SubjectScore.Scored)
            new Scoring(
                    SatisfactionTallyFixtures.anySample()
                        .withPriorWeight(2)
                        .withPriorMean(Fraction.of(50)))
                .report(tally)
                .subjects()
                .get(wang);
    assertThat(fixed.shrunkIndex()).isEqualTo(Fraction.of(75));
    SubjectScore.Scored none =
        (SubjectScore.Scored)
            new Scoring(SatisfactionTallyFixtures.anySample().withPriorWeight(0))
                .report(tally)
                .subjects()
                .get(wang);
    assertThat(none.shrunkIndex()).isEqualTo(none.index());
  }

  @Test
  void cronbachs_alpha_matches_the_textbook_formula() {
    // item variances 5/3, 4.75/3, 5/3; total variance 42.75/3: alpha = 1.5 (1 - 14.75/42.75)
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(
            SatisfactionFixtures.threeFiveLevelItems(),
            wang,
            new int[] {1, 2, 2},
            new int[] {2, 3, 3},
            new int[] {3, 3, 4},
            new int[] {4, 5, 5});
    SurveyReport report = anySample.report(tally);
    assertThat(report.reliability()).isInstanceOf(Reliability.Alpha.class);
    assertThat(((Reliability.Alpha) report.reliability()).value())
        .isCloseTo(42 / 42.75, within(1e-12));
    assertThat(report.warnings().isEmpty()).isTrue();
  }

  @Test
  void a_low_alpha_is_flagged_as_a_warning() {
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(
            SatisfactionFixtures.twoHalves(),
            wang,
            new int[] {1, 5},
            new int[] {5, 2},
            new int[] {3, 3},
            new int[] {2, 4});
    SurveyReport report = anySample.report(tally);
    assertThat(((Reliability.Alpha) report.reliability()).value()).isLessThan(0.7);
    assertThat(report.warnings().warnings())
        .extracting(Problem::code)
        .containsExactly("SATISFACTION_RELIABILITY_LOW");
  }

  @Test
  void alpha_is_unavailable_rather_than_nan_when_totals_do_not_vary() {
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(
            SatisfactionFixtures.twoHalves(), wang, new int[] {3, 3}, new int[] {3, 3});
    SurveyReport report = anySample.report(tally);
    assertThat(report.reliability())
        .isEqualTo(new Reliability.Unavailable("the totals do not vary"));
    assertThat(report.warnings().warnings())
        .extracting(Problem::code)
        .containsExactly("SATISFACTION_RELIABILITY_UNAVAILABLE");
  }

  @Test
  void a_sample_below_the_preset_minimum_is_insufficient_and_carries_no_number() {
    Questionnaire q = single(Scale.FIVE_LEVEL);
    SatisfactionTally tally = new SatisfactionTally(q);
    for (int r = 0; r < 60; r++) {
      RespondentCategory category =
          r < 40 ? RespondentCategory.ORDINARY_RESIDENT : RespondentCategory.CADRE;
      tally.add(Response.ofLevels(q, key(r, wang), category, 5));
    }
    SubjectScore score = new Scoring(ScoringRules.preset()).report(tally).subjects().get(wang);
    assertThat(score).isInstanceOf(SubjectScore.Insufficient.class);
    SubjectScore.Insufficient insufficient = (SubjectScore.Insufficient) score;
    assertThat(insufficient.shortfalls())
        .extracting(Shortfall::code)
        .containsExactly(SatisfactionError.SATISFACTION_ORDINARY_SHARE_TOO_LOW);
    assertThat(insufficient.respondents()).isEqualTo(60);
    assertThat(insufficient.categories().get(RespondentCategory.CADRE)).isEqualTo(20);
  }

  @Test
  void fifty_respondents_with_seventy_percent_ordinary_residents_are_scored_under_the_preset() {
    Questionnaire q = single(Scale.FIVE_LEVEL);
    SatisfactionTally tally = new SatisfactionTally(q);
    for (int r = 0; r < 50; r++) {
      RespondentCategory category =
          r < 35 ? RespondentCategory.ORDINARY_RESIDENT : RespondentCategory.REPRESENTATIVE;
      tally.add(Response.ofLevels(q, key(r, wang), category, 4));
    }
    assertThat(new Scoring(ScoringRules.preset()).report(tally).subjects().get(wang))
        .isInstanceOf(SubjectScore.Scored.class);
  }

  @Test
  void a_single_score_has_no_interval_instead_of_a_nan() {
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(single(Scale.FIVE_LEVEL), wang, rows(4));
    SubjectScore.Scored s = scored(tally);
    assertThat(s.interval()).isEmpty();
    assertThat(s.index()).isEqualTo(Fraction.of(80));
  }

  @Test
  void responses_without_any_scored_item_make_the_subject_insufficient() {
    Questionnaire q =
        Questionnaire.of(
            QuestionnaireId.of("opt"), List.of(Item.of("Q", Scale.FIVE_LEVEL).optionalItem()));
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(q, wang, new int[] {Questionnaire.MISSING});
    assertThat(anySample.report(tally).subjects().get(wang))
        .isInstanceOf(SubjectScore.Insufficient.class);
    assertThat(anySample.score(tally.counts(wang), Optional.empty()))
        .isInstanceOf(SubjectScore.Insufficient.class);
  }

  @Test
  void bad_scoring_parameters_have_their_own_codes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScoringRules.preset().withConfidence(Double.NaN))
        .hasMessageContaining("SATISFACTION_NOT_A_NUMBER");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScoringRules.preset().withConfidence(1.5))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScoringRules.preset().withPriorWeight(-1))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScoringRules.preset().withReliabilityThreshold(Double.POSITIVE_INFINITY))
        .hasMessageContaining("SATISFACTION_NOT_A_NUMBER");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScoringRules.preset().withPriorMean(Fraction.of(101)))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
  }
}
