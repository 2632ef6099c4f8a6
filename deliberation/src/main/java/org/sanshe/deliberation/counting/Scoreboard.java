package org.sanshe.deliberation.counting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * The result of a method that gives each candidate one whole-number score (plurality, approval,
 * Borda, score): the standings, highest first, ties broken by the recorded tie-break. Immutable.
 *
 * @param method the method's name
 * @param standings every candidate with its score, best first
 * @param ties the ties met among equal scores and how they were broken
 * @param voters the number of ballots counted
 */
public record Scoreboard(
    String method, List<Standing> standings, List<ResolvedTie> ties, long voters) {

  /**
   * A candidate and its score.
   *
   * @param candidate the candidate
   * @param score its score
   */
  public record Standing(CandidateId candidate, long score) {}

  /**
   * Copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Scoreboard {
    Objects.requireNonNull(method, "method");
    standings = List.copyOf(standings);
    ties = List.copyOf(ties);
  }

  /**
   * Returns the winner: the first of the standings.
   *
   * @return the winner
   */
  public CandidateId winner() {
    return standings.get(0).candidate();
  }

  /**
   * Returns a candidate's score.
   *
   * @param candidate the candidate
   * @return its score, 0 when unknown
   */
  public long scoreOf(CandidateId candidate) {
    for (Standing s : standings) {
      if (s.candidate().equals(candidate)) {
        return s.score();
      }
    }
    return 0;
  }

  static Scoreboard rank(
      String method, Candidates candidates, long[] scores, TieBreaking tieBreaking, long voters) {
    Map<CandidateId, Long> votes = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      votes.put(candidates.get(i), scores[i]);
    }
    TieContext context = new TieContext(candidates.list(), Map.of(), votes);
    List<CandidateId> order = new ArrayList<>(candidates.list());
    var tieOrder = tieBreaking.comparator(context);
    order.sort(
        (a, b) -> {
          int c = Long.compare(votes.get(b), votes.get(a));
          return c != 0 ? c : tieOrder.compare(a, b);
        });
    List<Standing> standings = new ArrayList<>();
    List<ResolvedTie> ties = new ArrayList<>();
    int i = 0;
    while (i < order.size()) {
      int j = i;
      long score = votes.get(order.get(i));
      while (j < order.size() && votes.get(order.get(j)) == score) {
        standings.add(new Standing(order.get(j), score));
        j++;
      }
      if (j - i > 1) {
        ties.add(
            new ResolvedTie(
                method + ": " + score + " each", order.subList(i, j), tieBreaking.toString()));
      }
      i = j;
    }
    return new Scoreboard(method, standings, ties, voters);
  }
}
