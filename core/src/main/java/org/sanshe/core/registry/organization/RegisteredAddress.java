package org.sanshe.core.registry.organization;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;

/**
 * An organization's registered address (住所): a place in the division directory (a district, street
 * or community) and the address line within it. The registry refuses a place the directory does not
 * know ({@code ORGANIZATION_PLACE_UNKNOWN}). Immutable and thread-safe; no component is null.
 *
 * @param place the division holding the address
 * @param line the street address, a checked name of at most 200 code points
 */
public record RegisteredAddress(org.sanshe.core.identifier.DivisionCode place, String line) {

  /** Checks the components. */
  public RegisteredAddress {
    Objects.requireNonNull(place, "place");
    line =
        BoundedText.name(
            Objects.requireNonNull(line, "line"), Wording.of("address line", "详细地址"), 200);
  }
}
