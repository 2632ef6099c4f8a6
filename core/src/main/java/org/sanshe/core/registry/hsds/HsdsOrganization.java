package org.sanshe.core.registry.hsds;

import java.util.List;

/**
 * An HSDS 3.0 {@code organization} with its identifiers and locations nested, as the schema's
 * {@code organization_identifiers} and {@code locations} arrays allow. Immutable.
 *
 * @param id the organization's HSDS id (a name-based UUID of the registry id)
 * @param name the name
 * @param description a description (required by HSDS)
 * @param yearIncorporated the year of registration or filing, or null
 * @param legalStatus the legal form and status
 * @param organizationIdentifiers the identifiers (the credit code, when registered)
 * @param locations the organization's real places supplied to the exporter ({@link HsdsPlace}),
 *     empty when none were; communities served are service areas of its services, not locations
 */
public record HsdsOrganization(
    String id,
    String name,
    String description,
    Integer yearIncorporated,
    String legalStatus,
    List<HsdsOrganizationIdentifier> organizationIdentifiers,
    List<HsdsLocation> locations) {

  /** Copies the lists. */
  public HsdsOrganization {
    organizationIdentifiers = List.copyOf(organizationIdentifiers);
    locations = List.copyOf(locations);
  }
}
