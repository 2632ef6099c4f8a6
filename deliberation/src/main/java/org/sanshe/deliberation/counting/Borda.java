package org.sanshe.deliberation.counting;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * The Borda count with configurable points: the k-th rank of a ballot gives {@code points[k-1]} to
 * each candidate in it (tied candidates share a rank and each get its points); ranks beyond the
 * list and unranked candidates get nothing. With points n-1, n-2, ..., 0 this is the classic Borda
 * count; with 3, 2, 1 it is the scoring of Kraków's participatory budget. Immutable and
 * thread-safe.
 */
public final class Borda {

  private final long[] points;

  private Borda(long[] points) {
    this.points = points;
  }

  /**
   * Returns the Borda count with these points per rank.
   *
   * @param points points for rank 1, 2, ...: non-negative, not increasing
   * @return the method
   * @throws VotingException {@code VOTING_BORDA_POINTS_INVALID}
   */
  public static Borda withPoints(long... points) {
    long[] copy = points.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] < 0 || (i > 0 && copy[i] > copy[i - 1])) {
        throw new VotingException(VotingError.VOTING_BORDA_POINTS_INVALID, Arrays.toString(copy));
      }
    }
    return new Borda(copy);
  }

  /**
   * Returns the classic Borda count for n candidates: n-1 points for the first rank, down to 0.
   *
   * @param candidates how many candidates
   * @return the method
   */
  public static Borda classic(int candidates) {
    long[] p = new long[Math.max(candidates, 0)];
    for (int i = 0; i < p.length; i++) {
      p[i] = p.length - 1L - i;
    }
    return new Borda(p);
  }

  /**
   * Returns the points per rank.
   *
   * @return a copy
   */
  public long[] points() {
    return points.clone();
  }

  /**
   * Returns the points a ballot's k-th rank (0-based) is worth.
   *
   * @param rank the 0-based rank
   * @return the points, 0 beyond the list
   */
  public long pointsFor(int rank) {
    return rank < points.length ? points[rank] : 0;
  }

  /**
   * Counts ranked ballots.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @param tieBreaking how equal totals are ordered, not null
   * @return the tally
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE}
   */
  public Scoreboard count(
      Candidates candidates, BallotBox<RankedBallot> ballots, TieBreaking tieBreaking) {
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    candidates.checkNamedIn(ballots);
    long[] scores = new long[candidates.size()];
    for (BallotBox.Counted<RankedBallot> c : ballots.distinct()) {
      List<Set<CandidateId>> ranks = c.ballot().ranks();
      for (int r = 0; r < ranks.size() && r < points.length; r++) {
        long gain = Counts.times(points[r], c.count());
        for (CandidateId id : ranks.get(r)) {
          int i = candidates.indexOf(id);
          scores[i] = Counts.add(scores[i], gain);
        }
      }
    }
    return Scoreboard.rank(
        "Borda " + Arrays.toString(points), candidates, scores, tieBreaking, ballots.voters());
  }

  @Override
  public String toString() {
    return "Borda" + Arrays.toString(points);
  }
}
