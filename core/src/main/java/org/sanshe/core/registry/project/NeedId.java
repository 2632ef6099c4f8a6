package org.sanshe.core.registry.project;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The identity of a collected need. Immutable.
 *
 * @param value the id, 1 to 64 characters without white space
 */
public record NeedId(String value) implements Comparable<NeedId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public NeedId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("need id", "需求编号"));
    }
  }

  @Override
  public int compareTo(NeedId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
