package org.sanshe.deliberation.affairs;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Where a matter report came from in another part of the system, as a bounded reference: a kind (a
 * catalogue code such as {@link #PATROL_SHIFT}) and the referenced record's id (a volunteer patrol
 * shift of the time bank, a 12345 work order number). Refers by id only. Immutable.
 *
 * @param kind the kind of record, in the form of a {@link CatalogueEntry} code
 * @param reference the record's id, 1 to 64 characters without white space
 */
public record MatterOrigin(String kind, String reference) {

  /** The kind of a volunteer patrol shift's id in the time bank: {@value}. */
  public static final String PATROL_SHIFT = "patrol-shift";

  /** The kind of a 12345 hotline work order number: {@value}. */
  public static final String WORK_ORDER_12345 = "work-order-12345";

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID} for a malformed kind or reference
   *     (never showing it)
   */
  public MatterOrigin {
    Objects.requireNonNull(kind, "kind");
    if (!CatalogueEntry.isCode(kind)) {
      throw new AffairsException(
          AffairsError.AFFAIRS_ID_INVALID, Wording.of("The origin kind", "来源类别"));
    }
    Checks.id(reference, "origin reference");
  }

  /**
   * Returns the origin of a volunteer patrol's finding.
   *
   * @param shift the shift's id in the time bank
   * @return the origin
   */
  public static MatterOrigin patrolShift(String shift) {
    return new MatterOrigin(PATROL_SHIFT, shift);
  }
}
