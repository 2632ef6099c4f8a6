/**
 * Export of the registry to Open Referral Human Services Data Specification (HSDS) 3.0 objects, and
 * the HSDS API's read shapes over them.
 *
 * <ul>
 *   <li>{@link org.sanshe.core.registry.hsds.HsdsExporter} turns an organization into an {@link
 *       org.sanshe.core.registry.hsds.HsdsOrganization} with its credit code as an {@link
 *       org.sanshe.core.registry.hsds.HsdsOrganizationIdentifier} (org-id.guide scheme {@code
 *       CN-USCI}), and one {@link org.sanshe.core.registry.hsds.HsdsService} per service domain
 *       whose {@link org.sanshe.core.registry.hsds.HsdsServiceArea}s are the communities served,
 *       with their division codes and code scheme ({@link
 *       org.sanshe.core.registry.hsds.DivisionCodeScheme}: GB/T 2260 for six digits, the
 *       statistical division codes for streets and communities).
 *   <li>{@link org.sanshe.core.registry.hsds.HsdsLocation}s and {@link
 *       org.sanshe.core.registry.hsds.HsdsServiceAtLocation}s are written only for real places the
 *       caller supplies ({@link org.sanshe.core.registry.hsds.HsdsPlace}): the organization records
 *       hold no postal code, which an HSDS 3.0 address requires.
 *   <li>{@link org.sanshe.core.registry.hsds.HsdsDirectory} serves the API: the root {@link
 *       org.sanshe.core.registry.hsds.HsdsApiRoot}, paginated lists as {@link
 *       org.sanshe.core.registry.hsds.HsdsPage}s of {@link
 *       org.sanshe.core.registry.hsds.HsdsOrganizationSummary} and {@link
 *       org.sanshe.core.registry.hsds.HsdsServiceWithOrganization}, and single records by id.
 * </ul>
 *
 * <p>Plain records; the JSON field names ({@code organization_id}, {@code total_items}, ...) come
 * from the Jackson modules ({@code org.sanshe.jackson.core.SansheCoreModule} in sanshe-jackson, and
 * its Jackson 3 twin), which write HSDS objects in snake case and leave absent values out.
 */
package org.sanshe.core.registry.hsds;
