package org.sanshe.core.registry.hsds;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;

/**
 * A real place where an organization delivers its services (an office, an activity room), supplied
 * by the caller: the registry's organization records hold a registered address but no postal code,
 * which an HSDS 3.0 address requires, so the exporter never makes one up. Immutable and
 * thread-safe.
 *
 * @param key the caller's stable key of the place, unique per organization (the location's HSDS id
 *     is derived from it)
 * @param name the place's name
 * @param description a description, or null
 */
public record HsdsPlace(String key, String name, String description) {

  private static final Wording KEY = Wording.of("The place's key", "场所标识");
  private static final Wording NAME = Wording.of("The place's name", "场所名称");
  private static final Wording DESCRIPTION = Wording.of("The place's description", "场所说明");

  /**
   * Checks and strips the texts.
   *
   * @throws NullPointerException if key or name is null
   * @throws org.sanshe.core.error.SansheException with {@code TEXT_BLANK}, {@code TEXT_TOO_LONG} or
   *     {@code TEXT_CHARACTER} naming the field
   */
  public HsdsPlace {
    key = BoundedText.name(Objects.requireNonNull(key, "key"), KEY, BoundedText.MAX_NAME_LENGTH);
    name =
        BoundedText.name(Objects.requireNonNull(name, "name"), NAME, BoundedText.MAX_NAME_LENGTH);
    if (description != null) {
      description =
          BoundedText.freeText(description, DESCRIPTION, BoundedText.MAX_FREE_TEXT_LENGTH);
    }
  }
}
