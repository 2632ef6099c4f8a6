package org.sanshe.examples.snippets;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sanshe.core.identifier.PersonalDataHasher;
import org.sanshe.core.satisfaction.grade.GradeBands;
import org.sanshe.core.satisfaction.grade.Grading;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;
import org.sanshe.core.satisfaction.score.SatisfactionTally;
import org.sanshe.core.satisfaction.score.Scoring;
import org.sanshe.core.satisfaction.score.ScoringRules;
import org.sanshe.core.satisfaction.score.SubjectScore;

/**
 * The README's satisfaction snippet; {@code ReadmeSnippetsTest} checks that the README shows the
 * tagged region verbatim and that it does what its comments say.
 */
public final class SatisfactionSnippets {

  private SatisfactionSnippets() {}

  /**
   * Scores fifty residents' answers about a social worker and grades the worker.
   *
   * @return the grading
   */
  public static Grading grading() {
    byte[] key = "yuhua-street-survey-key".getBytes(StandardCharsets.UTF_8);
    PersonalDataHasher residents = PersonalDataHasher.withKey(key); // residents stay anonymous
    Period year = Period.ofYear(2026);
    // tag::satisfaction[]
    Questionnaire survey =
        Questionnaire.of(
            QuestionnaireId.of("social-worker-2026"),
            List.of(
                Item.of("attitude", Scale.FIVE_LEVEL).weighted("0.6"),
                Item.of("delays", Scale.FIVE_LEVEL).weighted("0.4").reverseScored()));
    SubjectId li = SubjectId.of(SubjectKind.SOCIAL_WORKER, "sw-li");
    SatisfactionTally tally = new SatisfactionTally(survey);
    for (int r = 0; r < 50; r++) { // 50 answers: 5 (100 points), 2 reverse-scored (80 points)
      ResponseKey answer = new ResponseKey(residents.hash("resident", "R" + r), li, year);
      tally.add(Response.ofLevels(survey, answer, RespondentCategory.ORDINARY_RESIDENT, 5, 2));
    }
    SubjectScore score = new Scoring(ScoringRules.preset()).report(tally).subjects().get(li);
    Grading grading = GradeBands.excellentGoodPassFail().grade(score); // Graded 92, EXCELLENT
    // end::satisfaction[]
    return grading;
  }
}
