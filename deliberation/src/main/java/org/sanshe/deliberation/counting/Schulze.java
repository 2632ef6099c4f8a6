package org.sanshe.deliberation.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;

/**
 * The Schulze method (winning votes): the strength of a direct link i to j is {@code d[i][j]} when
 * {@code d[i][j] > d[j][i]}, else 0; {@code p[i][j]} is the strength of the strongest path (widest
 * path, Floyd–Warshall); i ranks above j when {@code p[i][j] > p[j][i]}. This relation is a strict
 * partial order, so the full ranking takes, place after place, the remaining candidates that no
 * remaining candidate ranks above; the first place holds the Schulze winners. Stateless and
 * thread-safe.
 */
public final class Schulze {

  private Schulze() {}

  /**
   * The result: the pairwise matrix, the strongest paths, the ranking with ties and the winner.
   *
   * @param matrix the pairwise counts
   * @param strongestPaths {@code p[i][j]} by candidate index
   * @param ranking places, best first, each a list of candidates tied at that place
   * @param winner the winner: the single candidate of the first place, or the first of it by the
   *     tie-break
   * @param ties the tie broken to name the winner, if the first place was shared
   */
  public record Result(
      PairwiseMatrix matrix,
      long[][] strongestPaths,
      List<List<CandidateId>> ranking,
      CandidateId winner,
      List<ResolvedTie> ties) {

    /**
     * Copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Result {
      Objects.requireNonNull(matrix, "matrix");
      long[][] copy = new long[strongestPaths.length][];
      for (int i = 0; i < copy.length; i++) {
        copy[i] = strongestPaths[i].clone();
      }
      strongestPaths = copy;
      ranking = ranking.stream().map(List::copyOf).toList();
      Objects.requireNonNull(winner, "winner");
      ties = List.copyOf(ties);
    }

    /**
     * Returns the strongest path strength from one candidate to another.
     *
     * @param from the start
     * @param to the end
     * @return {@code p[from][to]}
     */
    public long strongestPath(CandidateId from, CandidateId to) {
      Candidates c = matrix.candidates();
      return strongestPaths[c.indexOf(from)][c.indexOf(to)];
    }

    /**
     * Returns the candidates of the first place (the Schulze winners before any tie-break).
     *
     * @return the list
     */
    public List<CandidateId> winners() {
      return ranking.get(0);
    }

    @Override
    public long[][] strongestPaths() {
      long[][] copy = new long[strongestPaths.length][];
      for (int i = 0; i < copy.length; i++) {
        copy[i] = strongestPaths[i].clone();
      }
      return copy;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result r
          && matrix.equals(r.matrix)
          && java.util.Arrays.deepEquals(strongestPaths, r.strongestPaths)
          && ranking.equals(r.ranking)
          && winner.equals(r.winner)
          && ties.equals(r.ties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(matrix, ranking, winner);
    }

    @Override
    public String toString() {
      return "Schulze[winner " + winner + ", ranking " + ranking + "]";
    }
  }

  /**
   * Counts ranked ballots.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @param tieBreaking how a shared first place is broken, not null
   * @return the result
   * @throws org.sanshe.deliberation.ballot.VotingException {@code BALLOT_UNKNOWN_CANDIDATE}
   */
  public static Result count(
      Candidates candidates, BallotBox<RankedBallot> ballots, TieBreaking tieBreaking) {
    return of(PairwiseMatrix.of(candidates, ballots), tieBreaking);
  }

  /**
   * Counts an encoded profile.
   *
   * @param profile the profile, not null
   * @param tieBreaking how a shared first place is broken, not null
   * @return the result
   */
  public static Result count(RankedProfile profile, TieBreaking tieBreaking) {
    return of(PairwiseMatrix.of(profile), tieBreaking);
  }

  /**
   * Applies Schulze to a pairwise matrix.
   *
   * @param matrix the matrix, not null
   * @param tieBreaking how a shared first place is broken, not null
   * @return the result
   */
  public static Result of(PairwiseMatrix matrix, TieBreaking tieBreaking) {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    Candidates c = matrix.candidates();
    int n = c.size();
    long[][] p = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && matrix.get(i, j) > matrix.get(j, i)) {
          p[i][j] = matrix.get(i, j);
        }
      }
    }
    for (int k = 0; k < n; k++) {
      long[] pk = p[k];
      for (int i = 0; i < n; i++) {
        if (i == k) {
          continue;
        }
        long pik = p[i][k];
        if (pik == 0) {
          continue;
        }
        long[] pi = p[i];
        for (int j = 0; j < n; j++) {
          if (j != i && j != k) {
            long via = Math.min(pik, pk[j]);
            if (via > pi[j]) {
              pi[j] = via;
            }
          }
        }
      }
    }
    List<List<CandidateId>> ranking = new ArrayList<>();
    boolean[] placed = new boolean[n];
    int left = n;
    while (left > 0) {
      List<Integer> place = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (placed[i]) {
          continue;
        }
        boolean beaten = false;
        for (int j = 0; j < n && !beaten; j++) {
          beaten = !placed[j] && j != i && p[j][i] > p[i][j];
        }
        if (!beaten) {
          place.add(i);
        }
      }
      List<CandidateId> ids = new ArrayList<>();
      for (int i : place) {
        placed[i] = true;
        ids.add(c.get(i));
      }
      left -= place.size();
      ranking.add(ids);
    }
    List<ResolvedTie> ties = new ArrayList<>();
    CandidateId winner;
    if (ranking.get(0).size() == 1) {
      winner = ranking.get(0).get(0);
    } else {
      ResolvedTie tie =
          tieBreaking.resolve("Schulze first place", ranking.get(0), TieContext.of(c.list()));
      ties.add(tie);
      winner = tie.order().get(0);
    }
    return new Result(matrix, p, ranking, winner, ties);
  }
}
