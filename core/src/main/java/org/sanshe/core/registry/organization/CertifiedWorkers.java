package org.sanshe.core.registry.organization;

import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * How many certified social workers an organization employs, per qualification level. Immutable.
 *
 * @param assistant assistant social workers (助理社会工作师)
 * @param intermediate social workers (社会工作师)
 * @param senior senior social workers (高级社会工作师)
 */
public record CertifiedWorkers(int assistant, int intermediate, int senior) {

  /** No certified workers. */
  public static final CertifiedWorkers NONE = new CertifiedWorkers(0, 0, 0);

  /**
   * Checks the counts.
   *
   * @throws RegistryException with {@code ORGANIZATION_COUNT_NEGATIVE}
   */
  public CertifiedWorkers {
    for (int n : new int[] {assistant, intermediate, senior}) {
      if (n < 0) {
        throw new RegistryException(RegistryError.ORGANIZATION_COUNT_NEGATIVE, n);
      }
    }
  }

  /**
   * Returns the total.
   *
   * @return the sum of the three counts
   */
  public int total() {
    return Math.addExact(Math.addExact(assistant, intermediate), senior);
  }
}
