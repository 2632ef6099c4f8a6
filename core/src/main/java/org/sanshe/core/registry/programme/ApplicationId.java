package org.sanshe.core.registry.programme;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The identity of an application of an organization to a call. Immutable and thread-safe.
 *
 * @param value the id, 1 to 64 characters without white space or control characters
 */
public record ApplicationId(String value) implements Comparable<ApplicationId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} (the value is not echoed)
   */
  public ApplicationId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("application id", "申报编号"));
    }
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public static ApplicationId of(String value) {
    return new ApplicationId(value);
  }

  @Override
  public int compareTo(ApplicationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
