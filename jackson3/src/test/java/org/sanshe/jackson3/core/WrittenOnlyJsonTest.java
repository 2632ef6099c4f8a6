package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.score.Reliability;
import org.sanshe.core.satisfaction.score.Shortfall;
import org.sanshe.core.satisfaction.score.SubjectScore;
import org.sanshe.core.satisfaction.score.SurveyReport;
import org.sanshe.jackson3.SansheJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The types written for reports and not read back (their arguments are rendered into a detail in
 * the writer's language): a {@link Problem} and a {@link SurveyReport} with its warnings.
 */
class WrittenOnlyJsonTest {

  private final ObjectMapper mapper = SansheJson.mapper();

  private static Problem warning() {
    return Problem.warning(
        "subjects[SOCIAL_WORKER:wang]", SatisfactionError.SATISFACTION_SAMPLE_TOO_SMALL, 12, 50);
  }

  @Test
  void a_problem_is_written_as_a_problem_document_entry_in_the_writers_language() throws Exception {
    JsonNode en =
        mapper.readTree(mapper.writer().with(Locale.ENGLISH).writeValueAsString(warning()));
    JsonNode zh = mapper.readTree(mapper.writer().with(Locale.CHINA).writeValueAsString(warning()));
    assertThat(en.get("path").asString()).isEqualTo("subjects[SOCIAL_WORKER:wang]");
    assertThat(en.get("code").asString()).isEqualTo("SATISFACTION_SAMPLE_TOO_SMALL");
    assertThat(en.get("severity").asString()).isEqualTo("WARNING");
    assertThat(en.get("detail").asString())
        .isEqualTo(warning().message(Locale.ENGLISH))
        .contains("12");
    assertThat(zh.get("detail").asString()).isEqualTo(warning().message(Locale.CHINA));
    assertThat(zh.get("detail").asString()).isNotEqualTo(en.get("detail").asString());
  }

  @Test
  void a_survey_report_is_written_with_its_scores_and_warnings() throws Exception {
    SubjectId wang = SubjectId.parse("SOCIAL_WORKER:wang");
    Map<SubjectId, SubjectScore> subjects = new TreeMap<>();
    subjects.put(
        wang,
        new SubjectScore.Insufficient(
            wang,
            12,
            Map.of(),
            List.of(new Shortfall(SatisfactionError.SATISFACTION_SAMPLE_TOO_SMALL, "12", "50"))));
    SurveyReport report =
        new SurveyReport(
            QuestionnaireId.of("community-2026"),
            12,
            Optional.of(Fraction.of(173, 2)),
            new Reliability.Unavailable("fewer than two items"),
            subjects,
            Problems.builder().add(warning()).build());
    JsonNode json = mapper.readTree(mapper.writeValueAsString(report));
    assertThat(json.get("questionnaire").asString()).isEqualTo("community-2026");
    assertThat(json.get("populationMean").asString()).isEqualTo("173/2");
    assertThat(json.get("reliability").get("type").asString()).isEqualTo("UNAVAILABLE");
    assertThat(json.get("subjects").get("SOCIAL_WORKER:wang").get("type").asString())
        .isEqualTo("INSUFFICIENT");
    assertThat(json.get("warnings")).hasSize(1);
    assertThat(json.get("warnings").get(0).get("code").asString())
        .isEqualTo("SATISFACTION_SAMPLE_TOO_SMALL");
    SurveyReport empty =
        new SurveyReport(
            QuestionnaireId.of("community-2026"),
            0,
            Optional.empty(),
            new Reliability.Unavailable("no responses"),
            Map.of(),
            Problems.builder().build());
    JsonNode none = mapper.readTree(mapper.writeValueAsString(empty));
    assertThat(none.get("populationMean").isNull()).isTrue();
    assertThat(none.get("subjects")).isEmpty();
    assertThat(none.get("warnings")).isEmpty();
  }
}
