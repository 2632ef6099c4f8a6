package org.sanshe.examples.district;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sanshe.core.identifier.PersonalDataHasher;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.registry.worker.CommunityWorker;
import org.sanshe.core.registry.worker.CommunityWorkerPost;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.grade.GradeBands;
import org.sanshe.core.satisfaction.grade.Grading;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
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
 * Residents rate three community workers (社区工作者, residents' committee staff, not certified social
 * workers) of 雨花街道 on attitude, responsiveness and delays; each resident is known only by a keyed
 * hash; the workers are graded and the first one's residents' index joins the street's and peers'
 * scores in the community workers' appraisal (30/10/60, {@code CommunityWorker.appraisal()}).
 */
public final class SatisfactionStep implements Step {

  private static final Period MONTH = Period.parse("2026-03");
  private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

  private final PersonalDataHasher hasher =
      PersonalDataHasher.withKey(
          "yuhua-street-survey-key-2026-03".getBytes(StandardCharsets.UTF_8));

  private final Questionnaire questionnaire =
      Questionnaire.of(
          QuestionnaireId.of("community-worker-2026-03"),
          List.of(
              Item.of("attitude", Scale.FIVE_LEVEL).weighted("0.5"),
              Item.of("responsiveness", Scale.FIVE_LEVEL).weighted("0.3"),
              Item.of("delays", Scale.FIVE_LEVEL).weighted("0.2").reverseScored()));

  /** Creates the step. */
  public SatisfactionStep() {}

  @Override
  public String key() {
    return "satisfaction";
  }

  @Override
  public String title() {
    return "Score residents' satisfaction and grade community workers";
  }

  @Override
  public String titleZh() {
    return "居民满意度测评与社区工作者评级";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    SubjectId wang =
        CommunityWorker.appoint(
                new SocialWorkerId("cw-wang"),
                "王某某",
                DistrictData.YUHUA_COMMUNITY,
                CommunityWorkerPost.FULL_TIME_STAFF,
                SINCE,
                district.clock())
            .subject();
    SubjectId li =
        CommunityWorker.appoint(
                new SocialWorkerId("cw-li"),
                "李某某",
                DistrictData.YUHUA_COMMUNITY,
                CommunityWorkerPost.FULL_TIME_STAFF,
                SINCE,
                district.clock())
            .subject();
    SubjectId zhao =
        CommunityWorker.appoint(
                new SocialWorkerId("cw-zhao"),
                "赵某某",
                DistrictData.YUHUA_COMMUNITY,
                CommunityWorkerPost.FULL_TIME_STAFF,
                SINCE,
                district.clock())
            .subject();
    Responses responses = new InMemoryResponses(DuplicatePolicy.REPLACE);
    SatisfactionTally tally = new SatisfactionTally(questionnaire);
    for (int r = 0; r < 60; r++) {
      RespondentCategory category =
          r < 45 ? RespondentCategory.ORDINARY_RESIDENT : RespondentCategory.REPRESENTATIVE;
      answer(responses, tally, r, wang, category, r % 4 == 0 ? 4 : 5, 5, r % 4 == 0 ? 2 : 1);
    }
    for (int r = 0; r < 50; r++) {
      RespondentCategory category =
          r < 40 ? RespondentCategory.ORDINARY_RESIDENT : RespondentCategory.CADRE;
      answer(responses, tally, 100 + r, li, category, 4, 4, 2);
    }
    for (int r = 0; r < 20; r++) {
      answer(responses, tally, 200 + r, zhao, RespondentCategory.ORDINARY_RESIDENT, 5, 5, 1);
    }
    // One resident changes the answer about Li: the earlier response is replaced, not added.
    answer(responses, tally, 100, li, RespondentCategory.ORDINARY_RESIDENT, 3, 3, 3);

    SurveyReport report = new Scoring(ScoringRules.preset()).report(tally);
    GradeBands bands = GradeBands.excellentGoodPassFail();
    out.columns("community worker 社区工作者", "respondents 样本", "index 指数", "grade 等级");
    Grade wangGrade = null;
    Grade liGrade = null;
    Fraction wangIndex = null;
    for (SubjectId subject : List.of(wang, li, zhao)) {
      SubjectScore score = report.subjects().get(subject);
      Grading grading = bands.grade(score);
      String index =
          score instanceof SubjectScore.Scored scored
              ? scored.index().toBigDecimal(1).toPlainString()
              : "insufficient sample 样本不足";
      String grade =
          grading instanceof Grading.Graded graded ? graded.grade().toString() : "ungraded 不评级";
      out.row(subject.id(), score.respondents(), index, grade);
      if (grading instanceof Grading.Graded graded && subject.equals(wang)) {
        wangGrade = graded.grade();
        wangIndex = ((SubjectScore.Scored) score).index();
      }
      if (grading instanceof Grading.Graded graded && subject.equals(li)) {
        liGrade = graded.grade();
      }
    }
    Fraction composite =
        wangIndex == null
            ? Fraction.ZERO
            : CommunityWorker.appraisal()
                .evaluate(
                    Map.of(
                        ItemId.of("street"), Fraction.of(92),
                        ItemId.of("peers"), Fraction.of(85),
                        ItemId.of("residents"), wangIndex));
    out.figure("responses about Li after one change", responses.about(li, MONTH).size());
    out.figure("Wang's composite 综合得分 (30/10/60)", composite.toBigDecimal(1).toPlainString());
    out.check("Wang is graded EXCELLENT 优秀", Grade.EXCELLENT.equals(wangGrade));
    out.check("Li is graded PASS 合格", Grade.PASS.equals(liGrade));
    out.check(
        "Zhao's 20 responses are too few to grade",
        bands.grade(report.subjects().get(zhao)) instanceof Grading.Ungraded);
    out.check("a changed answer replaces the earlier one", responses.about(li, MONTH).size() == 50);
    out.check("Wang's composite is 94.0", composite.equals(Fraction.parse("94.0")));
  }

  private void answer(
      Responses responses,
      SatisfactionTally tally,
      int resident,
      SubjectId subject,
      RespondentCategory category,
      int... levels) {
    ResponseKey key = new ResponseKey(hasher.hash("resident", "R" + resident), subject, MONTH);
    ResponseRecorded recorded =
        responses.record(Response.ofLevels(questionnaire, key, category, levels));
    recorded.replaced().ifPresent(tally::remove);
    tally.add(recorded.response());
  }
}
