package org.sanshe.core.registry.hsds;

/**
 * An HSDS 3.0 {@code service}: one per service domain of an organization. Immutable.
 *
 * @param id the service's id (a name-based UUID)
 * @param organizationId the organization's HSDS id
 * @param name the service's name
 * @param description a description
 * @param status {@code active}, {@code inactive}, {@code defunct} or {@code temporarily closed}
 */
public record HsdsService(
    String id, String organizationId, String name, String description, String status) {}
