package org.sanshe.core.registry.hsds;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * An HSDS 3.0 {@code service} as the API serves it from {@code /services} and {@code
 * /services/{id}}: the service's fields with its organization nested, its service areas and its
 * links to locations. Immutable.
 *
 * @param id the service's HSDS id
 * @param organizationId the organization's HSDS id
 * @param name the service's name
 * @param description a description
 * @param status {@code active}, {@code inactive}, {@code defunct} or {@code temporarily closed}
 * @param organization the organization providing it
 * @param serviceAreas the communities it is available in
 * @param serviceAtLocations the places it is delivered at
 */
public record HsdsServiceWithOrganization(
    String id,
    String organizationId,
    String name,
    String description,
    String status,
    HsdsOrganizationSummary organization,
    List<HsdsServiceArea> serviceAreas,
    List<HsdsServiceAtLocation> serviceAtLocations) {

  private static final Wording ORGANIZATION = Wording.of("The nested organization", "所属组织");
  private static final Wording SAME_ID =
      Wording.of("must be the one organization_id names", "必须与组织标识一致");

  /**
   * Checks that the nested organization is the service's, and copies the lists.
   *
   * @throws NullPointerException if organization or a list is null
   * @throws SansheException with {@code ARGUMENT_INVALID} if the organization's id is not {@code
   *     organizationId}
   */
  public HsdsServiceWithOrganization {
    Objects.requireNonNull(organization, "organization");
    if (!organization.id().equals(organizationId)) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, ORGANIZATION, SAME_ID);
    }
    serviceAreas = List.copyOf(serviceAreas);
    serviceAtLocations = List.copyOf(serviceAtLocations);
  }

  /**
   * Nests an exported service's organization into it.
   *
   * @param s the service, not null
   * @param o the organization providing it, not null
   * @return the service with its organization
   */
  static HsdsServiceWithOrganization of(HsdsService s, HsdsOrganization o) {
    return new HsdsServiceWithOrganization(
        s.id(),
        s.organizationId(),
        s.name(),
        s.description(),
        s.status(),
        HsdsOrganizationSummary.of(o),
        s.serviceAreas(),
        s.serviceAtLocations());
  }
}
