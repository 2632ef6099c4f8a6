package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A matter was accepted for handling. Immutable.
 *
 * @param matter the matter
 * @param by who acted
 * @param at when, from the injected clock
 */
public record MatterAccepted(MatterId matter, ActorId by, Instant at) implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterAccepted {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
