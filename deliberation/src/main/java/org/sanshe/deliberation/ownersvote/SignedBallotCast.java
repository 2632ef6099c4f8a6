package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.ActorId;

/**
 * A signed ballot was entered in a vote's register. Names who entered it (the owner, the proxy or
 * the staff member taking a paper ballot) but neither the owner nor the choice, which are in the
 * register kept for owners to inspect. Immutable.
 *
 * @param vote the vote
 * @param turnout how many ballots the vote holds now
 * @param byProxy whether a proxy cast it
 * @param actor who entered it
 * @param at when
 */
public record SignedBallotCast(
    VoteId vote, long turnout, boolean byProxy, ActorId actor, Instant at) implements VoteEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public SignedBallotCast {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
