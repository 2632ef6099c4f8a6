package org.sanshe.deliberation.counting;

import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.ChoiceBallot;

/**
 * Plurality (first past the post): each choose-one ballot gives its candidate one vote; most votes
 * wins. Stateless and thread-safe.
 */
public final class Plurality {

  private Plurality() {}

  /**
   * Counts choose-one ballots.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @param tieBreaking how equal counts are ordered, not null
   * @return the tally
   * @throws org.sanshe.deliberation.ballot.VotingException {@code BALLOT_UNKNOWN_CANDIDATE}
   */
  public static Scoreboard count(
      Candidates candidates, BallotBox<ChoiceBallot> ballots, TieBreaking tieBreaking) {
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    candidates.checkNamedIn(ballots);
    long[] scores = new long[candidates.size()];
    for (BallotBox.Counted<ChoiceBallot> c : ballots.distinct()) {
      int i = candidates.indexOf(c.ballot().choice());
      scores[i] = Counts.add(scores[i], c.count());
    }
    return Scoreboard.rank("plurality", candidates, scores, tieBreaking, ballots.voters());
  }
}
