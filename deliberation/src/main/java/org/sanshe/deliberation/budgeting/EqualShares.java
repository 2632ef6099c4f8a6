package org.sanshe.deliberation.budgeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.Project;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.internal.EqualSharesEngine;
import org.sanshe.deliberation.internal.Rational;
import org.sanshe.deliberation.voting.ResolvedTie;
import org.sanshe.deliberation.voting.TieBreaking;
import org.sanshe.deliberation.voting.TieContext;

/**
 * The Method of Equal Shares, in exact rational arithmetic. Immutable and thread-safe.
 *
 * <p>Every voter starts with an equal share of the (virtual) budget. Repeatedly, for each
 * unselected project whose supporters together still hold its cost, find the smallest price rho
 * such that supporters paying {@code min(their money, rho * utility)} cover the cost; select the
 * project with the smallest rho (ties: the tie-break, by default lower cost then more approvals);
 * its supporters pay. Stop when no project is affordable.
 *
 * <ul>
 *   <li><b>Cost utilities</b> (approval ballots): a supporter's utility is the project's cost, so
 *       rho * cost is the per-voter payment cap p and the smallest rho is the smallest p per unit
 *       of cost. Any ballot kind works: a project is supported when the ballot names it.
 *   <li><b>Cardinal utilities</b>: the utility is the score or points the ballot gives (an approval
 *       counts 1).
 * </ul>
 *
 * <p><b>Completions.</b> {@code ADD1}: run with the virtual budget B' = floor(B/n)*n; while the
 * outcome of a run with B' + n still costs at most the real budget B, take it and go on; the last
 * outcome that fits is the result (the search also stops once every supported project is selected,
 * as no larger budget can add one). {@code UTILITARIAN}: then spend what is left greedily by
 * approvals, skipping what does not fit. Both may be combined.
 */
public final class EqualShares {

  /** How voters value a project. */
  public enum Utilities {
    /** Utility = the project's cost, for every supporter (approval ballots). */
    COST,
    /** Utility = the score or points on the ballot. */
    CARDINAL
  }

  /** What to do with money Equal Shares leaves unspent. */
  public enum Completion {
    /** Nothing. */
    NONE,
    /** Increase the virtual budget one unit per voter at a time (add1). */
    ADD1,
    /** Greedy by approvals over the rest. */
    UTILITARIAN,
    /** add1, then greedy by approvals over the rest. */
    ADD1_UTILITARIAN
  }

  private final Utilities utilities;
  private final Completion completion;
  private final TieBreaking tieBreaking;
  private final boolean rounds;

  private EqualShares(
      Utilities utilities, Completion completion, TieBreaking tieBreaking, boolean rounds) {
    this.utilities = utilities;
    this.completion = completion;
    this.tieBreaking = tieBreaking;
    this.rounds = rounds;
  }

  /**
   * Equal Shares with cost utilities, no completion, ties by lower cost then more approvals.
   *
   * @return the rule
   */
  public static EqualShares costUtilities() {
    return new EqualShares(
        Utilities.COST, Completion.NONE, TieBreaking.lowerCostThenMoreVotes(), true);
  }

  /**
   * Equal Shares with cardinal utilities, no completion, ties by lower cost then more approvals.
   *
   * @return the rule
   */
  public static EqualShares cardinalUtilities() {
    return new EqualShares(
        Utilities.CARDINAL, Completion.NONE, TieBreaking.lowerCostThenMoreVotes(), true);
  }

  /**
   * Returns this rule with a completion.
   *
   * @param completion the completion, not null
   * @return the new rule
   */
  public EqualShares withCompletion(Completion completion) {
    return new EqualShares(
        utilities, Objects.requireNonNull(completion, "completion"), tieBreaking, rounds);
  }

  /**
   * Returns this rule with another tie-break.
   *
   * @param tieBreaking the tie-break, not null
   * @return the new rule
   */
  public EqualShares withTieBreaking(TieBreaking tieBreaking) {
    return new EqualShares(
        utilities, completion, Objects.requireNonNull(tieBreaking, "tieBreaking"), rounds);
  }

  /**
   * Returns this rule without the per-round explanation (prices and payments): the outcome's {@code
   * rounds} list is empty, the selection is the same, and large instances are counted without the
   * exact replay that the explanation needs.
   *
   * @return the new rule
   */
  public EqualShares withoutRoundDetails() {
    return new EqualShares(utilities, completion, tieBreaking, false);
  }

