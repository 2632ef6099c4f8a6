package org.sanshe.deliberation.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * The exact knapsack rule for small instances: the set of projects with the most total support (by
 * default approvals) that fits the budget; among such sets the cheapest, and among those the one a
 * dynamic program over support values in declared project order finds first. Limited to {@value
 * #MAX_PROJECTS} projects and a table of {@value #MAX_CELLS} cells (projects times total support).
 * Immutable and thread-safe.
 */
public final class Knapsack {

  /** The most projects accepted. */
  public static final int MAX_PROJECTS = 200;

  /** The most table cells (projects times total support) accepted. */
  public static final long MAX_CELLS = 20_000_000L;

  private final Support support;

  private Knapsack(Support support) {
    this.support = support;
  }

  /**
   * Returns the knapsack rule for a support measure.
   *
   * @param support the measure, not null
   * @return the rule
   */
  public static Knapsack maximizing(Support support) {
    return new Knapsack(Objects.requireNonNull(support, "support"));
  }

  /**
   * Selects projects.
   *
   * @param budget the budget, not null
   * @return the outcome
   * @throws VotingException {@code BUDGET_KNAPSACK_TOO_LARGE} beyond the limits
   */
  public BudgetOutcome allocate(ParticipatoryBudget budget) {
    Objects.requireNonNull(budget, "budget");
    Map<CandidateId, Long> measured = support.measure(budget);
    List<BallotProject> projects = budget.projects();
    int m = projects.size();
    long total = 0;
    for (long v : measured.values()) {
      total = Math.addExact(total, v);
    }
    if (m > MAX_PROJECTS || (long) (m + 1) * (total + 1) > MAX_CELLS) {
      throw new VotingException(
          VotingError.BUDGET_KNAPSACK_TOO_LARGE, MAX_PROJECTS, MAX_CELLS, m, total);
    }
    int values = (int) total;
    long[] minCost = new long[values + 1];
    Arrays.fill(minCost, Long.MAX_VALUE);
    minCost[0] = 0;
    boolean[][] take = new boolean[m][values + 1];
    int reach = 0;
    for (int j = 0; j < m; j++) {
      int v = (int) (long) measured.get(projects.get(j).id());
      long c = projects.get(j).cost();
      for (int x = reach; x >= 0; x--) {
        if (minCost[x] == Long.MAX_VALUE) {
          continue;
        }
        long nc = minCost[x] + c;
        if (nc <= budget.budget() && nc < minCost[x + v]) {
          minCost[x + v] = nc;
          take[j][x + v] = true;
        }
      }
      reach = Math.min(values, reach + v);
    }
    int best = values;
    while (minCost[best] == Long.MAX_VALUE) {
      best--;
    }
    List<BudgetOutcome.Selection> chosen = new ArrayList<>();
    int x = best;
    for (int j = m - 1; j >= 0; j--) {
      if (take[j][x]) {
        BallotProject p = projects.get(j);
        chosen.add(
            0, new BudgetOutcome.Selection(p.id(), p.cost(), measured.get(p.id()), "knapsack"));
        x -= (int) (long) measured.get(p.id());
      }
    }
    return new BudgetOutcome(
        "knapsack maximizing " + support,
        budget.budget(),
        chosen,
        List.of(),
        List.of(),
        measured,
        0,
        0);
  }

  @Override
  public String toString() {
    return "Knapsack[" + support + "]";
  }
}
