package org.sanshe.core.registry.hsds;

import java.util.Objects;

/**
 * An HSDS 3.0 {@code organization} with its one-to-one fields only: an entry of the {@code
 * /organizations} list, and the organization nested in a service. Immutable.
 *
 * @param id the organization's HSDS id
 * @param name the name
 * @param description a description
 * @param yearIncorporated the year of registration or filing, or null
 * @param legalStatus the legal form and status
 */
public record HsdsOrganizationSummary(
    String id, String name, String description, Integer yearIncorporated, String legalStatus) {

  /**
   * Returns the one-to-one fields of an exported organization.
   *
   * @param o the organization, not null
   * @return its summary
   */
  public static HsdsOrganizationSummary of(HsdsOrganization o) {
    Objects.requireNonNull(o, "o");
    return new HsdsOrganizationSummary(
        o.id(), o.name(), o.description(), o.yearIncorporated(), o.legalStatus());
  }
}
