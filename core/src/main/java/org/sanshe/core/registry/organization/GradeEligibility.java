package org.sanshe.core.registry.organization;

import java.time.LocalDate;

/**
 * The decision of {@link EvaluationPolicy#eligibility}: may the organization be graded on a date,
 * and why. Immutable.
 */
public sealed interface GradeEligibility {

  /**
   * Tells whether grading is allowed.
   *
   * @return true for {@link Eligible}
   */
  boolean eligible();

  /**
   * The organization may be graded.
   *
   * @param registeredOn its registration date
   * @param previousExpiredOn when its previous grade expired, or null for a first evaluation
   */
  record Eligible(LocalDate registeredOn, LocalDate previousExpiredOn) implements GradeEligibility {
    @Override
    public boolean eligible() {
      return true;
    }
  }

  /**
   * The organization may not be graded.
   *
   * @param reason why not
   * @param eligibleFrom the first date it will be eligible, or null if no date is known
   */
  record Ineligible(Reason reason, LocalDate eligibleFrom) implements GradeEligibility {
    @Override
    public boolean eligible() {
      return false;
    }
  }

  /** Why an organization may not be graded. */
  enum Reason {
    /** Only registered organizations are evaluated; filed and incubating ones are not. */
    NOT_REGISTERED,
    /** The organization is not active. */
    NOT_ACTIVE,
    /** Fewer full years of registration than the policy requires. */
    REGISTERED_TOO_RECENTLY,
    /** Its current grade is still valid. */
    GRADE_STILL_VALID
  }
}
