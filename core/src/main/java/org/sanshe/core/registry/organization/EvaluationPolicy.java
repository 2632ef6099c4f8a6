package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * The evaluation rules (社会组织评估, MCA Order 39): an active registered organization is eligible after
 * a number of full years of registration (preset 2), or again when its previous grade has expired;
 * a grade is valid a number of years (preset 5); the grade follows from the 1000-point score
 * through {@link EvaluationGradeBands}. All three are configuration; {@link #preset()} holds the
 * values of DOMAIN.md.
 *
 * <p>Immutable and thread-safe.
 */
public final class EvaluationPolicy {

  private static final EvaluationPolicy PRESET =
      new EvaluationPolicy(2, 5, EvaluationGradeBands.preset());

  private final int minimumRegistrationYears;
  private final int validityYears;
  private final EvaluationGradeBands bands;

  private EvaluationPolicy(
      int minimumRegistrationYears, int validityYears, EvaluationGradeBands bands) {
    this.minimumRegistrationYears = minimumRegistrationYears;
    this.validityYears = validityYears;
    this.bands = bands;
  }

  /**
   * Returns the preset: 2 full years, valid 5 years, bands 900/800/700/600.
   *
   * @return the preset policy
   */
  public static EvaluationPolicy preset() {
    return PRESET;
  }

  /**
   * Creates a policy.
   *
   * @param minimumRegistrationYears full years of registration before a first grade, 0 to 10
   * @param validityYears years a grade stays valid, 1 to 10
   * @param bands the score bands, not null
   * @return the policy
   * @throws RegistryException with {@code ORGANIZATION_GRADE_BANDS_INVALID} for out-of-range years
   */
  public static EvaluationPolicy of(
      int minimumRegistrationYears, int validityYears, EvaluationGradeBands bands) {
    Objects.requireNonNull(bands, "bands");
    if (minimumRegistrationYears < 0
        || minimumRegistrationYears > 10
        || validityYears < 1
        || validityYears > 10) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_GRADE_BANDS_INVALID,
          Wording.of("the years are out of range", "年限超出允许范围"));
    }
    return new EvaluationPolicy(minimumRegistrationYears, validityYears, bands);
  }

  /**
   * Returns the score bands.
   *
   * @return the bands
   */
  public EvaluationGradeBands bands() {
    return bands;
  }

  /**
   * Returns how long a grade stays valid.
   *
   * @return the years
   */
  public int validityYears() {
    return validityYears;
  }

  /**
   * Decides whether an organization may be graded on a date.
   *
   * @param organization the organization, not null
   * @param date the evaluation date, not null
   * @return the decision, with the date from which it becomes eligible when known
   */
  public GradeEligibility eligibility(Organization organization, LocalDate date) {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(date, "date");
    if (!(organization.standing() instanceof LegalStanding.Registered registered)) {
      return new GradeEligibility.Ineligible(GradeEligibility.Reason.NOT_REGISTERED, null);
    }
    if (organization.status() != OrganizationStatus.ACTIVE) {
      return new GradeEligibility.Ineligible(GradeEligibility.Reason.NOT_ACTIVE, null);
    }
    Optional<GradeAward> latest = organization.latestGrade();
    // A grade dated inside, or before, the latest grade's validity is refused: grades follow one
    // another in time, so the history stays ordered.
    if (latest.isPresent()
        && (latest.get().validOn(date) || date.isBefore(latest.get().awardedOn()))) {
      return new GradeEligibility.Ineligible(
          GradeEligibility.Reason.GRADE_STILL_VALID, latest.get().expiresOn());
    }
    if (latest.isPresent() && !date.isBefore(latest.get().expiresOn())) {
      return new GradeEligibility.Eligible(registered.registeredOn(), latest.get().expiresOn());
    }
    LocalDate from = registered.registeredOn().plusYears(minimumRegistrationYears);
    if (date.isBefore(from)) {
      return new GradeEligibility.Ineligible(GradeEligibility.Reason.REGISTERED_TOO_RECENTLY, from);
    }
    return new GradeEligibility.Eligible(registered.registeredOn(), null);
  }

  /**
   * Builds the award for a score on a date (without checking eligibility).
   *
   * @param score 0 to 1000
   * @param awardedOn the award date, not null
   * @return the award, expiring {@code validityYears} later
   * @throws RegistryException with {@code ORGANIZATION_SCORE_RANGE}
   */
  public GradeAward award(int score, LocalDate awardedOn) {
    Objects.requireNonNull(awardedOn, "awardedOn");
    return new GradeAward(
        bands.gradeFor(score), score, awardedOn, awardedOn.plusYears(validityYears));
  }

  @Override
  public String toString() {
    return "EvaluationPolicy[minimumRegistrationYears="
        + minimumRegistrationYears
        + ", validityYears="
        + validityYears
        + ", "
        + bands
        + "]";
  }
}
