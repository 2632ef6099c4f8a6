/**
 * Export of the registry to Open Referral Human Services Data Specification (HSDS) 3.0 shaped
 * objects: {@link org.sanshe.core.registry.hsds.HsdsOrganization} with its {@link
 * org.sanshe.core.registry.hsds.HsdsOrganizationIdentifier} (the credit code) and {@link
 * org.sanshe.core.registry.hsds.HsdsLocation}s (one per community it has landed in), and one {@link
 * org.sanshe.core.registry.hsds.HsdsService} per service domain. Plain records; the JSON field
 * names ({@code organization_id}, {@code identifier_scheme}, ...) come from the Jackson module in
 * {@code org.sanshe.jackson.core.SansheCoreModule} in the sanshe-jackson artifact.
 */
package org.sanshe.core.registry.hsds;
