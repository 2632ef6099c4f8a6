package org.sanshe.deliberation.counting;

import java.util.Objects;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * Approval voting: each ballot gives one vote to every candidate it approves; most approvals wins.
 * Stateless and thread-safe.
 */
public final class ApprovalVoting {

  private ApprovalVoting() {}

  /**
   * Counts approval ballots.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @param tieBreaking how equal counts are ordered, not null
   * @return the tally
   * @throws org.sanshe.deliberation.ballot.VotingException {@code BALLOT_UNKNOWN_CANDIDATE}
   */
  public static Scoreboard count(
      Candidates candidates, BallotBox<ApprovalBallot> ballots, TieBreaking tieBreaking) {
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    candidates.checkNamedIn(ballots);
    long[] scores = new long[candidates.size()];
    for (BallotBox.Counted<ApprovalBallot> c : ballots.distinct()) {
      for (CandidateId id : c.ballot().approved()) {
        int i = candidates.indexOf(id);
        scores[i] = Counts.add(scores[i], c.count());
      }
    }
    return Scoreboard.rank("approval", candidates, scores, tieBreaking, ballots.voters());
  }
}
