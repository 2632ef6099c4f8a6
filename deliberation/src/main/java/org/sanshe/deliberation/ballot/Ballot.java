package org.sanshe.deliberation.ballot;

import java.util.Set;

/**
 * One voter's ballot. Implementations are immutable value records with structural equality, so that
 * identical ballots aggregate in a {@link BallotBox}. They hold no voter identity.
 */
public sealed interface Ballot
    permits ApprovalBallot, RankedBallot, ScoreBallot, CumulativeBallot, ChoiceBallot, YesNoBallot {

  /**
   * Returns the kind of this ballot.
   *
   * @return the kind
   */
  BallotKind kind();

  /**
   * Returns the candidates this ballot names (approves, ranks, scores or chooses).
   *
   * @return an unmodifiable set, empty for a yes/no ballot
   */
  Set<CandidateId> named();

  /**
   * Returns the ballot's length as constraints count it: the number of candidates named.
   *
   * @return the length
   */
  default int length() {
    return named().size();
  }
}
