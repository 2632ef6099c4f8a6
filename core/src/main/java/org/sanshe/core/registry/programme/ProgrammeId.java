package org.sanshe.core.registry.programme;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The identity of a funding programme (资助计划). Immutable and thread-safe.
 *
 * @param value the id, 1 to 64 characters without white space or control characters
 */
public record ProgrammeId(String value) implements Comparable<ProgrammeId> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} (the value is not echoed)
   */
  public ProgrammeId {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("programme id", "资助计划编号"));
    }
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  @Override
  public int compareTo(ProgrammeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
