package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A resolved matter was closed: confirmed by its reporter, or after the confirmation window.
 * Immutable.
 *
 * @param matter the matter
 * @param by who acted
 * @param confirmed true when the reporter confirmed, false when closed after the window
 * @param at when, from the injected clock
 */
public record MatterClosed(MatterId matter, ActorId by, boolean confirmed, Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterClosed {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
