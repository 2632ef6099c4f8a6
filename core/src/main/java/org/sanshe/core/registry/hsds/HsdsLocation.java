package org.sanshe.core.registry.hsds;

/**
 * An HSDS 3.0 {@code location}: a real place of the organization (an office, a venue) that the
 * caller supplied as an {@link HsdsPlace}. Communities the organization serves are not locations;
 * they are {@link HsdsServiceArea}s. Immutable.
 *
 * @param id the location's id (a name-based UUID of the organization and the place's key)
 * @param locationType always {@code physical}
 * @param organizationId the organization's HSDS id
 * @param name the place's name
 * @param description the place's description, or null
 */
public record HsdsLocation(
    String id, String locationType, String organizationId, String name, String description) {}
