package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.deliberation.affairs.ActorId;

/**
 * A scrutineer signed the count of a closed signed vote, after the recount from the register
 * matched the counters. Immutable.
 *
 * @param vote the vote
 * @param actor the scrutineer who signed, as the acting party
 * @param signatures how many scrutineers have signed now
 * @param required how many must sign
 * @param at when
 */
public record CountSigned(VoteId vote, ActorId actor, int signatures, int required, Instant at)
    implements VoteEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CountSigned {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }

  /**
   * Tells whether the count is final with this signature.
   *
   * @return true once the required scrutineers have signed
   */
  public boolean isFinal() {
    return signatures >= required;
  }
}
