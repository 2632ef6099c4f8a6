package org.sanshe.core.satisfaction.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.key;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;
import static org.sanshe.core.satisfaction.instrument.Questionnaire.MISSING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.satisfaction.SatisfactionFixtures;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.SubjectId;

class SatisfactionTallyTest {

  private final SubjectId wang = worker("wang");

  @Test
  void each_respondent_score_is_the_weighted_mean_of_the_item_points() {
    // 0.5 x 100 + 0.5 x 80 = 90; 0.5 x 60 + 0.5 x 30 = 45; 0.5 x 0 + 0.5 x 100 = 50
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(
            SatisfactionFixtures.twoHalves(),
            wang,
            new int[] {5, 4},
            new int[] {3, 2},
            new int[] {1, 5});
    SubjectCounts c = tally.counts(wang);
    assertThat(c.respondents()).isEqualTo(3);
    assertThat(c.scored()).isEqualTo(3);
    assertThat(c.scoreSum()).isEqualTo(185_000);
    assertThat(c.scoreSquares()).isEqualTo(90_000L * 90_000 + 45_000L * 45_000 + 50_000L * 50_000);
    assertThat(c.levelCount(0, 5)).isEqualTo(1);
    assertThat(c.levelCount(1, 2)).isEqualTo(1);
    assertThat(c.answered(0)).isEqualTo(3);
  }

  @Test
  void reverse_scored_items_count_mirrored_levels_and_optional_gaps_renormalise_the_weights() {
    // overall 4 -> 80 (0.4), complaints 2 reversed to 4 -> 80 (0.2), recommend 9 -> 90 (0.2),
    // facilities unanswered (0.1), competent -> 100 (0.1): 760000 / 9000 = 84.444 points
    Questionnaire q = SatisfactionFixtures.mixed();
    SatisfactionTally tally =
        SatisfactionTallyFixtures.tally(q, wang, new int[] {4, 2, 9, MISSING, 1});
    SubjectCounts c = tally.counts(wang);
    assertThat(c.scoreSum()).isEqualTo(84_444);
    assertThat(c.levelCount(1, 4)).isEqualTo(1);
    assertThat(c.levelCount(1, 2)).isZero();
    assertThat(c.unanswered(3)).isEqualTo(1);
    assertThat(c.answered(3)).isZero();
    assertThat(tally.reliabilityCounts().completeResponses()).isZero();
  }

  @Test
  void the_array_fast_path_counts_exactly_as_responses_do() {
    Questionnaire q = SatisfactionFixtures.mixed();
    int[][] rows = {{4, 2, 9, MISSING, 1}, {5, 1, 10, 8, 1}, {1, 5, 0, 1, 0}};
    SatisfactionTally slow = SatisfactionTallyFixtures.tally(q, wang, rows);
    SatisfactionTally fast = new SatisfactionTally(q);
    int s = fast.register(wang);
    byte[] answers = new byte[rows.length * q.size()];
    for (int r = 0; r < rows.length; r++) {
      for (int i = 0; i < q.size(); i++) {
        answers[r * q.size() + i] = (byte) rows[r][i];
      }
    }
    fast.addAll(new int[] {s, s, s}, new byte[] {0, 0, 0}, answers, 0, 3);
    assertThat(fast.counts(wang)).isEqualTo(slow.counts(wang));
    assertThat(fast.reliabilityCounts()).isEqualTo(slow.reliabilityCounts());
    assertThat(fast.responses()).isEqualTo(3);
  }

