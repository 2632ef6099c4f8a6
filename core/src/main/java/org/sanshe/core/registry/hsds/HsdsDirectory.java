package org.sanshe.core.registry.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * The HSDS API's read endpoints over a set of exported entries, as plain objects a portal can
 * serialize: the root ({@code /}), the paginated {@code /organizations} and {@code /services}
 * lists, and single organizations and services by HSDS id. Organizations and services keep the
 * order of the entries given.
 *
 * <p>Immutable and thread-safe: a snapshot of the entries it was built from.
 */
public final class HsdsDirectory {

  private static final Wording ENTRIES = Wording.of("The exported entries", "导出记录");
  private static final Wording UNIQUE_IDS =
      Wording.of("must have unique ids and services of their own organization", "标识不能重复，服务必须属于本组织");

  private final HsdsApiRoot root;
  private final List<HsdsOrganizationSummary> organizations;
  private final Map<String, HsdsOrganization> organizationsById;
  private final List<HsdsServiceWithOrganization> services;
  private final Map<String, HsdsServiceWithOrganization> servicesById;

  private HsdsDirectory(HsdsApiRoot root, List<HsdsEntry> entries) {
    this.root = root;
    List<HsdsOrganizationSummary> orgs = new ArrayList<>(entries.size());
    Map<String, HsdsOrganization> orgsById = new LinkedHashMap<>();
    List<HsdsServiceWithOrganization> svcs = new ArrayList<>();
    Map<String, HsdsServiceWithOrganization> svcsById = new LinkedHashMap<>();
    for (HsdsEntry e : entries) {
      HsdsOrganization o = e.organization();
      if (orgsById.putIfAbsent(o.id(), o) != null) {
        throw new SansheException(CoreError.ARGUMENT_INVALID, ENTRIES, UNIQUE_IDS);
      }
      orgs.add(HsdsOrganizationSummary.of(o));
      for (HsdsService s : e.services()) {
        if (!o.id().equals(s.organizationId())) {
          throw new SansheException(CoreError.ARGUMENT_INVALID, ENTRIES, UNIQUE_IDS);
        }
        HsdsServiceWithOrganization nested = HsdsServiceWithOrganization.of(s, o);
        if (svcsById.putIfAbsent(s.id(), nested) != null) {
          throw new SansheException(CoreError.ARGUMENT_INVALID, ENTRIES, UNIQUE_IDS);
        }
        svcs.add(nested);
      }
    }
    this.organizations = List.copyOf(orgs);
    this.organizationsById = Map.copyOf(orgsById);
    this.services = List.copyOf(svcs);
    this.servicesById = Map.copyOf(svcsById);
  }

  /**
   * Builds the directory of some exported entries.
   *
   * @param root the API root to serve, not null
   * @param entries the exporter's output, not null
   * @return the directory
   * @throws SansheException with {@code ARGUMENT_INVALID} if two organizations or two services
   *     share an id, or a service names another organization than its entry's
   */
  public static HsdsDirectory of(HsdsApiRoot root, List<HsdsEntry> entries) {
    Objects.requireNonNull(root, "root");
    return new HsdsDirectory(root, List.copyOf(entries));
  }

  /**
   * Returns the body of {@code /}.
   *
   * @return the root
   */
  public HsdsApiRoot root() {
    return root;
  }

  /**
   * Returns a page of {@code /organizations}: their one-to-one fields.
   *
   * @param pageNumber the page, from 1
   * @param perPage the page size, 1 to 10,000
   * @return the page
   * @throws SansheException with {@code ARGUMENT_INVALID} for bad page arguments
   */
  public HsdsPage<HsdsOrganizationSummary> organizations(int pageNumber, int perPage) {
    return HsdsPage.slice(organizations, pageNumber, perPage);
  }

  /**
   * Returns a page of {@code /services}, each with its organization nested.
   *
   * @param pageNumber the page, from 1
   * @param perPage the page size, 1 to 10,000
   * @return the page
   * @throws SansheException with {@code ARGUMENT_INVALID} for bad page arguments
   */
  public HsdsPage<HsdsServiceWithOrganization> services(int pageNumber, int perPage) {
    return HsdsPage.slice(services, pageNumber, perPage);
  }

  /**
   * Returns {@code /services/{id}}.
   *
   * @param id the service's HSDS id, not null
   * @return the service with its organization, or empty if unknown
   */
  public Optional<HsdsServiceWithOrganization> service(String id) {
    return Optional.ofNullable(servicesById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns {@code /organizations/{id}}: the organization with its identifiers and locations.
   *
   * @param id the organization's HSDS id, not null
   * @return the organization, or empty if unknown
   */
  public Optional<HsdsOrganization> organization(String id) {
    return Optional.ofNullable(organizationsById.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public String toString() {
    return "HsdsDirectory["
        + organizations.size()
        + " organizations, "
        + services.size()
        + " services]";
  }
}
