package org.sanshe.core.registry.hsds;

import java.util.List;

/**
 * One organization exported to HSDS: the organization record and its services. Immutable.
 *
 * @param organization the organization with identifiers and locations
 * @param services one service per service domain
 */
public record HsdsEntry(HsdsOrganization organization, List<HsdsService> services) {
  /** Copies the list. */
  public HsdsEntry {
    services = List.copyOf(services);
  }
}
