package org.sanshe.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.respondent;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.grade.GradeBands;
import org.sanshe.core.satisfaction.grade.Grading;
import org.sanshe.core.satisfaction.grade.RankedSubject;
import org.sanshe.core.satisfaction.grade.Ranking;
import org.sanshe.core.satisfaction.instrument.IndicatorTree;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.DuplicateResponseException;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.ResponseRecorded;
import org.sanshe.core.satisfaction.response.Responses;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.memory.InMemoryResponses;
import org.sanshe.core.satisfaction.score.SatisfactionTally;
import org.sanshe.core.satisfaction.score.Scoring;
import org.sanshe.core.satisfaction.score.ScoringRules;
import org.sanshe.core.satisfaction.score.SubjectScore;
import org.sanshe.core.satisfaction.score.SurveyReport;

/**
 * A year-end evaluation of community workers: residents answer a questionnaire, a resident changes
 * an answer, the store keeps one response per resident, the tally follows the store, and the
 * residents' index joins the street's and peers' scores in the 30/10/60 indicator tree.
 */
class SatisfactionScenarioTest {

  private static final Period YEAR = Period.ofYear(2026);

  private final Questionnaire questionnaire =
      Questionnaire.of(
          QuestionnaireId.of("community-worker-2026"),
          List.of(
              Item.of("attitude", Scale.FIVE_LEVEL).weighted("0.5"),
              Item.of("responsiveness", Scale.FIVE_LEVEL).weighted("0.3"),
              Item.of("delays", Scale.FIVE_LEVEL).weighted("0.2").reverseScored()));

  private final SubjectId wang = worker("wang");
  private final SubjectId li = worker("li");
  private final SubjectId zhao = worker("zhao");

  private final Responses responses = new InMemoryResponses(DuplicatePolicy.REPLACE);
  private final SatisfactionTally tally = new SatisfactionTally(questionnaire);

  private void answer(int resident, SubjectId subject, RespondentCategory category, int... levels) {
    Response response =
        Response.ofLevels(
            questionnaire, new ResponseKey(respondent(resident), subject, YEAR), category, levels);
    ResponseRecorded recorded = responses.record(response);
    recorded.replaced().ifPresent(tally::remove);
    tally.add(recorded.response());
  }

  @Test
  void a_year_end_evaluation_from_answers_to_grades_and_ranks() {
    // Wang: 60 residents (45 ordinary), mostly very satisfied, few delays.
    for (int r = 0; r < 60; r++) {
      answer(
          r,
          wang,
          r < 45 ? RespondentCategory.ORDINARY_RESIDENT : RespondentCategory.REPRESENTATIVE,
          r % 4 == 0 ? 4 : 5,
          5,
          r % 4 == 0 ? 2 : 1);
    }
    // Li: 50 residents (40 ordinary), satisfied.
    for (int r = 0; r < 50; r++) {
      answer(
          100 + r,
          li,
          r < 40 ? RespondentCategory.ORDINARY_RESIDENT : RespondentCategory.CADRE,
          4,
          4,
          2);
    }
    // Zhao: only 20 residents.
    for (int r = 0; r < 20; r++) {
      answer(200 + r, zhao, RespondentCategory.ORDINARY_RESIDENT, 5, 5, 1);
    }
    // Resident 100 changes the answer about Li: the earlier response is replaced, not added.
    answer(100, li, RespondentCategory.ORDINARY_RESIDENT, 3, 3, 3);

    assertThat(responses.about(li, YEAR)).hasSize(50);
    assertThat(tally.counts(li).respondents()).isEqualTo(50);

    SurveyReport report = new Scoring(ScoringRules.preset()).report(tally);

    // Li: 49 x (0.5x80 + 0.3x80 + 0.2x80) + 1 x 60 = 49 x 80 + 60 -> 3980 / 50 = 79.6
    SubjectScore.Scored liScore = (SubjectScore.Scored) report.subjects().get(li);
    assertThat(liScore.index()).isEqualTo(Fraction.parse("79.6"));
    // Wang: 45 x 100 + 15 x (0.5x80 + 0.3x100 + 0.2x80 = 86) = 5790 / 60 = 96.5
    SubjectScore.Scored wangScore = (SubjectScore.Scored) report.subjects().get(wang);
    assertThat(wangScore.index()).isEqualTo(Fraction.parse("96.5"));
    assertThat(wangScore.interval()).isPresent();
    assertThat(report.subjects().get(zhao)).isInstanceOf(SubjectScore.Insufficient.class);

    GradeBands bands = GradeBands.excellentGoodPassFail();
    assertThat(((Grading.Graded) bands.grade(wangScore)).grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(((Grading.Graded) bands.grade(liScore)).grade()).isEqualTo(Grade.PASS);
    assertThat(bands.grade(report.subjects().get(zhao))).isInstanceOf(Grading.Ungraded.class);

    // Wang's composite: street 92 x 0.3 + peers 85 x 0.1 + residents 96.5 x 0.6 = 94.0
    Fraction composite =
        IndicatorTree.communityWorker()
            .evaluate(
                Map.of(
                    ItemId.of("street"), Fraction.of(92),
                    ItemId.of("peers"), Fraction.of(85),
                    ItemId.of("residents"), wangScore.index()));
    assertThat(composite).isEqualTo(Fraction.parse("94.0"));

    List<RankedSubject> ranking =
        Ranking.rank(Ranking.indexes(report), Map.of(li, Fraction.of(90), wang, Fraction.of(88)));
    assertThat(ranking).extracting(RankedSubject::subject).containsExactly(wang, li);
    assertThat(ranking.get(0).rankChange()).contains(1);
    assertThat(ranking.get(1).valueChange()).contains(Fraction.parse("-10.4"));
  }

  @Test
  void under_the_reject_policy_a_second_answer_changes_nothing() {
    Responses strict = new InMemoryResponses(DuplicatePolicy.REJECT);
    SatisfactionTally strictTally = new SatisfactionTally(questionnaire);
    Response first =
        Response.ofLevels(
            questionnaire,
            new ResponseKey(respondent(1), wang, YEAR),
            RespondentCategory.ORDINARY_RESIDENT,
            5,
            5,
            1);
    strictTally.add(strict.record(first).response());
    Response second =
        Response.ofLevels(
            questionnaire,
            new ResponseKey(respondent(1), wang, YEAR),
            RespondentCategory.ORDINARY_RESIDENT,
            1,
            1,
            5);
    assertThatThrownBy(() -> strictTally.add(strict.record(second).response()))
        .isInstanceOf(DuplicateResponseException.class);
    assertThat(strictTally.counts(wang).respondents()).isEqualTo(1);
    assertThat(strictTally.counts(wang).scoreSum()).isEqualTo(100_000);
  }
}
