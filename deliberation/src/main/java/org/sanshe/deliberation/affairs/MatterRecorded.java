package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;

/**
 * A matter was recorded. Immutable.
 *
 * @param matter the matter
 * @param channel its channel
 * @param place its place
 * @param urgency its urgency
 * @param at when it was recorded
 */
public record MatterRecorded(
    MatterId matter, Channel channel, Place place, Urgency urgency, Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterRecorded {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(at, "at");
  }
}
