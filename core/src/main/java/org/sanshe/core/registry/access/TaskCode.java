package org.sanshe.core.registry.access;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * The code of a task on the access list: 1 to 64 characters without white space. Immutable.
 *
 * @param value the code
 */
public record TaskCode(String value) implements Comparable<TaskCode> {

  /**
   * Checks the value.
   *
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public TaskCode {
    if (!Ids.valid(value)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("task code", "事项编码"));
    }
  }

  /**
   * Returns the code of a text.
   *
   * @param value the text
   * @return the code
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  public static TaskCode of(String value) {
    return new TaskCode(value);
  }

  @Override
  public int compareTo(TaskCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
