package org.sanshe.deliberation.budgeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.counting.ResolvedTie;
import org.sanshe.deliberation.counting.TieBreaking;
import org.sanshe.deliberation.counting.TieContext;

/**
 * Greedy selection by support, as the Polish cities run it: order projects by support, highest
 * first (equal support: the tie-break, by default lower cost then more approvals); take each
 * project whose cost still fits the remaining budget, skip those that do not and go on. Optionally
 * projects below a minimum support are never taken. Immutable and thread-safe.
 */
public final class Greedy {

  private final Support support;
  private final long minimumSupport;
  private final TieBreaking tieBreaking;
  private final boolean stopAtFirstMiss;
  private final int coverPercent;

  private Greedy(Support support, long minimumSupport, TieBreaking tieBreaking) {
    this(support, minimumSupport, tieBreaking, false, 0);
  }

  private Greedy(
      Support support,
      long minimumSupport,
      TieBreaking tieBreaking,
      boolean stopAtFirstMiss,
      int coverPercent) {
    this.support = support;
    this.minimumSupport = minimumSupport;
    this.tieBreaking = tieBreaking;
    this.stopAtFirstMiss = stopAtFirstMiss;
    this.coverPercent = coverPercent;
  }

  /**
   * Returns this rule stopping at the first project that does not fit, instead of skipping it
   * (Pabulib's {@code greedy-no-skip}).
   *
   * @return the new rule
   */
  public Greedy withoutSkipping() {
    return new Greedy(support, minimumSupport, tieBreaking, true, coverPercent);
  }

  /**
   * Returns this rule with the Poznań overrun: the first project (in support order) that does not
   * fit is still funded when the money left covers at least {@code percent}% of its cost (Poznań:
   * 80); the count then stops, as the budget is spent. When the money left covers less, that
   * project is skipped and the count goes on as plain greedy (later projects get no overrun). The
   * outcome's total cost may then exceed the budget, by at most (100 - percent)% of that one
   * project.
   *
   * @param percent the share of the cost the money left must cover, 1 to 100
   * @return the new rule
   * @throws VotingException {@code BUDGET_THRESHOLD_NEGATIVE} for a share outside 1 to 100
   */
  public Greedy withOverrunCover(int percent) {
    if (percent < 1 || percent > 100) {
      throw new VotingException(VotingError.BUDGET_THRESHOLD_NEGATIVE, percent);
    }
    return new Greedy(support, minimumSupport, tieBreaking, stopAtFirstMiss, percent);
  }

  /**
   * Returns greedy by a support measure, ties by lower cost then more approvals.
   *
   * @param support the measure, not null
   * @return the rule
   */
  public static Greedy bySupport(Support support) {
    return new Greedy(
        Objects.requireNonNull(support, "support"), 0, TieBreaking.lowerCostThenMoreVotes());
  }

  /**
   * Returns this rule with a minimum support: projects with less are never selected.
   *
   * @param minimum the minimum support, zero or more
   * @return the new rule
   * @throws VotingException {@code BUDGET_THRESHOLD_NEGATIVE}
   */
  public Greedy withMinimumSupport(long minimum) {
    if (minimum < 0) {
      throw new VotingException(VotingError.BUDGET_THRESHOLD_NEGATIVE, minimum);
    }
    return new Greedy(support, minimum, tieBreaking, stopAtFirstMiss, coverPercent);
  }

  /**
   * Returns this rule with another tie-break.
   *
   * @param tieBreaking the tie-break, not null
   * @return the new rule
   */
  public Greedy withTieBreaking(TieBreaking tieBreaking) {
    return new Greedy(
        support,
        minimumSupport,
        Objects.requireNonNull(tieBreaking, "tieBreaking"),
        stopAtFirstMiss,
        coverPercent);
  }

