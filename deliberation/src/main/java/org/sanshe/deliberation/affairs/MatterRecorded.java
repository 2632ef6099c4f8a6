package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.intake.Channel;

/**
 * A matter was recorded. Immutable.
 *
 * @param matter the matter
 * @param by who recorded it (a grid worker, a hotline operator, an integration)
 * @param channel its channel
 * @param place its place
 * @param urgency its urgency
 * @param at when it was recorded
 */
public record MatterRecorded(
    MatterId matter, ActorId by, Channel channel, Place place, Urgency urgency, Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public MatterRecorded {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(at, "at");
  }
}
