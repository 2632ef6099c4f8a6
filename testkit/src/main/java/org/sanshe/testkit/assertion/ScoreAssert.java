package org.sanshe.testkit.assertion;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.grade.GradeBands;
import org.sanshe.core.satisfaction.grade.Grading;
import org.sanshe.core.satisfaction.score.SubjectScore;

/**
 * Assertions on a satisfaction score: its exact index and the grade it falls in under some bands
 * (by default excellent / good / pass / fail). Not thread-safe.
 */
public final class ScoreAssert extends AbstractAssert<ScoreAssert, SubjectScore> {

  /**
   * Creates the assertion.
   *
   * @param actual the score, may be null (every assertion then fails)
   */
  public ScoreAssert(SubjectScore actual) {
    super(actual, ScoreAssert.class);
  }

  /**
   * Verifies that the score falls in a grade of the excellent / good / pass / fail bands.
   *
   * @param expected the grade, not null
   * @return this assertion
   */
  public ScoreAssert isInGrade(Grade expected) {
    return isInGrade(expected, GradeBands.excellentGoodPassFail());
  }

  /**
   * Verifies that the score falls in a grade of the given bands.
   *
   * @param expected the grade, not null
   * @param bands the bands, not null
   * @return this assertion
   */
  public ScoreAssert isInGrade(Grade expected, GradeBands bands) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    Grading grading = bands.grade(actual);
    if (!(grading instanceof Grading.Graded graded) || !graded.grade().equals(expected)) {
      failWithMessage(
          "Expected the score of %s to be in grade %s but %s",
          actual.subject(), expected, grading.explanation());
    }
    return this;
  }

  /**
   * Verifies the exact mean index.
   *
   * @param expected the index as text read by {@link Fraction#parse}, e.g. {@code "79.6"}, not null
   * @return this assertion
   */
  public ScoreAssert hasIndex(String expected) {
    isNotNull();
    Fraction want = Fraction.parse(expected);
    if (!(actual instanceof SubjectScore.Scored scored)) {
      failWithMessage(
          "Expected the score of %s to have index %s but it was not scored: %s",
          actual.subject(), want, actual);
      return this;
    }
    if (scored.index().compareTo(want) != 0) {
      failWithMessage(
          "Expected the score of %s to have index %s but it was %s",
          actual.subject(), want, scored.index());
    }
    return this;
  }
}
