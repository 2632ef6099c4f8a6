package org.sanshe.core.registry.project;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The identity of a public-welfare project. Immutable.
 *
 * @param value the id, 1 to 64 characters without white space
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public ProjectId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("project id", "项目编号"));
    }
  }

  @Override
  public int compareTo(ProjectId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
