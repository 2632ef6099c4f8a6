package org.sanshe.deliberation.affairs;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The "622" targets a community's triage is measured against: a minimum share settled by community
 * deliberation, a minimum share by social organizations' services, a maximum share referred. The
 * preset {@link #preset622()} is Yuhuatai's: at least 3/5, at least 1/5, at most 1/5; places
 * configure their own. Immutable and thread-safe.
 */
public final class TriageTargets {

  private static final TriageTargets PRESET =
      new TriageTargets(Fraction.of(3, 5), Fraction.of(1, 5), Fraction.of(1, 5));

  private final Fraction minDeliberation;
  private final Fraction minService;
  private final Fraction maxReferral;

  private TriageTargets(Fraction minDeliberation, Fraction minService, Fraction maxReferral) {
    this.minDeliberation = minDeliberation;
    this.minService = minService;
    this.maxReferral = maxReferral;
  }

  /**
   * Returns the Yuhuatai preset: deliberation at least 3/5, service at least 1/5, referral at most
   * 1/5.
   *
   * @return the preset
   */
  public static TriageTargets preset622() {
    return PRESET;
  }

  /**
   * Returns configured targets.
   *
   * @param minDeliberation the least share settled by deliberation, 0..1
   * @param minService the least share settled by social organizations' services, 0..1
   * @param maxReferral the largest share referred, 0..1
   * @return the targets
   * @throws NullPointerException if an argument is null
   * @throws AffairsException with {@code AFFAIRS_TARGET_INVALID} for a share outside 0..1
   */
  public static TriageTargets of(
      Fraction minDeliberation, Fraction minService, Fraction maxReferral) {
    check(ResolutionPath.COMMUNITY_DELIBERATION, minDeliberation);
    check(ResolutionPath.SOCIAL_ORGANIZATION_SERVICE, minService);
    check(ResolutionPath.REFERRAL, maxReferral);
    return new TriageTargets(minDeliberation, minService, maxReferral);
  }

  private static void check(ResolutionPath path, Fraction share) {
    Objects.requireNonNull(share, path.name());
    if (share.signum() < 0 || share.isGreaterThan(Fraction.ONE)) {
      throw new AffairsException(AffairsError.AFFAIRS_TARGET_INVALID, path, share);
    }
  }

  /**
   * Checks counts against the targets.
   *
   * @param deliberation matters settled by deliberation
   * @param service matters settled by social organizations' services
   * @param referral matters referred
   * @return one check per path, in path order; with no triaged matter every share is zero
   */
  public List<TargetCheck> check(long deliberation, long service, long referral) {
    long total = Math.addExact(Math.addExact(deliberation, service), referral);
    return List.of(
        TargetCheck.of(
            ResolutionPath.COMMUNITY_DELIBERATION,
            TargetCheck.Bound.AT_LEAST,
            minDeliberation,
            deliberation,
            total),
        TargetCheck.of(
            ResolutionPath.SOCIAL_ORGANIZATION_SERVICE,
            TargetCheck.Bound.AT_LEAST,
            minService,
            service,
            total),
        TargetCheck.of(
            ResolutionPath.REFERRAL, TargetCheck.Bound.AT_MOST, maxReferral, referral, total));
  }

  /**
   * Returns the least share for deliberation.
   *
   * @return the share
   */
  public Fraction minDeliberation() {
    return minDeliberation;
  }

  /**
   * Returns the least share for social organizations' services.
   *
   * @return the share
   */
  public Fraction minService() {
    return minService;
  }

  /**
   * Returns the largest share for referral.
   *
   * @return the share
   */
  public Fraction maxReferral() {
    return maxReferral;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TriageTargets other
        && minDeliberation.equals(other.minDeliberation)
        && minService.equals(other.minService)
        && maxReferral.equals(other.maxReferral);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minDeliberation, minService, maxReferral);
  }

  @Override
  public String toString() {
    return "TriageTargets[deliberation >= "
        + minDeliberation
        + ", service >= "
        + minService
        + ", referral <= "
        + maxReferral
        + "]";
  }
}
