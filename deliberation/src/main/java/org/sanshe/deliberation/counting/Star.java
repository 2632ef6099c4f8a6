package org.sanshe.deliberation.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * STAR voting (Score Then Automatic Runoff): each ballot scores candidates from 0 to a maximum
 * (unscored counts as 0); the two candidates with the highest total scores are the finalists; each
 * ballot then counts for the finalist it scores higher (a ballot scoring them equally has no
 * preference), and the finalist preferred on more ballots wins. Stateless and thread-safe.
 *
 * <p><b>Ties</b> follow the Official STAR Voting Ties Protocol (Equal Vote), with this library's
 * recorded tie-breaking in place of its random draw:
 *
 * <ol>
 *   <li>Scoring round: candidates tied on total score for a finalist place are compared head to
 *       head among themselves (a candidate loses a match-up when fewer ballots score it higher than
 *       score its rival higher); the candidates who lost the most match-ups are eliminated, and
 *       this repeats while it separates them; with two tied candidates it picks the one preferred
 *       on more ballots.
 *   <li>Runoff: equal preference counts are broken in favour of the finalist with the higher total
 *       score.
 *   <li>Either round: a tie still left is broken in favour of the candidate with more ballots
 *       giving it the maximum score (the five-star tiebreaker).
 *   <li>A tie still left is broken by the given {@link TieBreaking} (a published seeded lottery, or
 *       a given order), recorded as a {@link ResolvedTie}; its context votes are the total scores.
 * </ol>
 *
 * Every step that decided something is reported as a {@link TieStep}.
 */
public final class Star {

  private Star() {}

  /** The rounds of a STAR count. */
  public enum Round {
    /** The choice of the two finalists by total score. */
    SCORING,
    /** The automatic runoff between the finalists. */
    RUNOFF
  }

  /** The tie rules, in the order they are tried. */
  public enum Rule {
    /** Scoring round: head-to-head match-ups among the tied candidates. */
    HEAD_TO_HEAD,
    /** Runoff: the higher total score. */
    HIGHER_SCORE,
    /** Either round: more ballots giving the maximum score. */
    MOST_MAXIMUM_SCORES,
    /** Either round: the recorded tie-breaking. */
    TIE_BREAKING
  }

