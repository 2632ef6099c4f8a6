package org.sanshe.deliberation.affairs;

import java.time.Instant;

/** Something that happened to a community matter. Implementations are immutable records. */
public sealed interface MatterEvent permits MatterRecorded, MatterTriaged {

  /**
   * Returns the matter.
   *
   * @return the matter's id
   */
  MatterId matter();

  /**
   * Returns when it happened, from the injected clock.
   *
   * @return the instant
   */
  Instant at();
}