  @Test
  void a_batch_with_bad_rows_is_refused_whole_and_every_bad_row_is_reported() {
    Questionnaire q = SatisfactionFixtures.twoHalves();
    SatisfactionTally tally = new SatisfactionTally(q);
    int s = tally.register(wang);
    SatisfactionTallyFixtures.add(tally, wang, 100, new int[] {5, 5});
    SubjectCounts before = tally.counts(wang);
    byte[] answers = {5, 4, 6, 4, 3, SatisfactionTally.MISSING, 2, 2, 1, 1};
    assertThatThrownBy(
            () ->
                tally.addAll(new int[] {s, s, s, 7, s}, new byte[] {0, 0, 0, 0, 5}, answers, 0, 5))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::path, Problem::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "[1].A", "SATISFACTION_ANSWER_OUT_OF_SCALE"),
                        org.assertj.core.groups.Tuple.tuple(
                            "[2].B", "SATISFACTION_ANSWER_REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("[3]", "SATISFACTION_SUBJECT_UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple(
                            "[4]", "SATISFACTION_CATEGORY_UNKNOWN")));
    assertThat(tally.counts(wang)).isEqualTo(before);
    assertThat(tally.responses()).isEqualTo(1);
    assertThat(tally.reliabilityCounts().completeResponses()).isEqualTo(1);
  }

  @Test
  void any_byte_off_the_scale_is_refused_even_far_below_missing() {
    Questionnaire q = SatisfactionFixtures.mixed();
    for (int bad : new int[] {-128, -32, -17, -2, 11, 15, 16, 127}) {
      SatisfactionTally tally = new SatisfactionTally(q);
      int s = tally.register(wang);
      byte[] answers = {4, 2, 9, (byte) bad, 1};
      assertThatThrownBy(() -> tally.addAll(new int[] {s}, new byte[] {0}, answers, 0, 1))
          .as("level %d", bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.problems().errors())
                      .extracting(Problem::code)
                      .containsExactly("SATISFACTION_ANSWER_OUT_OF_SCALE"));
      assertThat(tally.counts(wang).respondents()).isZero();
      assertThat(tally.counts(wang).unanswered(3)).isZero();
    }
  }

  @Test
  void removing_a_counted_response_restores_the_counts_exactly() {
    Questionnaire q = SatisfactionFixtures.mixed();
    SatisfactionTally tally = SatisfactionTallyFixtures.tally(q, wang, new int[] {5, 1, 10, 8, 1});
    SubjectCounts before = tally.counts(wang);
    ReliabilityCounts reliability = tally.reliabilityCounts();
    Response extra =
        Response.ofLevels(q, key(99, wang), RespondentCategory.CADRE, 3, 3, 5, MISSING, 0);
    tally.add(extra);
    tally.remove(extra);
    assertThat(tally.counts(wang)).isEqualTo(before);
    assertThat(tally.reliabilityCounts()).isEqualTo(reliability);
    assertThat(tally.responses()).isEqualTo(1);
  }

  @Test
  void a_response_that_was_never_counted_cannot_be_removed() {
    Questionnaire q = SatisfactionFixtures.twoHalves();
    SatisfactionTally tally = SatisfactionTallyFixtures.tally(q, wang, new int[] {5, 5});
    Response other =
        Response.ofLevels(q, key(2, worker("li")), RespondentCategory.ORDINARY_RESIDENT, 1, 1);
    assertThatThrownBy(() -> tally.remove(other))
        .hasMessageContaining("SATISFACTION_RESPONSE_NOT_COUNTED");
    Response lower = Response.ofLevels(q, key(3, wang), RespondentCategory.ORDINARY_RESIDENT, 1, 1);
    assertThatThrownBy(() -> tally.remove(lower))
        .hasMessageContaining("SATISFACTION_RESPONSE_NOT_COUNTED");
  }

  @Test
  void responses_and_tallies_of_another_questionnaire_are_refused() {
    SatisfactionTally tally = new SatisfactionTally(SatisfactionFixtures.twoHalves());
    Response other =
        Response.ofLevels(
            SatisfactionFixtures.threeFiveLevelItems(),
            key(1, wang),
            RespondentCategory.ORDINARY_RESIDENT,
            5,
            5,
            5);
    assertThatThrownBy(() -> tally.add(other))
        .hasMessageContaining("SATISFACTION_QUESTIONNAIRE_MISMATCH");
    assertThatThrownBy(() -> tally.merge(new SatisfactionTally(SatisfactionFixtures.mixed())))
        .hasMessageContaining("SATISFACTION_QUESTIONNAIRE_MISMATCH");
  }

  @Test
  void merging_adds_subjects_and_counts() {
    Questionnaire q = SatisfactionFixtures.twoHalves();
    SatisfactionTally left = SatisfactionTallyFixtures.tally(q, wang, new int[] {5, 5});
    SatisfactionTally right = SatisfactionTallyFixtures.tally(q, worker("li"), new int[] {1, 1});
    SatisfactionTallyFixtures.add(right, wang, 10, new int[] {3, 3});
    left.merge(right);
    assertThat(left.subjects()).containsExactly(wang, worker("li"));
    assertThat(left.counts(wang).respondents()).isEqualTo(2);
    assertThat(left.counts(wang).scoreSum()).isEqualTo(160_000);
    assertThat(left.responses()).isEqualTo(3);
    left.merge(left);
    assertThat(left.counts(wang).respondents()).isEqualTo(4);
    assertThat(left.counts(worker("nobody")).respondents()).isZero();
  }

  @Test
  void memory_grows_with_subjects_not_responses() {
    Questionnaire q = SatisfactionFixtures.twoHalves();
    SatisfactionTally tally = new SatisfactionTally(q);
    int s = tally.register(wang);
    int n = 100_000;
    byte[] answers = new byte[n * 2];
    java.util.Arrays.fill(answers, (byte) 4);
    int[] subjects = new int[n];
    java.util.Arrays.fill(subjects, s);
    for (int round = 0; round < 3; round++) {
      tally.addAll(subjects, new byte[n], answers, 0, n);
    }
    assertThat(tally.counts(wang).respondents()).isEqualTo(300_000);
    assertThat(tally.subjects()).hasSize(1);
  }

  @Test
  void a_range_outside_the_arrays_is_refused() {
    SatisfactionTally tally = new SatisfactionTally(SatisfactionFixtures.twoHalves());
    assertThatThrownBy(() -> tally.addAll(new int[1], new byte[1], new byte[2], 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(List.of(tally.responses())).containsExactly(0L);
  }
}
