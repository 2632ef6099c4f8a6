package org.sanshe.core.registry.hsds;

import java.util.List;
import java.util.Objects;

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

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if organization or a list is null
   */
  public HsdsServiceWithOrganization {
    Objects.requireNonNull(organization, "organization");
    serviceAreas = List.copyOf(serviceAreas);
    serviceAtLocations = List.copyOf(serviceAtLocations);
  }

  /**
   * Nests an exported service's organization into it.
   *
   * @param s the service, not null
   * @param o the organization providing it (the caller checks the ids match), not null
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
