package org.sanshe.core.registry.access;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.Actors;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * An access list as a district or city keeps it: the division that issues it, the list in force,
 * its version (1 for the first publication, one more for every revision; a writer names the version
 * it read and a stale one is refused with {@code ACCESS_LIST_VERSION_CONFLICT}), who published it
 * last and when. Immutable and thread-safe; no component is null.
 *
 * @param issuer the district or city that issues the list (6 digits)
 * @param list the list in force
 * @param version the stored version, at least 1
 * @param publishedBy who published it, 1 to 64 characters without white space
 * @param publishedAt when
 */
public record RecordedAccessList(
    DivisionCode issuer, AccessList list, long version, String publishedBy, Instant publishedAt) {

  /**
   * Checks the components (a store restoring a row refuses a broken one by these rules).
   *
   * @throws RegistryException with {@code ACCESS_ISSUER_INVALID} for an issuer below the county,
   *     {@code ORGANIZATION_RECORD_INVALID} for a version below 1, {@code ORGANIZATION_ID_INVALID}
   *     for a bad actor id
   */
  public RecordedAccessList {
    issuer = issuer(issuer);
    Objects.requireNonNull(list, "list");
    if (version < 1) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_RECORD_INVALID,
          Wording.of("access list version", "准入清单版本"),
          Wording.of("at least 1", "至少为 1"));
    }
    Actors.check(publishedBy);
    Objects.requireNonNull(publishedAt, "publishedAt");
  }

  /**
   * Checks an issuer: a province, city or district (2, 4 or 6 digits).
   *
   * @param issuer the division, not null
   * @return the division
   * @throws RegistryException with {@code ACCESS_ISSUER_INVALID}
   */
  public static DivisionCode issuer(DivisionCode issuer) {
    Objects.requireNonNull(issuer, "issuer");
    if (issuer.value().length() > 6) {
      throw new RegistryException(RegistryError.ACCESS_ISSUER_INVALID, issuer);
    }
    return issuer;
  }
}
