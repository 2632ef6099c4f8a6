package org.sanshe.core.registry.worker;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The identity of a social worker: 1 to 64 characters without white space. Immutable.
 *
 * @param value the id
 */
public record SocialWorkerId(String value) implements Comparable<SocialWorkerId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public SocialWorkerId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("social worker id", "社工编号"));
    }
  }

  @Override
  public int compareTo(SocialWorkerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
