package org.sanshe.deliberation.affairs;

import java.time.Instant;

/**
 * Something that happened to a community matter, naming who acted and when. Implementations are
 * immutable records.
 */
public sealed interface MatterEvent
    permits MatterRecorded,
        MatterAccepted,
        MatterRefused,
        MatterTriaged,
        MatterDispatched,
        MatterStarted,
        MatterResolved,
        MatterClosed,
        FeedbackGiven,
        MatterReopened {

  /**
   * Returns the matter.
   *
   * @return the matter's id
   */
  MatterId matter();

  /**
   * Returns who acted: a staff member, a system, or a resident ({@link ActorId#resident}).
   *
   * @return the actor
   */
  ActorId by();

  /**
   * Returns when it happened, from the injected clock.
   *
   * @return the instant
   */
  Instant at();
}
