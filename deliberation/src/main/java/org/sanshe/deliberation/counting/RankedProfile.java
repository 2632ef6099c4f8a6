package org.sanshe.deliberation.counting;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Ranked ballots checked against the candidates and encoded once for counting: for each distinct
 * ballot its count and its ranks as candidate indexes. Memory is linear in the number of distinct
 * ballots. Build it once and count it with several methods ({@link
 * PairwiseMatrix#of(RankedProfile)}, {@link Schulze#count(RankedProfile, TieBreaking)}, {@link
 * InstantRunoff#count(RankedProfile, TieBreaking)}). Immutable and thread-safe.
 */
public final class RankedProfile {

  private final Candidates candidates;
  private final long[] counts;
  private final int[][][] ranks;
  private final long voters;

  private RankedProfile(Candidates candidates, long[] counts, int[][][] ranks, long voters) {
    this.candidates = candidates;
    this.counts = counts;
    this.ranks = ranks;
    this.voters = voters;
  }

  /**
   * Checks and encodes ranked ballots.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @return the profile
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE} naming the ballot
   */
  public static RankedProfile of(Candidates candidates, BallotBox<RankedBallot> ballots) {
    Objects.requireNonNull(candidates, "candidates");
    List<BallotBox.Counted<RankedBallot>> distinct = ballots.distinct();
    int groups = distinct.size();
    long[] counts = new long[groups];
    int[][][] ranks = new int[groups][][];
    for (int g = 0; g < groups; g++) {
      RankedBallot ballot = distinct.get(g).ballot();
      List<Set<CandidateId>> r = ballot.ranks();
      int[][] encoded = new int[r.size()][];
      for (int k = 0; k < r.size(); k++) {
        int[] ids = new int[r.get(k).size()];
        int x = 0;
        for (CandidateId id : r.get(k)) {
          int i = candidates.indexOf(id);
          if (i < 0) {
            throw new VotingException(VotingError.BALLOT_UNKNOWN_CANDIDATE, ballot, id);
          }
          ids[x++] = i;
        }
        encoded[k] = ids;
      }
      ranks[g] = encoded;
      counts[g] = distinct.get(g).count();
    }
    return new RankedProfile(candidates, counts, ranks, ballots.voters());
  }

  /**
   * Returns the candidates.
   *
   * @return the candidates
   */
  public Candidates candidates() {
    return candidates;
  }

  /**
   * Returns the number of voters.
   *
   * @return the voters
   */
  public long voters() {
    return voters;
  }

  /**
   * Returns the number of distinct ballots.
   *
   * @return the distinct ballots
   */
  public int distinct() {
    return counts.length;
  }

  long count(int group) {
    return counts[group];
  }

  int[][] ranks(int group) {
    return ranks[group];
  }

  @Override
  public String toString() {
    return "RankedProfile[" + voters + " voters, " + counts.length + " distinct ballots]";
  }
}
