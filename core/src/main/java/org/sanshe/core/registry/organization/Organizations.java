package org.sanshe.core.registry.organization;

import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.Page;
import org.sanshe.core.registry.PageRequest;

/**
 * The organizations of the registry: the port that stores and finds {@link Organization}s.
 *
 * <p>Implementations are thread-safe. Writes are optimistic: {@link #save(Organization)} accepts an
 * organization only if its {@link Organization#version()} is the stored one (0 for a new one), so a
 * writer working from a stale copy fails with a {@link
 * org.sanshe.core.registry.StaleVersionException} and no change is lost. Stores enforce the
 * registry-wide constraints: one organization per credit code, one hub per street, one federation
 * per community.
 *
 * <p>Results are in a stable order: by the street (or, for organizations based at district level,
 * the district) of the home division, then by id; organizations landed in a community are ordered
 * by id.
 */
public interface Organizations {

  /**
   * Finds an organization by id.
   *
   * @param id the id, not null
   * @return the organization, if stored
   */
  Optional<Organization> find(OrganizationId id);

  /**
   * Finds an organization by credit code.
   *
   * @param uscc the code, not null
   * @return the organization holding it, if any
   */
  Optional<Organization> findByUscc(UnifiedSocialCreditCode uscc);

  /**
   * Stores a new or changed organization.
   *
   * @param organization the organization, not null
   * @return the stored organization with its new version and no pending events
   * @throws org.sanshe.core.registry.StaleVersionException with {@code
   *     ORGANIZATION_VERSION_CONFLICT} when the version is not the stored one
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_DUPLICATE},
   *     {@code ORGANIZATION_USCC_DUPLICATE}, {@code ORGANIZATION_HUB_TAKEN} or {@code
   *     ORGANIZATION_FEDERATION_TAKEN}
   */
  Organization save(Organization organization);

  /**
   * Stores many organizations new to this store, all or none, such as an import: each keeps its
   * version (at least 1), so an exported store reads back unchanged.
   *
   * @param organizations organizations whose ids are not stored yet, not null
   * @throws org.sanshe.core.error.InvalidInputException listing, by index, every organization that
   *     breaks a constraint (against the store or within the batch); nothing is stored then
   */
  void saveAll(Collection<Organization> organizations);

  /**
   * Lists the organizations matching a query.
   *
   * @param query the query, not null
   * @param page the page wanted, not null
   * @return the page, in the stable order, with the total number of matches
   */
  Page<Organization> query(OrganizationQuery query, PageRequest page);

  /**
   * Counts the organizations matching a query.
   *
   * @param query the query, not null
   * @return the count
   */
  long count(OrganizationQuery query);

  /**
   * Counts the organizations per street or town below a division (home division within it).
   *
   * @param root a district or larger division, not null
   * @return street code to count, ordered by code; streets without organizations are absent
   */
  SortedMap<DivisionCode, Long> countsPerStreet(DivisionCode root);

  /**
   * Counts the organizations per district (county-level division) below a division.
   *
   * @param root a city, province or the nation ({@code 100000}), not null
   * @return district code to count, ordered by code
   */
  SortedMap<DivisionCode, Long> countsPerDistrict(DivisionCode root);

  /**
   * Finds the hub organization of a street.
   *
   * @param street the street or town, not null
   * @return the hub, if any
   */
  Optional<Organization> hubOf(DivisionCode street);

  /**
   * Finds the federation of a community.
   *
   * @param community the community, not null
   * @return the federation, if any
   */
  Optional<Organization> federationOf(DivisionCode community);

  /**
   * Returns how many organizations are stored.
   *
   * @return the count
   */
  long size();
}
