package org.sanshe.core.registry.review;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * An expert of the pool, by id (the id scores carry in {@link
 * org.sanshe.core.registry.project.ExpertScore}), with the organizations the expert declared ties
 * to (employment, board seats, consultancy, family). No name is kept: the integrator's directory
 * holds personal data. Immutable and thread-safe.
 *
 * @param id the expert's id, 1 to 64 characters without white space
 * @param ties the organizations the expert is tied to, ordered and distinct
 */
public record Expert(String id, List<OrganizationId> ties) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} or {@code
   *     REGISTRY_FIELD_MISSING}
   */
  public Expert {
    if (!Ids.valid(id)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("expert id", "专家编号"));
    }
    if (ties == null || ties.stream().anyMatch(java.util.Objects::isNull)) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "ties");
    }
    ties = List.copyOf(new TreeSet<>(ties));
  }

  /**
   * Tells whether the expert is tied to an organization.
   *
   * @param organization the organization, not null
   * @return true if the tie is declared
   */
  public boolean isTiedTo(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return ties.contains(organization);
  }
}
