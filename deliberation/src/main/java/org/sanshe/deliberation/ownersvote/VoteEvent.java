package org.sanshe.deliberation.ownersvote;

import java.time.Instant;

/** Something that happened to a vote. Implementations are immutable records. */
public sealed interface VoteEvent permits VoteOpened, BallotCast {

  /**
   * Returns the vote.
   *
   * @return the vote id
   */
  VoteId vote();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant at();
}
