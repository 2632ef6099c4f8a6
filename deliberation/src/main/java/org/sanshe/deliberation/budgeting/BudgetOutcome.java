package org.sanshe.deliberation.budgeting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.counting.ResolvedTie;

/**
 * The result of a budgeting rule, explaining itself: the projects selected in order with their cost
 * and support and the phase that selected them, the Equal Shares rounds with per-voter payments,
 * the ties met and the money left. Immutable.
 *
 * @param rule the rule, as text
 * @param budget the real budget
 * @param selected the projects selected, in the order selected
 * @param rounds the Equal Shares rounds of the final run (empty for other rules)
 * @param ties the ties met and how they were broken
 * @param support the support of every project as the rule measured it
 * @param virtualBudget the virtual budget of the final Equal Shares run (the real budget, or more
 *     with add1; 0 for other rules)
 * @param runs how many Equal Shares runs the completion needed (0 for other rules)
 */
public record BudgetOutcome(
    String rule,
    long budget,
    List<Selection> selected,
    List<EqualSharesRound> rounds,
    List<ResolvedTie> ties,
    Map<CandidateId, Long> support,
    long virtualBudget,
    int runs) {

  /**
   * A selected project.
   *
   * @param project the project
   * @param cost its cost
   * @param support its support
   * @param phase what selected it: {@code "greedy"}, {@code "equal shares"}, {@code "utilitarian
   *     completion"} or {@code "knapsack"}
   */
  public record Selection(CandidateId project, long cost, long support, String phase) {}

  /**
   * One Equal Shares round.
   *
   * @param number the round, from 1
   * @param project the project selected
   * @param cost its cost
   * @param rho the price per unit of utility (for cost utilities, the cap divided by the cost)
   * @param maxPayment the most one supporter paid (rho times its utility; with cost utilities, the
   *     per-voter cap p), in currency units
   * @param payers the supporters who paid
   * @param exhausted the payers who paid all the money they had left
   * @param tied the projects tied at the same price, in tie-break order (one when no tie)
   */
  public record EqualSharesRound(
      int number,
      CandidateId project,
      long cost,
      Fraction rho,
      Fraction maxPayment,
      long payers,
      long exhausted,
      List<CandidateId> tied) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if tied is null
     */
    public EqualSharesRound {
      tied = List.copyOf(tied);
    }
  }

  /**
   * Copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public BudgetOutcome {
    Objects.requireNonNull(rule, "rule");
    selected = List.copyOf(selected);
    rounds = List.copyOf(rounds);
    ties = List.copyOf(ties);
    support = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(support));
  }

  /**
   * Returns the ids of the selected projects, in the order selected.
   *
   * @return the ids
   */
  public List<CandidateId> selectedIds() {
    return selected.stream().map(Selection::project).toList();
  }

  /**
   * Returns the total cost of the selected projects.
   *
   * @return the cost
   */
  public long totalCost() {
    long t = 0;
    for (Selection s : selected) {
      t = Math.addExact(t, s.cost());
    }
    return t;
  }

  /**
   * Returns the budget left unspent.
   *
   * @return budget minus total cost
   */
  public long remaining() {
    return budget - totalCost();
  }
}
