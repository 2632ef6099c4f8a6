package org.sanshe.core.registry.organization;

import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * How many certified social workers an organization employs, per qualification level: each count
 * from 0 to {@link #MAX_PER_LEVEL}, so that the total never overflows. Immutable and thread-safe.
 *
 * @param assistant assistant social workers (助理社会工作师)
 * @param intermediate social workers (社会工作师)
 * @param senior senior social workers (高级社会工作师)
 */
public record CertifiedWorkers(int assistant, int intermediate, int senior) {

  /** No certified workers. */
  public static final CertifiedWorkers NONE = new CertifiedWorkers(0, 0, 0);

  /** The largest count per level: {@value} (far above any organization's staff). */
  public static final int MAX_PER_LEVEL = 100_000;

  /**
   * Checks the counts.
   *
   * @throws RegistryException with {@code ORGANIZATION_COUNT_NEGATIVE} for a count below 0 or above
   *     {@link #MAX_PER_LEVEL}
   */
  public CertifiedWorkers {
    for (int n : new int[] {assistant, intermediate, senior}) {
      if (n < 0 || n > MAX_PER_LEVEL) {
        throw new RegistryException(RegistryError.ORGANIZATION_COUNT_NEGATIVE, 0, MAX_PER_LEVEL);
      }
    }
  }

  /**
   * Returns the total.
   *
   * @return the sum of the three counts
   */
  public int total() {
    return assistant + intermediate + senior;
  }
}
