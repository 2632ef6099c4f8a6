package org.sanshe.deliberation.counting;

import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ScoreBallot;

/**
 * Score (range) voting: each candidate's total score over all ballots; highest total wins. The
 * score range is checked with {@link BallotConstraints}. Stateless and thread-safe.
 */
public final class ScoreVoting {

  private ScoreVoting() {}

  /**
   * Counts score ballots.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @param constraints the score range and other limits each ballot must follow, not null
   * @param tieBreaking how equal totals are ordered, not null
   * @return the tally
   * @throws org.sanshe.deliberation.ballot.VotingException {@code BALLOT_UNKNOWN_CANDIDATE}, {@code
   *     BALLOT_SCORE_OUT_OF_RANGE} or another constraint's code
   */
  public static Scoreboard count(
      Candidates candidates,
      BallotBox<ScoreBallot> ballots,
      BallotConstraints constraints,
      TieBreaking tieBreaking) {
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    Objects.requireNonNull(constraints, "constraints");
    candidates.checkNamedIn(ballots);
    var known = java.util.Set.copyOf(candidates.list());
    long[] scores = new long[candidates.size()];
    for (BallotBox.Counted<ScoreBallot> c : ballots.distinct()) {
      constraints.check(c.ballot(), c.ballot().toString(), known, null);
      for (Map.Entry<CandidateId, Long> e : c.ballot().scores().entrySet()) {
        int i = candidates.indexOf(e.getKey());
        scores[i] = Counts.add(scores[i], Counts.times(e.getValue(), c.count()));
      }
    }
    return Scoreboard.rank("score", candidates, scores, tieBreaking, ballots.voters());
  }
}
