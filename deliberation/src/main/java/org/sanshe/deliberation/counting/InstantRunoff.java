package org.sanshe.deliberation.counting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Instant-runoff voting, round by round. Stateless and thread-safe.
 *
 * <p>Each round every ballot counts for the continuing candidate at its highest rank that still
 * holds a continuing candidate. A candidate with more than half of the ballots counted in the round
 * is elected; so is the last continuing candidate. Otherwise the candidate with the fewest votes is
 * eliminated (a tie for fewest is broken by the {@link TieBreaking}, whose context votes are the
 * first-round votes; the least preferred is eliminated) and its ballots move on.
 *
 * <p><b>Exhausted ballots</b> (no continuing candidate left on them, including empty ballots) are
 * counted in each round and excluded from the majority's base.
 *
 * <p><b>Overvote rule</b>: ranks whose candidates are all eliminated are skipped. When the rank a
 * ballot reaches names two or more continuing candidates (a tied rank), the ballot is an
 * <em>overvote</em>: it counts for nobody from that round on and is reported separately from the
 * exhausted ballots. A tied rank of which only one candidate is still continuing counts for that
 * candidate. So the 4 Burlington 2009 ballots with a tied first rank count for nobody.
 */
public final class InstantRunoff {

  private static final int ACTIVE = 0;
  private static final int EXHAUSTED = 1;
  private static final int OVERVOTE = 2;

  private InstantRunoff() {}