  /**
   * Selects projects.
   *
   * @param budget the budget, not null
   * @return the outcome, with every round's payments
   * @throws VotingException {@code BALLOT_KIND_MISMATCH} when cardinal utilities meet ranked or
   *     yes/no ballots, {@code VOTING_NO_BALLOTS} when there is no voter
   */
  public BudgetOutcome allocate(ParticipatoryBudget budget) {
    Objects.requireNonNull(budget, "budget");
    Prepared prep = prepare(budget);
    long n = prep.engine.voters();
    long real = budget.budget();
    EqualSharesEngine.Outcome out;
    long virtual;
    int runs = 1;
    boolean add1 = completion == Completion.ADD1 || completion == Completion.ADD1_UTILITARIAN;
    if (add1) {
      long step = Math.multiplyExact(n, budget.currencyUnit());
      virtual = Math.multiplyExact(real / step, step);
      out = prep.engine.run(virtual, false);
      while (out.selected().length < prep.supported) {
        long next = Math.addExact(virtual, step);
        EqualSharesEngine.Outcome candidate = prep.engine.run(next, false);
        runs++;
        if (candidate.totalCost(prep.cost) > real) {
          break;
        }
        out = candidate;
        virtual = next;
      }
      out = rounds ? prep.engine.run(virtual, true) : out;
    } else {
      virtual = real;
      out = prep.engine.run(virtual, rounds);
    }
    List<Project> projects = budget.projects();
    List<BudgetOutcome.Selection> selected = new ArrayList<>();
    List<BudgetOutcome.EqualSharesRound> rounds = new ArrayList<>();
    List<ResolvedTie> ties = new ArrayList<>();
    int number = 0;
    if (out.rounds() == null) {
      for (int j : out.selected()) {
        Project p = projects.get(j);
        selected.add(
            new BudgetOutcome.Selection(
                p.id(), p.cost(), prep.approvals.get(p.id()), "equal shares"));
      }
    }
    for (EqualSharesEngine.Round r :
        out.rounds() == null ? List.<EqualSharesEngine.Round>of() : out.rounds()) {
      number++;
      Project p = projects.get(r.project());
      Fraction rho = fraction(r.rho()).dividedBy(Fraction.of(out.scale()));
      long utility =
          utilities == Utilities.COST ? Math.max(p.cost(), 1) : prep.maxUtility[r.project()];
      List<CandidateId> tied = new ArrayList<>();
      for (int t : r.tied()) {
        tied.add(projects.get(t).id());
      }
      if (tied.size() > 1) {
        ties.add(
            new ResolvedTie(
                "equal shares round " + number + ": price " + rho, tied, tieBreaking.toString()));
      }
      rounds.add(
          new BudgetOutcome.EqualSharesRound(
              number, p.id(), p.cost(), rho, rho.times(utility), r.payers(), r.exhausted(), tied));
      selected.add(
          new BudgetOutcome.Selection(
              p.id(), p.cost(), prep.approvals.get(p.id()), "equal shares"));
    }
    if (completion == Completion.UTILITARIAN || completion == Completion.ADD1_UTILITARIAN) {
      long left = real;
      List<CandidateId> rest = new ArrayList<>();
      java.util.Set<CandidateId> taken = new java.util.HashSet<>();
      for (BudgetOutcome.Selection s : selected) {
        left -= s.cost();
        taken.add(s.project());
      }
      for (Project p : projects) {
        if (!taken.contains(p.id())) {
          rest.add(p.id());
        }
      }
      Greedy.select(
          budget,
          prep.approvals,
          rest,
          left,
          1,
          tieBreaking,
          "utilitarian completion",
          selected,
          ties);
    }
    String rule =
        "equal shares, "
            + utilities.name().toLowerCase(java.util.Locale.ROOT)
            + " utilities, completion "
            + completion.name().toLowerCase(java.util.Locale.ROOT)
            + ", ties: "
            + tieBreaking;
    return new BudgetOutcome(
        rule, real, selected, rounds, ties, prep.approvals, virtual, add1 ? runs : 1);
  }

  private static Fraction fraction(Rational r) {
    return Fraction.of(r.numerator(), r.denominator());
  }

  /** The engine and what the outcome needs. */
  private record Prepared(
      EqualSharesEngine engine,
      long[] cost,
      int supported,
      Map<CandidateId, Long> approvals,
      long[] maxUtility) {}

