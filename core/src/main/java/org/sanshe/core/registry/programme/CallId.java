package org.sanshe.core.registry.programme;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The identity of a call for applications (申报批次) within its programme. Immutable and thread-safe.
 *
 * @param value the id, 1 to 64 characters without white space or control characters
 */
public record CallId(String value) implements Comparable<CallId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} (the value is not echoed)
   */
  public CallId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("call id", "申报批次编号"));
    }
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public static CallId of(String value) {
    return new CallId(value);
  }

  @Override
  public int compareTo(CallId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
