package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * An evaluation grade awarded on a date from a score, valid from {@code awardedOn} (inclusive) to
 * {@code expiresOn} (exclusive). Immutable.
 *
 * @param grade the grade
 * @param score the 1000-point score it came from
 * @param awardedOn the first day of validity
 * @param expiresOn the first day it is no longer valid
 */
public record GradeAward(
    EvaluationGrade grade, int score, LocalDate awardedOn, LocalDate expiresOn) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_SCORE_RANGE} or {@code
   *     ORGANIZATION_DATE_ORDER}
   */
  public GradeAward {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(awardedOn, "awardedOn");
    Objects.requireNonNull(expiresOn, "expiresOn");
    if (score < 0 || score > EvaluationGradeBands.MAX_SCORE) {
      throw new RegistryException(RegistryError.ORGANIZATION_SCORE_RANGE, score);
    }
    if (!expiresOn.isAfter(awardedOn)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, expiresOn, awardedOn);
    }
  }

  /**
   * Tells whether the grade is valid on a date.
   *
   * @param date the date, not null
   * @return true if {@code awardedOn <= date < expiresOn}
   */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(awardedOn) && date.isBefore(expiresOn);
  }
}
