package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A matter was triaged to a resolution path. Immutable.
 *
 * @param matter the matter
 * @param by who triaged it
 * @param path the path
 * @param reason the reason given
 * @param at when
 */
public record MatterTriaged(
    MatterId matter, ActorId by, ResolutionPath path, String reason, Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterTriaged {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
