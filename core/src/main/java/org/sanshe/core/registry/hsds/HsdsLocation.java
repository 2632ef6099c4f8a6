package org.sanshe.core.registry.hsds;

/**
 * An HSDS 3.0 {@code location}: a community the organization has landed in. Immutable.
 *
 * @param id the location's id (a name-based UUID)
 * @param locationType always {@code physical}
 * @param organizationId the organization's HSDS id
 * @param name the community's name (or its code when the directory lacks it)
 * @param description a description
 * @param externalIdentifier the community's division code
 * @param externalIdentifierType the scheme of the division code
 */
public record HsdsLocation(
    String id,
    String locationType,
    String organizationId,
    String name,
    String description,
    String externalIdentifier,
    String externalIdentifierType) {}
