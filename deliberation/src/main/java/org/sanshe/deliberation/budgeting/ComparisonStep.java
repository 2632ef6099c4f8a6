package org.sanshe.deliberation.budgeting;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * The comparison step of Pabulib's {@code equalshares-comparison} and {@code
 * equalshares/add1-comparison} (as Wieliczka and others ran it): compute the Equal Shares outcome
 * and the outcome of greedy by approvals; for each voter, count the funded projects the ballot
 * names under each; take greedy instead only if strictly more voters have more funded approved
 * projects under greedy than under Equal Shares. Stateless and thread-safe.
 */
public final class ComparisonStep {

  private ComparisonStep() {}

  /**
   * The two counts the comparison is decided on.
   *
   * @param preferGreedy voters with more funded approved projects under greedy
   * @param preferEqualShares voters with more under Equal Shares
   */
  public record Count(long preferGreedy, long preferEqualShares) {

    /**
     * Returns whether greedy wins the comparison (strictly more voters prefer it).
     *
     * @return whether greedy is taken
     */
    public boolean greedyWins() {
      return preferGreedy > preferEqualShares;
    }
  }

  /**
   * Counts the voters preferring each outcome.
   *
   * @param budget the budget both outcomes were computed on, not null
   * @param equalShares the Equal Shares outcome, not null
   * @param greedy the greedy outcome, not null
   * @return the counts
   */
  public static Count count(
      ParticipatoryBudget budget, BudgetOutcome equalShares, BudgetOutcome greedy) {
    Objects.requireNonNull(budget, "budget");
    Set<CandidateId> es =
        new HashSet<>(Objects.requireNonNull(equalShares, "equalShares").selectedIds());
    Set<CandidateId> gr = new HashSet<>(Objects.requireNonNull(greedy, "greedy").selectedIds());
    long preferGreedy = 0;
    long preferEs = 0;
    for (BallotBox.Counted<? extends Ballot> c : budget.ballots().distinct()) {
      int a = 0;
      int b = 0;
      for (CandidateId id : c.ballot().named()) {
        a += es.contains(id) ? 1 : 0;
        b += gr.contains(id) ? 1 : 0;
      }
      if (b > a) {
        preferGreedy = Math.addExact(preferGreedy, c.count());
      } else if (a > b) {
        preferEs = Math.addExact(preferEs, c.count());
      }
    }
    return new Count(preferGreedy, preferEs);
  }

  /**
   * Runs the comparison and returns the outcome taken, its rule text saying why.
   *
   * @param budget the budget, not null
   * @param equalShares the Equal Shares rule (with its completion), not null
   * @return greedy by approvals if strictly more voters prefer it, else the Equal Shares outcome
   */
  public static BudgetOutcome choose(ParticipatoryBudget budget, EqualShares equalShares) {
    Objects.requireNonNull(equalShares, "equalShares");
    BudgetOutcome es = equalShares.allocate(budget);
    BudgetOutcome greedy = Greedy.bySupport(Support.approvals()).allocate(budget);
    Count count = count(budget, es, greedy);
    BudgetOutcome taken = count.greedyWins() ? greedy : es;
    String why =
        taken.rule()
            + "; comparison step: "
            + count.preferGreedy()
            + " voters prefer greedy by approvals, "
            + count.preferEqualShares()
            + " prefer equal shares, "
            + (count.greedyWins() ? "greedy taken" : "equal shares kept");
    return new BudgetOutcome(
        why,
        taken.budget(),
        taken.selected(),
        taken.rounds(),
        taken.ties(),
        taken.support(),
        taken.virtualBudget(),
        taken.runs());
  }
}
