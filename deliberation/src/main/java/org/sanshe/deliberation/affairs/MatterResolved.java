package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A matter was resolved by its handler, with how it was actually settled and a note. Immutable.
 *
 * @param matter the matter
 * @param by who acted
 * @param path how it was actually settled (the 622 path)
 * @param note the resolution note
 * @param at when, from the injected clock
 */
public record MatterResolved(
    MatterId matter, ActorId by, ResolutionPath path, String note, Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterResolved {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(at, "at");
  }
}
