package org.sanshe.core.registry.hsds;

/**
 * An HSDS 3.0 {@code organization_identifier}: here the Unified Social Credit Code. Immutable.
 *
 * @param id the record's id (a name-based UUID)
 * @param organizationId the organization's HSDS id
 * @param identifierScheme the org-id.guide scheme (configurable)
 * @param identifierType the type of identifier
 * @param identifier the credit code
 */
public record HsdsOrganizationIdentifier(
    String id,
    String organizationId,
    String identifierScheme,
    String identifierType,
    String identifier) {}
