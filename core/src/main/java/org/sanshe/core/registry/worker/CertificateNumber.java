package org.sanshe.core.registry.worker;

import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * The number of a social-work qualification certificate: 4 to 32 ASCII letters or digits, stored in
 * upper case. Immutable.
 *
 * @param value the number
 */
public record CertificateNumber(String value) {

  /**
   * Checks and normalizes the value.
   *
   * @throws RegistryException with {@code WORKER_CERTIFICATE_INVALID}
   */
  public CertificateNumber {
    if (value == null || value.length() < 4 || value.length() > 32) {
      throw new RegistryException(RegistryError.WORKER_CERTIFICATE_INVALID);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        throw new RegistryException(RegistryError.WORKER_CERTIFICATE_INVALID);
      }
    }
    value = value.toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
