package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A matter was reopened on a justified complaint. Immutable.
 *
 * @param matter the matter
 * @param by who acted
 * @param complaint the complaint found justified
 * @param at when, from the injected clock
 */
public record MatterReopened(MatterId matter, ActorId by, String complaint, Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterReopened {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(at, "at");
  }
}