  private Prepared prepare(ParticipatoryBudget budget) {
    List<Project> projects = budget.projects();
    int m = projects.size();
    Map<CandidateId, Integer> index = new HashMap<>();
    long[] cost = new long[m];
    for (int j = 0; j < m; j++) {
      index.put(projects.get(j).id(), j);
      cost[j] = projects.get(j).cost();
    }
    BallotBox<? extends Ballot> box = budget.ballots();
    if (box.isEmpty()) {
      throw new VotingException(VotingError.VOTING_NO_BALLOTS);
    }
    int groups = box.distinct().size();
    long[] count = new long[groups];
    int[] size = new int[m];
    int[][] projectsOf = new int[groups][];
    long[][] valuesOf = new long[groups][];
    for (int g = 0; g < groups; g++) {
      BallotBox.Counted<? extends Ballot> c = box.distinct().get(g);
      count[g] = c.count();
      Map<CandidateId, Long> values = values(c.ballot());
      int[] ps = new int[values.size()];
      long[] vs = new long[values.size()];
      int k = 0;
      for (Map.Entry<CandidateId, Long> e : values.entrySet()) {
        if (e.getValue() > 0) {
          ps[k] = index.get(e.getKey());
          vs[k] = e.getValue();
          size[ps[k]]++;
          k++;
        }
      }
      projectsOf[g] = java.util.Arrays.copyOf(ps, k);
      valuesOf[g] = java.util.Arrays.copyOf(vs, k);
    }
    int[][] supporters = new int[m][];
    long[][] utility = new long[m][];
    long[] maxUtility = new long[m];
    for (int j = 0; j < m; j++) {
      supporters[j] = new int[size[j]];
      utility[j] = new long[size[j]];
      size[j] = 0;
    }
    for (int g = 0; g < groups; g++) {
      for (int k = 0; k < projectsOf[g].length; k++) {
        int j = projectsOf[g][k];
        long u = utilities == Utilities.COST ? Math.max(cost[j], 1) : valuesOf[g][k];
        supporters[j][size[j]] = g;
        utility[j][size[j]++] = u;
        maxUtility[j] = Math.max(maxUtility[j], u);
      }
    }
    int supported = 0;
    Map<CandidateId, Long> approvals = new java.util.LinkedHashMap<>();
    Map<CandidateId, Long> costs = new HashMap<>();
    for (int j = 0; j < m; j++) {
      long a = 0;
      for (int g : supporters[j]) {
        a += count[g];
      }
      approvals.put(projects.get(j).id(), a);
      costs.put(projects.get(j).id(), cost[j]);
      if (supporters[j].length > 0) {
        supported++;
      }
    }
    TieContext context =
        new TieContext(projects.stream().map(Project::id).toList(), costs, approvals);
    List<CandidateId> order = tieBreaking.order(approvals.keySet(), context);
    int[] priority = new int[m];
    for (int p = 0; p < m; p++) {
      priority[index.get(order.get(p))] = p;
    }
    return new Prepared(
        new EqualSharesEngine(
            cost, count, supporters, utility, priority, utilities == Utilities.COST),
        cost,
        supported,
        approvals,
        maxUtility);
  }

  private Map<CandidateId, Long> values(Ballot ballot) {
    if (ballot instanceof ApprovalBallot a) {
      Map<CandidateId, Long> ones = new java.util.LinkedHashMap<>();
      for (CandidateId id : a.approved()) {
        ones.put(id, 1L);
      }
      return ones;
    }
    if (ballot instanceof CumulativeBallot c && utilities == Utilities.CARDINAL) {
      return c.points();
    }
    if (ballot instanceof ScoreBallot s && utilities == Utilities.CARDINAL) {
      return s.scores();
    }
    if (utilities == Utilities.CARDINAL && !(ballot instanceof ApprovalBallot)) {
      throw new VotingException(
          VotingError.BALLOT_KIND_MISMATCH, ballot, ballot.kind(), "approval, score or cumulative");
    }
    Map<CandidateId, Long> ones = new HashMap<>();
    for (CandidateId id : ballot.named()) {
      ones.put(id, 1L);
    }
    if (ballot instanceof CumulativeBallot c) {
      c.points().forEach((id, v) -> ones.put(id, v > 0 ? 1L : 0L));
    } else if (ballot instanceof ScoreBallot s) {
      s.scores().forEach((id, v) -> ones.put(id, v > 0 ? 1L : 0L));
    }
    return ones;
  }

  @Override
  public String toString() {
    return "EqualShares[" + utilities + ", " + completion + ", " + tieBreaking + "]";
  }
}
