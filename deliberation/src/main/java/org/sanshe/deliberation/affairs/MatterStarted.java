package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * The handler started work on a matter. Immutable.
 *
 * @param matter the matter
 * @param by who acted
 * @param at when, from the injected clock
 */
public record MatterStarted(MatterId matter, ActorId by, Instant at) implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterStarted {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