  /**
   * Selects projects.
   *
   * @param budget the budget, not null
   * @return the outcome
   */
  public BudgetOutcome allocate(ParticipatoryBudget budget) {
    Objects.requireNonNull(budget, "budget");
    Map<CandidateId, Long> measured = support.measure(budget);
    List<CandidateId> all = budget.projects().stream().map(BallotProject::id).toList();
    List<ResolvedTie> ties = new ArrayList<>();
    List<BudgetOutcome.Selection> selected = new ArrayList<>();
    select(
        budget,
        measured,
        all,
        budget.budget(),
        minimumSupport,
        tieBreaking,
        "greedy",
        selected,
        ties,
        stopAtFirstMiss,
        coverPercent,
        support.isApprovals() ? measured : Support.approvalsOf(budget));
    String rule =
        "greedy by "
            + support
            + (minimumSupport > 0 ? ", minimum support " + minimumSupport : "")
            + (stopAtFirstMiss ? ", stopping at the first project that does not fit" : "")
            + (coverPercent > 0
                ? ", first project that does not fit funded when " + coverPercent + "% covered"
                : "")
            + ", ties: "
            + tieBreaking;
    return new BudgetOutcome(rule, budget.budget(), selected, List.of(), ties, measured, 0, 0);
  }

  /** The greedy pass shared with the utilitarian completion; returns the money left. */
  static long select(
      ParticipatoryBudget budget,
      Map<CandidateId, Long> measured,
      List<CandidateId> candidates,
      long money,
      long minimum,
      TieBreaking tieBreaking,
      String phase,
      List<BudgetOutcome.Selection> selected,
      List<ResolvedTie> ties) {
    return select(
        budget,
        measured,
        candidates,
        money,
        minimum,
        tieBreaking,
        phase,
        selected,
        ties,
        false,
        0,
        Support.approvalsOf(budget));
  }

  private static long select(
      ParticipatoryBudget budget,
      Map<CandidateId, Long> measured,
      List<CandidateId> candidates,
      long money,
      long minimum,
      TieBreaking tieBreaking,
      String phase,
      List<BudgetOutcome.Selection> selected,
      List<ResolvedTie> ties,
      boolean stopAtFirstMiss,
      int coverPercent,
      Map<CandidateId, Long> approvals) {
    Map<CandidateId, Long> costs = new HashMap<>();
    budget.projects().forEach(p -> costs.put(p.id(), p.cost()));
    TieContext context =
        new TieContext(
            budget.projects().stream().map(BallotProject::id).toList(), costs, approvals);
    var tieOrder = tieBreaking.comparator(context);
    List<CandidateId> order = new ArrayList<>(candidates);
    order.sort(
        (a, b) -> {
          int c = Long.compare(measured.get(b), measured.get(a));
          return c != 0 ? c : tieOrder.compare(a, b);
        });
    int i = 0;
    while (i < order.size()) {
      int j = i;
      long s = measured.get(order.get(i));
      while (j < order.size() && measured.get(order.get(j)) == s) {
        j++;
      }
      if (j - i > 1) {
        ties.add(
            new ResolvedTie(phase + ": support " + s, order.subList(i, j), tieBreaking.toString()));
      }
      i = j;
    }
    boolean overrunTried = false;
    for (CandidateId id : order) {
      long s = measured.get(id);
      long cost = costs.get(id);
      if (s < minimum) {
        continue;
      }
      if (cost <= money) {
        money -= cost;
        selected.add(new BudgetOutcome.Selection(id, cost, s, phase));
        continue;
      }
      if (coverPercent > 0 && !overrunTried) {
        overrunTried = true;
        // money / cost >= percent / 100, exactly
        if (java.math.BigInteger.valueOf(money)
                .multiply(java.math.BigInteger.valueOf(100))
                .compareTo(
                    java.math.BigInteger.valueOf(cost)
                        .multiply(java.math.BigInteger.valueOf(coverPercent)))
            >= 0) {
          selected.add(new BudgetOutcome.Selection(id, cost, s, phase + " (overrun)"));
          return 0;
        }
      }
      if (stopAtFirstMiss) {
        break;
      }
    }
    return money;
  }

  @Override
  public String toString() {
    return "Greedy[" + support + ", minimum " + minimumSupport + ", " + tieBreaking + "]";
  }
}
