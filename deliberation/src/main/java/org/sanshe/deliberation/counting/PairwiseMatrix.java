package org.sanshe.deliberation.counting;

import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Pairwise counts {@code d[i][j]}: how many voters prefer candidate i to candidate j. A voter
 * prefers i to j when i is in a higher rank than j, or i is ranked and j is not; candidates in the
 * same rank, or both unranked, are tied and count for neither. Immutable and thread-safe.
 */
public final class PairwiseMatrix {

  private final Candidates candidates;
  private final long[][] d;

  private PairwiseMatrix(Candidates candidates, long[][] d) {
    this.candidates = candidates;
    this.d = d;
  }

  /**
   * Counts ranked ballots pairwise, in time proportional to distinct ballots times candidates
   * squared.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @return the matrix
   * @throws org.sanshe.deliberation.ballot.VotingException {@code BALLOT_UNKNOWN_CANDIDATE}
   * @throws org.sanshe.deliberation.ballot.VotingException {@code VOTING_COUNT_OVERFLOW} if a count
   *     overflows
   */
  public static PairwiseMatrix of(Candidates candidates, BallotBox<RankedBallot> ballots) {
    return of(RankedProfile.of(candidates, ballots));
  }

  /**
   * Counts an encoded profile pairwise.
   *
   * @param profile the profile, not null
   * @return the matrix
   * @throws org.sanshe.deliberation.ballot.VotingException {@code VOTING_COUNT_OVERFLOW} if a count
   *     overflows
   */
  public static PairwiseMatrix of(RankedProfile profile) {
    Candidates candidates = profile.candidates();
    int n = candidates.size();
    long[][] d = new long[n][n];
    int[] rank = new int[n];
    int[] ranked = new int[n];
    for (int g = 0; g < profile.distinct(); g++) {
      int[][] ranks = profile.ranks(g);
      java.util.Arrays.fill(rank, Integer.MAX_VALUE);
      int k = 0;
      for (int r = 0; r < ranks.length; r++) {
        for (int c : ranks[r]) {
          rank[c] = r;
          ranked[k++] = c;
        }
      }
      long count = profile.count(g);
      for (int x = 0; x < k; x++) {
        int i = ranked[x];
        int ri = rank[i];
        long[] row = d[i];
        for (int j = 0; j < n; j++) {
          if (ri < rank[j]) {
            row[j] = Counts.add(row[j], count);
          }
        }
      }
    }
    return new PairwiseMatrix(candidates, d);
  }

  /**
   * Returns the candidates, in the matrix's order.
   *
   * @return the candidates
   */
  public Candidates candidates() {
    return candidates;
  }

  /**
   * Returns how many voters prefer one candidate to another.
   *
   * @param preferred the candidate preferred
   * @param over the other candidate
   * @return the count
   * @throws VotingException {@code VOTING_UNKNOWN_CANDIDATE} for a candidate not counted
   */
  public long prefer(CandidateId preferred, CandidateId over) {
    return get(index(preferred), index(over));
  }

  /**
   * Returns {@code d[i][j]} by index.
   *
   * @param i the preferred candidate's index
   * @param j the other candidate's index
   * @return the count
   */
  public long get(int i, int j) {
    return d[i][j];
  }

  /**
   * Returns a copy of the matrix.
   *
   * @return {@code d[i][j]} for candidate indexes i, j
   */
  public long[][] toArray() {
    long[][] copy = new long[d.length][];
    for (int i = 0; i < d.length; i++) {
      copy[i] = d[i].clone();
    }
    return copy;
  }

  private int index(CandidateId id) {
    int i = candidates.indexOf(id);
    if (i < 0) {
      throw new VotingException(VotingError.VOTING_UNKNOWN_CANDIDATE, id);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseMatrix other
        && candidates.equals(other.candidates)
        && java.util.Arrays.deepEquals(d, other.d);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.deepHashCode(d);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length; i++) {
      sb.append(candidates.get(i)).append(':');
      for (int j = 0; j < d.length; j++) {
        sb.append(' ').append(i == j ? "-" : Long.toString(d[i][j]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
