package org.sanshe.core.registry.access;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;

/**
 * The approval of an unlisted task by an approving body, with the date and the approval's document
 * reference. Immutable and thread-safe; no component is null.
 *
 * @param approvingBody the body that approved, a checked name
 * @param approvedOn the date of approval
 * @param reference the approval document's reference, a checked name
 */
public record Approval(String approvingBody, LocalDate approvedOn, String reference) {

  /**
   * Checks and normalizes the components.
   *
   * @throws org.sanshe.core.error.SansheException with a text code for a bad text
   */
  public Approval {
    approvingBody =
        BoundedText.name(
            Objects.requireNonNull(approvingBody, "approvingBody"),
            Wording.of("approving body", "审批机构"),
            AccessEntry.MAX_TEXT_LENGTH);
    Objects.requireNonNull(approvedOn, "approvedOn");
    reference =
        BoundedText.name(
            Objects.requireNonNull(reference, "reference"),
            Wording.of("approval reference", "批准文号"),
            AccessEntry.MAX_TEXT_LENGTH);
  }
}
