package org.sanshe.deliberation.consultation;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * Minutes of a deliberation session (会议纪要). Immutable.
 *
 * @param recorder the participant id of who recorded them
 * @param text what was said and agreed, not blank
 * @param at when recorded
 */
public record Minutes(String recorder, String text, Instant at) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_TEXT_BLANK} or
   *     {@code AFFAIRS_ID_INVALID}
   */
  public Minutes {
    Checks.id(recorder, "recorder");
    text = Checks.text(text, "minutes");
    Objects.requireNonNull(at, "at");
  }
}
