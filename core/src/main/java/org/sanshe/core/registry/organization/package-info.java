/**
 * The Organization aggregate: legal form, filing or registration, lifecycle, annual reports,
 * evaluation grades, roles (hub organization, community federation, membership), landings in
 * communities, service domains and certified social-worker counts; its past-tense events, its
 * policies, the {@link org.sanshe.core.registry.organization.Organizations} port, queries and the
 * {@link org.sanshe.core.registry.organization.OrganizationRegistry} application service.
 */
package org.sanshe.core.registry.organization;
