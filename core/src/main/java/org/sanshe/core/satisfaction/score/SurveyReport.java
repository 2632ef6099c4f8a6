package org.sanshe.core.satisfaction.score;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.error.Problems;
import org.sanshe.core.satisfaction.Rational;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.response.SubjectId;

/**
 * The scores of every subject of a tally, the questionnaire's reliability and the warnings (low or
 * unavailable Cronbach's alpha). Immutable and thread-safe.
 *
 * @param questionnaire the questionnaire
 * @param responses how many responses were counted
 * @param populationMean the mean index over every scored response, empty without any
 * @param reliability Cronbach's alpha or why it is unavailable
 * @param subjects each subject's score, ordered by subject
 * @param warnings warnings such as {@code SATISFACTION_RELIABILITY_LOW}
 */
public record SurveyReport(
    QuestionnaireId questionnaire,
    long responses,
    Optional<Rational> populationMean,
    Reliability reliability,
    Map<SubjectId, SubjectScore> subjects,
    Problems warnings) {

  /** Checks and copies the components. */
  public SurveyReport {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(populationMean, "populationMean");
    Objects.requireNonNull(reliability, "reliability");
    subjects =
        Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(subjects, "subjects")));
    Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * Returns one subject's score.
   *
   * @param subject the subject, not null
   * @return its score, if it had any response
   */
  public Optional<SubjectScore> subject(SubjectId subject) {
    return Optional.ofNullable(subjects.get(Objects.requireNonNull(subject, "subject")));
  }
}
