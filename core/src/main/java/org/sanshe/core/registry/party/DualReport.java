package org.sanshe.core.registry.party;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionKind;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * A dual-reporting record (双报到): a community's Party member reports to a social organization to
 * serve, or a social organization's Party member reports to the community. The member is a resident
 * and is referred to only by a {@link HashedIdentity}. Immutable and thread-safe; no component is
 * null.
 *
 * @param id the record's id
 * @param member the Party member, hashed
 * @param organization the social organization
 * @param community the community (a 12-digit community division)
 * @param direction who reports to whom
 * @param reportedOn the date of reporting
 */
public record DualReport(
    PartyRecordId id,
    HashedIdentity member,
    OrganizationId organization,
    DivisionCode community,
    Direction direction,
    LocalDate reportedOn) {

  /** Who reports to whom. */
  public enum Direction {
    /** A community Party member reports to a social organization. */
    MEMBER_TO_ORGANIZATION,
    /** A social organization's Party member reports to the community. */
    ORGANIZATION_TO_COMMUNITY
  }

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_NOT_COMMUNITY}
   */
  public DualReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(community, "community");
    if (community.kind() != DivisionKind.COMMUNITY) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "community");
    }
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(reportedOn, "reportedOn");
  }
}
