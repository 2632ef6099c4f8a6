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
 * @param email the e-mail address from the registration record, or null
 * @param website the website from the registration record, or null
 * @param phones the organization's phones that are not a person's
 * @param contacts the contact persons, names masked
 */
public record HsdsOrganization(
    String id,
    String name,
    String description,
    Integer yearIncorporated,
    String legalStatus,
    List<HsdsOrganizationIdentifier> organizationIdentifiers,
    List<HsdsLocation> locations,
    String email,
    String website,
    List<HsdsPhone> phones,
    List<HsdsContact> contacts) {

  /** Copies the lists. */
  public HsdsOrganization {
    organizationIdentifiers = List.copyOf(organizationIdentifiers);
    locations = List.copyOf(locations);
    phones = List.copyOf(phones);
    contacts = List.copyOf(contacts);
  }

  /**
   * Creates an organization without contact details.
   *
   * @param id the HSDS id
   * @param name the name
   * @param description the description
   * @param yearIncorporated the year, or null
   * @param legalStatus the legal status
   * @param organizationIdentifiers the identifiers
   * @param locations the locations
   */
  public HsdsOrganization(
      String id,
      String name,
      String description,
      Integer yearIncorporated,
      String legalStatus,
      List<HsdsOrganizationIdentifier> organizationIdentifiers,
      List<HsdsLocation> locations) {
    this(
        id,
        name,
        description,
        yearIncorporated,
        legalStatus,
        organizationIdentifiers,
        locations,
        null,
        null,
        List.of(),
        List.of());
  }
}
