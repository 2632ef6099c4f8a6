package org.sanshe.deliberation.ownersvote;

/**
 * How the ballots of a vote are kept, chosen when the vote is opened and recorded in its snapshot
 * and its {@link VoteOpened} event. Immutable.
 */
public enum BallotMode {

  /**
   * Secret ballots, for residents' votes such as micro-funds: the register of who voted and the
   * counters are kept apart, and nothing links a ballot to a voter.
   */
  SECRET,

  /**
   * Signed ballots, for owners' assemblies: the national guidance rules for owners' assemblies
   * (业主大会和业主委员会指导规则, Art. 22) require every ballot to be signed by the owner; local rules add that
   * a ballot names the owner, unit and floor area, that a proxy needs a written authorization, that
   * the count is made in public before scrutineers who sign it, and that the ballots are kept for
   * owners to inspect. Each ballot is kept in the vote's register ({@link SignedBallot}), and a
   * recount from the register must equal the counters.
   */
  SIGNED
}