  /**
   * One tie rule that decided something.
   *
   * @param round the round
   * @param tied the candidates tied when the rule was applied, in candidate order
   * @param rule the rule
   * @param decided the candidates the rule advanced (scoring round) or the winner (runoff), or, for
   *     a head-to-head elimination, the candidates it eliminated
   * @param eliminated true when {@code decided} lists eliminated candidates
   */
  public record TieStep(
      Round round,
      List<CandidateId> tied,
      Rule rule,
      List<CandidateId> decided,
      boolean eliminated) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public TieStep {
      Objects.requireNonNull(round, "round");
      tied = List.copyOf(tied);
      Objects.requireNonNull(rule, "rule");
      decided = List.copyOf(decided);
    }
  }

  /**
   * The result of a STAR count.
   *
   * @param scores every candidate's total score, highest first (equal totals in candidate order)
   * @param finalists the two finalists, the first chosen first (one when there is one candidate)
   * @param firstPreferred ballots scoring the first finalist higher
   * @param secondPreferred ballots scoring the second finalist higher
   * @param noPreference ballots scoring both finalists equally
   * @param winner the winner
   * @param steps the tie rules that decided something, in order
   * @param ties the ties left to the tie-breaking, and how it broke them
   */
  public record Result(
      Scoreboard scores,
      List<CandidateId> finalists,
      long firstPreferred,
      long secondPreferred,
      long noPreference,
      CandidateId winner,
      List<TieStep> steps,
      List<ResolvedTie> ties) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public Result {
      Objects.requireNonNull(scores, "scores");
      finalists = List.copyOf(finalists);
      Objects.requireNonNull(winner, "winner");
      steps = List.copyOf(steps);
      ties = List.copyOf(ties);
    }
  }

  /**
   * Counts score ballots by STAR voting.
   *
   * @param candidates the candidates, not null
   * @param ballots the ballots, not null
   * @param maxScore the highest score a ballot may give (5 in STAR's usual 0 to 5 scale), at least
   *     1
   * @param tieBreaking how a tie left by the protocol is broken, not null
   * @return the result
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE}, {@code BALLOT_SCORE_OUT_OF_RANGE} (a
   *     score above the maximum), {@code BALLOT_CONSTRAINT_INVALID} (a maximum below 1), {@code
   *     VOTING_NO_BALLOTS} (no ballot), {@code VOTING_COUNT_OVERFLOW}
   */
  public static Result count(
      Candidates candidates,
      BallotBox<ScoreBallot> ballots,
      long maxScore,
      TieBreaking tieBreaking) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    if (maxScore < 1) {
      throw new VotingException(VotingError.BALLOT_CONSTRAINT_INVALID, "maxScore", "at least 1");
    }
    candidates.checkNamedIn(ballots);
    if (ballots.isEmpty()) {
      throw new VotingException(VotingError.VOTING_NO_BALLOTS);
    }
    int n = candidates.size();
    long[] score = new long[n];
    long[] top = new long[n];
    long[][] prefer = new long[n][n];
    for (BallotBox.Counted<ScoreBallot> c : ballots.distinct()) {
      long[] s = new long[n];
      for (Map.Entry<CandidateId, Long> e : c.ballot().scores().entrySet()) {
        long v = e.getValue();
        if (v > maxScore) {
          throw new VotingException(
              VotingError.BALLOT_SCORE_OUT_OF_RANGE, c.ballot(), e.getKey(), v, 0, maxScore);
        }
        s[candidates.indexOf(e.getKey())] = v;
      }
      for (int i = 0; i < n; i++) {
        score[i] = Counts.add(score[i], Counts.times(s[i], c.count()));
        if (s[i] == maxScore) {
          top[i] = Counts.add(top[i], c.count());
        }
        for (int j = 0; j < n; j++) {
          if (s[i] > s[j]) {
            prefer[i][j] = Counts.add(prefer[i][j], c.count());
          }
        }
      }
    }
    Count count = new Count(candidates, score, top, prefer, tieBreaking);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> -score[i]));
    List<Scoreboard.Standing> standings = new ArrayList<>();
    for (int i : order) {
      standings.add(new Scoreboard.Standing(candidates.get(i), score[i]));
    }
    Scoreboard tally = new Scoreboard("STAR scoring round", standings, List.of(), ballots.voters());
    if (n == 1) {
      return new Result(
          tally,
          List.of(candidates.get(0)),
          0,
          0,
          ballots.voters(),
          candidates.get(0),
          List.of(),
          List.of());
    }
    List<Integer> finalists = new ArrayList<>();
    int at = 0;
    while (finalists.size() < 2) {
      List<Integer> group = new ArrayList<>();
      long value = score[order[at]];
      while (at < n && score[order[at]] == value) {
        group.add(order[at++]);
      }
      group.sort(Comparator.naturalOrder());
      int room = 2 - finalists.size();
      finalists.addAll(group.size() <= room ? group : count.choose(group, room));
    }
    int a = finalists.get(0);
    int b = finalists.get(1);
    long forA = prefer[a][b];
    long forB = prefer[b][a];
    int winner;
    if (forA != forB) {
      winner = forA > forB ? a : b;
    } else {
      winner = count.runoffTie(a, b);
    }
    return new Result(
        tally,
        List.of(candidates.get(a), candidates.get(b)),
        forA,
        forB,
        ballots.voters() - forA - forB,
        candidates.get(winner),
        count.steps,
        count.ties);
  }

  /** The state of one count's tie resolution. */
  private static final class Count {
    private final Candidates candidates;
    private final long[] score;
    private final long[] top;
    private final long[][] prefer;
    private final TieBreaking tieBreaking;
    private final List<TieStep> steps = new ArrayList<>();
    private final List<ResolvedTie> ties = new ArrayList<>();

    Count(
        Candidates candidates, long[] score, long[] top, long[][] prefer, TieBreaking tieBreaking) {
      this.candidates = candidates;
      this.score = score;
      this.top = top;
      this.prefer = prefer;
      this.tieBreaking = tieBreaking;
    }

    /** Chooses {@code room} finalists among candidates tied on total score, in order chosen. */
    List<Integer> choose(List<Integer> tied, int room) {
      List<Integer> chosen = new ArrayList<>();
      List<Integer> left = new ArrayList<>(tied);
      int need = room;
      while (left.size() > need) {
        Map<Integer, Integer> losses = new HashMap<>();
        int most = 0;
        for (int i : left) {
          int l = 0;
          for (int j : left) {
            if (prefer[j][i] > prefer[i][j]) {
              l++;
            }
          }
          losses.put(i, l);
          most = Math.max(most, l);
        }
        List<Integer> worst = new ArrayList<>();
        for (int i : left) {
          if (losses.get(i) == most) {
            worst.add(i);
          }
        }
        if (most == 0 || worst.size() == left.size()) {
          break;
        }
        List<Integer> before = List.copyOf(left);
        if (left.size() - worst.size() >= need) {
          left.removeAll(worst);
          steps.add(step(Round.SCORING, before, Rule.HEAD_TO_HEAD, worst, true));
        } else {
          List<Integer> safe = new ArrayList<>(left);
          safe.removeAll(worst);
          chosen.addAll(safe);
          need -= safe.size();
          left = worst;
          steps.add(step(Round.SCORING, before, Rule.HEAD_TO_HEAD, safe, false));
        }
      }
      if (left.size() > need) {
        List<Integer> before = List.copyOf(left);
        List<Integer> byTop = new ArrayList<>(left);
        byTop.sort(Comparator.comparingLong((Integer i) -> -top[i]));
        long boundary = top[byTop.get(need - 1)];
        List<Integer> above = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i : left) {
          if (top[i] > boundary) {
            above.add(i);
          } else if (top[i] == boundary) {
            at.add(i);
          }
        }
        if (at.size() < left.size()) {
          above.sort(Comparator.comparingLong((Integer i) -> -top[i]));
          chosen.addAll(above);
          need -= above.size();
          left = at;
          if (left.size() == need) {
            List<Integer> decided = new ArrayList<>(above);
            decided.addAll(left);
            steps.add(step(Round.SCORING, before, Rule.MOST_MAXIMUM_SCORES, decided, false));
            chosen.addAll(left);
            return chosen;
          }
          steps.add(step(Round.SCORING, before, Rule.MOST_MAXIMUM_SCORES, above, false));
        }
      }
      if (left.size() > need) {
        List<Integer> order = broken("STAR scoring round: tied for a finalist place", left);
        List<Integer> decided = order.subList(0, need);
        steps.add(step(Round.SCORING, left, Rule.TIE_BREAKING, decided, false));
        chosen.addAll(decided);
      } else {
        chosen.addAll(left);
      }
      return chosen;
    }

    /** Breaks equal preference counts between the finalists. */
    int runoffTie(int a, int b) {
      List<Integer> both = a < b ? List.of(a, b) : List.of(b, a);
      if (score[a] != score[b]) {
        int w = score[a] > score[b] ? a : b;
        steps.add(step(Round.RUNOFF, both, Rule.HIGHER_SCORE, List.of(w), false));
        return w;
      }
      if (top[a] != top[b]) {
        int w = top[a] > top[b] ? a : b;
        steps.add(step(Round.RUNOFF, both, Rule.MOST_MAXIMUM_SCORES, List.of(w), false));
        return w;
      }
      int w = broken("STAR runoff: equal preferences, scores and maximum scores", both).get(0);
      steps.add(step(Round.RUNOFF, both, Rule.TIE_BREAKING, List.of(w), false));
      return w;
    }

    private List<Integer> broken(String what, List<Integer> tied) {
      Map<CandidateId, Long> votes = new HashMap<>();
      for (int i = 0; i < score.length; i++) {
        votes.put(candidates.get(i), score[i]);
      }
      List<CandidateId> ids = new ArrayList<>();
      tied.forEach(i -> ids.add(candidates.get(i)));
      ResolvedTie tie =
          tieBreaking.resolve(what, ids, new TieContext(candidates.list(), Map.of(), votes));
      ties.add(tie);
      List<Integer> order = new ArrayList<>();
      tie.order().forEach(id -> order.add(candidates.indexOf(id)));
      return order;
    }

    private TieStep step(
        Round round, List<Integer> tied, Rule rule, List<Integer> decided, boolean eliminated) {
      List<Integer> sorted = new ArrayList<>(tied);
      sorted.sort(Comparator.naturalOrder());
      List<CandidateId> t = new ArrayList<>();
      sorted.forEach(i -> t.add(candidates.get(i)));
      List<CandidateId> d = new ArrayList<>();
      decided.forEach(i -> d.add(candidates.get(i)));
      return new TieStep(round, t, rule, d, eliminated);
    }
  }
}
