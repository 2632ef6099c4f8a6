package org.sanshe.deliberation.contest;

import java.util.Objects;
import org.sanshe.deliberation.ownersvote.ThresholdCheck;

/**
 * A year-end grade decided by vote, with the two checks behind it. Immutable.
 *
 * @param grade the grade
 * @param excellent the check of "competent" ballots against the excellent band
 * @param incompetent the check of "incompetent" ballots against the incompetent band
 */
public record AssessmentDecision(
    AssessmentGrade grade, ThresholdCheck excellent, ThresholdCheck incompetent) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public AssessmentDecision {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(excellent, "excellent");
    Objects.requireNonNull(incompetent, "incompetent");
  }

  /**
   * Explains the grade.
   *
   * @return the grade and both checks
   */
  public String explain() {
    return grade + "\n" + incompetent.explain() + "\n" + excellent.explain();
  }
}
