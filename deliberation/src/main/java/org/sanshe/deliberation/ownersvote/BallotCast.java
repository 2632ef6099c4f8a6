package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.Objects;

/**
 * A ballot was cast in a secret vote. On purpose it names neither the voter nor the choice: the
 * voter is only in the vote's register, the choice only in its box's counters. Immutable.
 *
 * @param vote the vote
 * @param turnout how many ballots the vote holds now
 * @param at when
 */
public record BallotCast(VoteId vote, long turnout, Instant at) implements VoteEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public BallotCast {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(at, "at");
  }
}
