package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.ActorId;

/**
 * An owner's written proxy authorization was recorded for a signed vote. Names who recorded it, not
 * the owner or the proxy (they are in the vote's register). Immutable.
 *
 * @param vote the vote
 * @param actor who recorded it (a staff member, or the owner)
 * @param at when
 */
public record ProxyAuthorized(VoteId vote, ActorId actor, Instant at) implements VoteEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ProxyAuthorized {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
