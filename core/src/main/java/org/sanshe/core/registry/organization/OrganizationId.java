package org.sanshe.core.registry.organization;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * The identity of an organization in the registry: 1 to 64 characters without white space.
 * Immutable; ordered by value.
 *
 * @param value the id
 */
public record OrganizationId(String value) implements Comparable<OrganizationId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public OrganizationId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("organization id", "组织编号"));
    }
  }

  /**
   * Parses an id.
   *
   * @param value the text
   * @return the id
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  @Override
  public int compareTo(OrganizationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
