package org.sanshe.core.registry.programme;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * An entry of the catalogue of organizations eligible to take on transferred functions
 * (承接政府转移职能的社会组织目录): the organization, whether it is registered, its grade on the catalogue's date
 * and its service domains. Immutable and thread-safe.
 *
 * @param organization the organization
 * @param registered whether it is registered (not only filed)
 * @param grade its valid grade on the catalogue's date, or empty
 * @param domains its service domains
 */
public record EligibleOrganization(
    OrganizationId organization,
    boolean registered,
    Optional<EvaluationGrade> grade,
    Set<ServiceDomain> domains) {

  /** Copies the domains, in code order ({@link ServiceDomain#sortedSet}). */
  public EligibleOrganization {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(grade, "grade");
    domains = ServiceDomain.sortedSet(domains);
  }
}
