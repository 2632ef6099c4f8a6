package org.sanshe.core.registry.party;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The Party organization of one social organization: its kind, the joint branch when the kind is
 * {@link PartyOrganizationKind#JOINT_BRANCH}, the street the organization belongs to (which places
 * it in the street's and district's coverage) and the date since when this holds. Immutable and
 * thread-safe; all components but {@code jointBranch} are non-null.
 *
 * @param organization the organization
 * @param street its street or town (9 digits)
 * @param kind the kind of Party organization
 * @param jointBranch the joint branch, exactly when the kind is a joint branch, else null
 * @param since the date from which the record holds
 */
public record PartyAffiliation(
    OrganizationId organization,
    DivisionCode street,
    PartyOrganizationKind kind,
    PartyRecordId jointBranch,
    LocalDate since) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code PARTY_DIVISION_NOT_STREET} or {@code
   *     PARTY_AFFILIATION_INVALID}
   */
  public PartyAffiliation {
    Objects.requireNonNull(organization, "organization");
    street = Streets.street(street);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(since, "since");
    if ((kind == PartyOrganizationKind.JOINT_BRANCH) != (jointBranch != null)) {
      throw new RegistryException(RegistryError.PARTY_AFFILIATION_INVALID, kind);
    }
  }

  /**
   * Returns an affiliation of a kind other than a joint branch.
   *
   * @param organization the organization
   * @param street its street
   * @param kind own branch, instructor or none
   * @param since the date
   * @return the affiliation
   */
  public static PartyAffiliation of(
      OrganizationId organization,
      DivisionCode street,
      PartyOrganizationKind kind,
      LocalDate since) {
    return new PartyAffiliation(organization, street, kind, null, since);
  }

  /**
   * Returns a membership in a joint branch.
   *
   * @param organization the organization
   * @param street its street
   * @param branch the joint branch
   * @param since the date
   * @return the affiliation
   */
  public static PartyAffiliation joint(
      OrganizationId organization, DivisionCode street, PartyRecordId branch, LocalDate since) {
    return new PartyAffiliation(
        organization,
        street,
        PartyOrganizationKind.JOINT_BRANCH,
        Objects.requireNonNull(branch, "branch"),
        since);
  }

  /**
   * Returns the joint branch.
   *
   * @return the branch, or empty
   */
  public Optional<PartyRecordId> jointBranchIfAny() {
    return Optional.ofNullable(jointBranch);
  }
}
