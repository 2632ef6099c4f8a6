package org.sanshe.deliberation.ownersvote;

import java.time.Instant;

/**
 * Something that happened to a vote. Implementations are immutable records. Every event but {@link
 * BallotCast} names its acting party: a secret ballot records nobody, so that the secret-mode rule
 * (nothing links a ballot to a voter) wins over the audit trail.
 */
public sealed interface VoteEvent
    permits VoteOpened, BallotCast, ProxyAuthorized, SignedBallotCast, CountSigned {

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
