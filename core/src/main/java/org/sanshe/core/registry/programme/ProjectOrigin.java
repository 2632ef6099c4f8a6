package org.sanshe.core.registry.programme;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/**
 * A neutral link from a project's application to the vote or contest it won, so that core keeps the
 * link without depending on the deliberation module. The reference names the contest or vote and
 * the entry, as the converter in {@code org.sanshe.deliberation.contest} writes it (for example
 * {@code C-2026/E3}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of origin, not null
 * @param reference the reference, 1 to 64 characters without white space
 */
public record ProjectOrigin(OriginKind kind, String reference) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING} or {@code
   *     ORGANIZATION_ID_INVALID}
   */
  public ProjectOrigin {
    Checks.required(kind, "kind");
    if (!Ids.valid(reference)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("origin reference", "来源编号"));
    }
  }
}
