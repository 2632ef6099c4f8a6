package org.sanshe.core.registry.party;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.Fraction;

/**
 * Party organization coverage of the social organizations of one street or district: how many
 * organizations have each kind of Party organization, with organization coverage (own or joint
 * branch, 组织覆盖率) and work coverage (a branch or an instructor, 工作覆盖率) as exact fractions. Immutable
 * and thread-safe.
 *
 * @param division the street or district
 * @param ownBranch organizations with their own branch
 * @param jointBranch organizations in a joint branch
 * @param instructor organizations with an instructor only
 * @param none organizations with none
 */
public record PartyCoverage(
    DivisionCode division, long ownBranch, long jointBranch, long instructor, long none) {

  /**
   * Checks the components.
   *
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_COUNT_NEGATIVE} for
   *     a negative count
   */
  public PartyCoverage {
    Objects.requireNonNull(division, "division");
    if (ownBranch < 0 || jointBranch < 0 || instructor < 0 || none < 0) {
      throw new org.sanshe.core.registry.RegistryException(
          org.sanshe.core.registry.RegistryError.ORGANIZATION_COUNT_NEGATIVE, 0, Long.MAX_VALUE);
    }
  }

  /**
   * Computes coverage by query: a scan of affiliations, counting those in the division (a street,
   * or a district holding streets).
   *
   * @param division the street or district, not null
   * @param affiliations the affiliations, not null, one per organization
   * @return the coverage
   */
  public static PartyCoverage of(DivisionCode division, Collection<PartyAffiliation> affiliations) {
    Objects.requireNonNull(division, "division");
    long[] n = new long[PartyOrganizationKind.values().length];
    for (PartyAffiliation a : affiliations) {
      if (a.street().isWithin(division)) {
        n[a.kind().ordinal()]++;
      }
    }
    return new PartyCoverage(division, n[0], n[1], n[2], n[3]);
  }

  /**
   * Returns the number of organizations counted.
   *
   * @return the total
   */
  public long organizations() {
    return ownBranch + jointBranch + instructor + none;
  }

  /**
   * Returns the organization coverage: own or joint branch over all organizations.
   *
   * @return the exact rate, or empty when there are no organizations
   */
  public Optional<Fraction> organizationCoverage() {
    long total = organizations();
    return total == 0 ? Optional.empty() : Optional.of(Fraction.of(ownBranch + jointBranch, total));
  }

  /**
   * Returns the work coverage: a branch or an instructor over all organizations.
   *
   * @return the exact rate, or empty when there are no organizations
   */
  public Optional<Fraction> workCoverage() {
    long total = organizations();
    return total == 0
        ? Optional.empty()
        : Optional.of(Fraction.of(ownBranch + jointBranch + instructor, total));
  }
}