  /**
   * One round of the count.
   *
   * @param number the round, from 1
   * @param votes the votes of each continuing candidate, most first
   * @param exhausted ballots with no continuing candidate left
   * @param overvotes ballots set aside by the overvote rule
   * @param elected the candidate elected in this round, or null
   * @param eliminated the candidate eliminated after this round, or null
   */
  public record Round(
      int number,
      Map<CandidateId, Long> votes,
      long exhausted,
      long overvotes,
      CandidateId elected,
      CandidateId eliminated) {

    /**
     * Copies the votes, keeping their order.
     *
     * @throws NullPointerException if votes is null
     */
    public Round {
      votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    /**
     * Returns the ballots counted for a continuing candidate this round.
     *
     * @return the continuing ballots
     */
    public long continuing() {
      long sum = 0;
      for (long v : votes.values()) {
        sum += v;
      }
      return sum;
    }
  }

  /**
   * The result of the count.
   *
   * @param winner the elected candidate
   * @param rounds every round in order
   * @param ties the elimination ties met and how they were broken
   */
  public record Result(CandidateId winner, List<Round> rounds, List<ResolvedTie> ties) {
    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public Result {
      Objects.requireNonNull(winner, "winner");
      rounds = List.copyOf(rounds);
      ties = List.copyOf(ties);
    }
  }

  /**
   * Counts ranked ballots, in time proportional to the distinct ballots times the rounds.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @param tieBreaking how a tie for fewest votes is broken, not null
   * @return the result
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE}, or {@code VOTING_NO_BALLOTS} if no
   *     ballot counts for any candidate
   */
  public static Result count(
      Candidates candidates, BallotBox<RankedBallot> ballots, TieBreaking tieBreaking) {
    return count(RankedProfile.of(candidates, ballots), tieBreaking);
  }

  /**
   * Counts an encoded profile, in time proportional to the distinct ballots times the rounds.
   *
   * @param profile the profile, not null
   * @param tieBreaking how a tie for fewest votes is broken, not null
   * @return the result
   * @throws VotingException {@code VOTING_NO_BALLOTS} if no ballot counts for any candidate
   */
  public static Result count(RankedProfile profile, TieBreaking tieBreaking) {
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    Candidates candidates = profile.candidates();
    int n = candidates.size();
    int groups = profile.distinct();
    int[][][] ranks = new int[groups][][];
    long[] count = new long[groups];
    for (int g = 0; g < groups; g++) {
      ranks[g] = profile.ranks(g);
      count[g] = profile.count(g);
    }
    boolean[] out = new boolean[n];
    int[] pos = new int[groups];
    int[] state = new int[groups];
    int[] holder = new int[groups];
    int[][] piles = new int[n][];
    int[] pileSize = new int[n];
    for (int c = 0; c < n; c++) {
      piles[c] = new int[8];
    }
    long[] votes = new long[n];
    long exhausted = 0;
    long overvotes = 0;
    for (int g = 0; g < groups; g++) {
      int s = advance(ranks[g], 0, out, pos, g, holder);
      state[g] = s;
      if (s == ACTIVE) {
        int c = holder[g];
        piles[c] = push(piles[c], pileSize[c]++, g);
        votes[c] += count[g];
      } else if (s == EXHAUSTED) {
        exhausted += count[g];
      } else {
        overvotes += count[g];
      }
    }
    Map<CandidateId, Long> firstRound = new HashMap<>();
    for (int c = 0; c < n; c++) {
      firstRound.put(candidates.get(c), votes[c]);
    }
    TieContext context = new TieContext(candidates.list(), Map.of(), firstRound);
    List<Round> rounds = new ArrayList<>();
    List<ResolvedTie> ties = new ArrayList<>();
    int continuing = n;
    for (int number = 1; ; number++) {
      long total = 0;
      int best = -1;
      for (int c = 0; c < n; c++) {
        if (!out[c]) {
          total += votes[c];
          if (best < 0 || votes[c] > votes[best]) {
            best = c;
          }
        }
      }
      Map<CandidateId, Long> standing = standing(candidates, votes, out);
      if (total == 0) {
        throw new VotingException(VotingError.VOTING_NO_BALLOTS);
      }
      if (votes[best] * 2 > total || continuing == 1) {
        rounds.add(new Round(number, standing, exhausted, overvotes, candidates.get(best), null));
        return new Result(candidates.get(best), rounds, ties);
      }
      long fewest = Long.MAX_VALUE;
      for (int c = 0; c < n; c++) {
        if (!out[c] && votes[c] < fewest) {
          fewest = votes[c];
        }
      }
      List<CandidateId> lowest = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (!out[c] && votes[c] == fewest) {
          lowest.add(candidates.get(c));
        }
      }
      CandidateId loser;
      if (lowest.size() == 1) {
        loser = lowest.get(0);
      } else {
        ResolvedTie tie =
            tieBreaking.resolve(
                "IRV round " + number + ": fewest votes " + fewest, lowest, context);
        ties.add(tie);
        loser = tie.order().get(tie.order().size() - 1);
      }
      rounds.add(new Round(number, standing, exhausted, overvotes, null, loser));
      int e = candidates.indexOf(loser);
      out[e] = true;
      continuing--;
      int[] pile = piles[e];
      for (int x = 0; x < pileSize[e]; x++) {
        int g = pile[x];
        int s = advance(ranks[g], pos[g], out, pos, g, holder);
        state[g] = s;
        if (s == ACTIVE) {
          int c = holder[g];
          piles[c] = push(piles[c], pileSize[c]++, g);
          votes[c] += count[g];
        } else if (s == EXHAUSTED) {
          exhausted += count[g];
        } else {
          overvotes += count[g];
        }
      }
      votes[e] = 0;
      piles[e] = null;
      pileSize[e] = 0;
    }
  }

  private static int advance(
      int[][] ranks, int from, boolean[] out, int[] pos, int g, int[] holder) {
    for (int r = from; r < ranks.length; r++) {
      int found = -1;
      int live = 0;
      for (int c : ranks[r]) {
        if (!out[c]) {
          live++;
          found = c;
        }
      }
      if (live == 1) {
        pos[g] = r;
        holder[g] = found;
        return ACTIVE;
      }
      if (live > 1) {
        pos[g] = r;
        return OVERVOTE;
      }
    }
    pos[g] = ranks.length;
    return EXHAUSTED;
  }

  private static int[] push(int[] pile, int at, int g) {
    int[] p = at < pile.length ? pile : java.util.Arrays.copyOf(pile, pile.length * 2);
    p[at] = g;
    return p;
  }

  private static Map<CandidateId, Long> standing(
      Candidates candidates, long[] votes, boolean[] out) {
    List<Integer> live = new ArrayList<>();
    for (int c = 0; c < votes.length; c++) {
      if (!out[c]) {
        live.add(c);
      }
    }
    live.sort(
        (a, b) -> votes[a] != votes[b] ? Long.compare(votes[b], votes[a]) : Integer.compare(a, b));
    Map<CandidateId, Long> map = new LinkedHashMap<>();
    for (int c : live) {
      map.put(candidates.get(c), votes[c]);
    }
    return map;
  }
}
