package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Organizations holding a valid grade at or above a minimum (preset 3A) get priority when
 * government purchases services. Immutable and thread-safe.
 */
public final class PurchasePriorityPolicy {

  private final EvaluationGrade minimum;

  private PurchasePriorityPolicy(EvaluationGrade minimum) {
    this.minimum = minimum;
  }

  /**
   * Returns the preset: 3A and above.
   *
   * @return the policy
   */
  public static PurchasePriorityPolicy preset() {
    return new PurchasePriorityPolicy(EvaluationGrade.THREE_A);
  }

  /**
   * Creates a policy with a minimum grade.
   *
   * @param minimum the lowest grade with priority, not null
   * @return the policy
   */
  public static PurchasePriorityPolicy of(EvaluationGrade minimum) {
    return new PurchasePriorityPolicy(Objects.requireNonNull(minimum, "minimum"));
  }

  /**
   * Decides whether an organization has priority on a date.
   *
   * @param organization the organization, not null
   * @param date the date, not null
   * @return the decision with the grade it rests on
   */
  public Decision decide(Organization organization, LocalDate date) {
    Optional<GradeAward> grade = organization.gradeOn(Objects.requireNonNull(date, "date"));
    if (grade.isEmpty()) {
      return new Decision(false, null, minimum);
    }
    return new Decision(grade.get().grade().isAtLeast(minimum), grade.get().grade(), minimum);
  }

  /**
   * The decision.
   *
   * @param priority whether the organization has priority
   * @param grade its valid grade on the date, or null if none
   * @param minimum the minimum grade applied
   */
  public record Decision(boolean priority, EvaluationGrade grade, EvaluationGrade minimum) {}
}
