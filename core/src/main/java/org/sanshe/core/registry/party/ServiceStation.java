package org.sanshe.core.registry.party;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * A Party-member volunteer service station (党员志愿服务站) in a community, optionally hosted by a social
 * organization. Immutable and thread-safe; all components but {@code host} are non-null.
 *
 * @param id the station's id
 * @param name its name, a checked name of at most 200 code points
 * @param community the community or village (12 digits)
 * @param host the hosting organization, or null
 * @param openedOn the opening date
 */
public record ServiceStation(
    PartyRecordId id,
    String name,
    DivisionCode community,
    OrganizationId host,
    LocalDate openedOn) {

  /**
   * Checks the components.
   *
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_NOT_COMMUNITY}
   */
  public ServiceStation {
    Objects.requireNonNull(id, "id");
    name =
        BoundedText.name(
            Objects.requireNonNull(name, "name"), Wording.of("station name", "服务站名称"), 200);
    Objects.requireNonNull(community, "community");
    if (community.level() != org.sanshe.core.identifier.DivisionLevel.VILLAGE) {
      throw new org.sanshe.core.registry.RegistryException(
          org.sanshe.core.registry.RegistryError.ORGANIZATION_NOT_COMMUNITY, community);
    }
    Objects.requireNonNull(openedOn, "openedOn");
  }

  /**
   * Returns the host.
   *
   * @return the hosting organization, or empty
   */
  public Optional<OrganizationId> hostIfAny() {
    return Optional.ofNullable(host);
  }
}
