package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A matter was dispatched to a named handler, with its due time. Immutable.
 *
 * @param matter the matter
 * @param by who acted
 * @param handler the handler
 * @param due when it is due, by the time limits
 * @param at when, from the injected clock
 */
public record MatterDispatched(
    MatterId matter, ActorId by, Handler handler, Instant due, Instant at) implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterDispatched {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(at, "at");
  }
}
