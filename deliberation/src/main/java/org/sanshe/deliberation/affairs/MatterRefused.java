package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A matter was refused, with the reason given. Immutable.
 *
 * @param matter the matter
 * @param by who acted
 * @param reason the reason
 * @param at when, from the injected clock
 */
public record MatterRefused(MatterId matter, ActorId by, String reason, Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterRefused {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
