package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The triage of a matter to a resolution path, with the reason given. Immutable.
 *
 * @param path the path chosen
 * @param reason why, not blank
 * @param triagedAt when
 */
public record Triage(ResolutionPath path, String reason, Instant triagedAt) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK} for a blank reason
   */
  public Triage {
    Objects.requireNonNull(path, "path");
    reason = Checks.text(reason, "reason");
    Objects.requireNonNull(triagedAt, "triagedAt");
  }
}
