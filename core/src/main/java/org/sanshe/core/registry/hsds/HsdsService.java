package org.sanshe.core.registry.hsds;

import java.util.List;

/**
 * An HSDS 3.0 {@code service}: one per service domain of an organization, with the communities it
 * is available in as {@code service_areas} and the organization's real places it is delivered at as
 * {@code service_at_locations}. Immutable.
 *
 * @param id the service's id (a name-based UUID)
 * @param organizationId the organization's HSDS id
 * @param name the service's name
 * @param description a description
 * @param status {@code active}, {@code inactive}, {@code defunct} or {@code temporarily closed}
 * @param serviceAreas the communities the organization serves in on the export date
 * @param serviceAtLocations the places supplied for the organization, empty when none were
 */
public record HsdsService(
    String id,
    String organizationId,
    String name,
    String description,
    String status,
    List<HsdsServiceArea> serviceAreas,
    List<HsdsServiceAtLocation> serviceAtLocations) {

  /** Copies the lists. */
  public HsdsService {
    serviceAreas = List.copyOf(serviceAreas);
    serviceAtLocations = List.copyOf(serviceAtLocations);
  }
}
