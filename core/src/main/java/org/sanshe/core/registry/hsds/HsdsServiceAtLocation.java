package org.sanshe.core.registry.hsds;

/**
 * An HSDS 3.0 {@code service_at_location}: a service delivered at one of the organization's {@link
 * HsdsLocation}s. Immutable.
 *
 * @param id the link's id (a name-based UUID)
 * @param serviceId the service's HSDS id
 * @param locationId the location's HSDS id
 * @param description a description
 */
public record HsdsServiceAtLocation(
    String id, String serviceId, String locationId, String description) {}
