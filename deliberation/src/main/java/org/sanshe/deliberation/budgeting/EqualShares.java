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
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;
import org.sanshe.deliberation.counting.ResolvedTie;
import org.sanshe.deliberation.counting.TieBreaking;
import org.sanshe.deliberation.counting.TieContext;
import org.sanshe.deliberation.internal.Add1Walk;
import org.sanshe.deliberation.internal.EqualSharesEngine;
import org.sanshe.deliberation.internal.Rational;
import org.sanshe.deliberation.internal.Selections;

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
 * as no larger budget can add one). The step is one currency unit per voter ({@link
 * ParticipatoryBudget#currencyUnit()} units of the budget each); the start is configurable ({@link
 * Add1Start}); long plateaus are crossed by an exact jump ({@link Add1Search}) that reaches the
 * same outcome as stepping; at most {@link #MAX_ADD1_RUNS} runs are made. {@code UTILITARIAN}: then
 * spend what is left greedily by approvals, skipping what does not fit. Both may be combined.
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

  /** Where add1 starts its virtual budget. */
  public enum Add1Start {
    /**
     * The budget rounded down to a multiple of the voter count (of one currency unit per voter): B'
     * = floor(B/n)*n. The Pabulib checker's start, which reproduces the cities' outcomes (the
     * default). It can fund less than plain Equal Shares at the real budget. With 2 voters, a
     * budget of 1 and two projects of cost 1 that both voters approve: plain Equal Shares gives
     * each voter 1/2 and funds one project; add1 starts at B' = 0 (nothing funded), the next run at
     * B' = 2 funds both, which costs 2 &gt; 1, so add1 ends with nothing funded. {@link
     * #REAL_BUDGET} funds one project, and so does {@link #withAdd1NeverBelowPlain()}.
     */
    FLOORED,
    /** The real budget B itself, as equalshares.net and pabutools start. */
    REAL_BUDGET
  }

  /** How add1 walks from one virtual budget to the next. */
  public enum Add1Search {
    /**
     * Jump (the default): with cost utilities, keep exact runs at some steps and certify, where it
     * can, that every step between two of them selects the same projects in the same order, so that
     * no step in between can end the walk; ranges that cannot be certified are halved (see {@code
     * Add1Walk}). With cardinal utilities (or a project of cost zero, or amounts too large for the
     * integer fast path), step, and where the outcome has not changed for a long while compute
     * exactly how far the virtual budget can grow before any decision of the run can change and
     * jump to the first step at or beyond it. Reaches exactly the outcome of {@link #STEP_BY_STEP}.
     */
    JUMP,
    /** The definition: one currency unit per voter at a time (the reference). */
    STEP_BY_STEP
  }

  /**
   * The most Equal Shares runs one add1 completion may make: beyond it the count stops with {@code
   * BUDGET_COMPLETION_TOO_MANY_RUNS} instead of running for hours. With {@link Add1Search#JUMP}
   * real elections need far fewer (Okęcie 2019: under 1,000; a budget of 1e10 with 10 voters: a
   * few).
   */
  public static final int MAX_ADD1_RUNS = 1_000_000;

  /**
   * Unchanged add1 steps after which {@link Add1Search#JUMP} looks ahead (cardinal utilities; cost
   * utilities walk over certified ranges instead).
   */
  static final int PLATEAU = 1024;

  private final Utilities utilities;
  private final Completion completion;
  private final TieBreaking tieBreaking;
  private final boolean rounds;
  private final Add1Start add1Start;
  private final Add1Search add1Search;
  private final boolean neverBelowPlain;
  private int plateau = PLATEAU;

  private EqualShares(
      Utilities utilities, Completion completion, TieBreaking tieBreaking, boolean rounds) {
    this(utilities, completion, tieBreaking, rounds, Add1Start.FLOORED, Add1Search.JUMP, false);
  }

  /**
   * Returns this rule looking ahead after fewer unchanged steps (tests exercise the jump with 1).
   *
   * @param steps the unchanged steps, at least 1
   * @return the new rule
   */
  EqualShares withPlateau(int steps) {
    EqualShares e =
        new EqualShares(
            utilities, completion, tieBreaking, rounds, add1Start, add1Search, neverBelowPlain);
    e.plateau = steps;
    return e;
  }

  private EqualShares(
      Utilities utilities,
      Completion completion,
      TieBreaking tieBreaking,
      boolean rounds,
      Add1Start add1Start,
      Add1Search add1Search,
      boolean neverBelowPlain) {
    this.utilities = utilities;
    this.completion = completion;
    this.tieBreaking = tieBreaking;
    this.rounds = rounds;
    this.add1Start = add1Start;
    this.add1Search = add1Search;
    this.neverBelowPlain = neverBelowPlain;
  }

  /**
   * Returns this rule with another add1 start.
   *
   * @param start the start, not null
   * @return the new rule
   */
  public EqualShares withAdd1Start(Add1Start start) {
    return new EqualShares(
        utilities,
        completion,
        tieBreaking,
        rounds,
        Objects.requireNonNull(start, "start"),
        add1Search,
        neverBelowPlain);
  }

  /**
   * Returns this rule with another add1 search (the outcome is the same; only the work differs).
   *
   * @param search the search, not null
   * @return the new rule
   */
  public EqualShares withAdd1Search(Add1Search search) {
    return new EqualShares(
        utilities,
        completion,
        tieBreaking,
        rounds,
        add1Start,
        Objects.requireNonNull(search, "search"),
        neverBelowPlain);
  }

  /**
   * Returns this rule such that add1 never funds less than plain Equal Shares: when the add1
   * outcome costs less in total than Equal Shares without completion at the real budget, the latter
   * is the outcome (its virtual budget is then the real budget).
   *
   * @return the new rule
   */
  public EqualShares withAdd1NeverBelowPlain() {
    return new EqualShares(utilities, completion, tieBreaking, rounds, add1Start, add1Search, true);
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
        utilities,
        Objects.requireNonNull(completion, "completion"),
        tieBreaking,
        rounds,
        add1Start,
        add1Search,
        neverBelowPlain);
  }

  /**
   * Returns this rule with another tie-break.
   *
   * @param tieBreaking the tie-break, not null
   * @return the new rule
   */
  public EqualShares withTieBreaking(TieBreaking tieBreaking) {
    return new EqualShares(
        utilities,
        completion,
        Objects.requireNonNull(tieBreaking, "tieBreaking"),
        rounds,
        add1Start,
        add1Search,
        neverBelowPlain);
  }

  /**
   * Returns this rule without the per-round explanation (prices and payments): the outcome's {@code
   * rounds} list is empty, the selection is the same, and large instances are counted without the
   * exact replay that the explanation needs.
   *
   * @return the new rule
   */
  public EqualShares withoutRoundDetails() {
    return new EqualShares(
        utilities, completion, tieBreaking, false, add1Start, add1Search, neverBelowPlain);
  }

  /**
   * Selects projects.
   *
   * @param budget the budget, not null
   * @return the outcome, with every round's payments
   * @throws VotingException {@code BALLOT_KIND_MISMATCH} when cardinal utilities meet ranked or
   *     yes/no ballots, {@code VOTING_NO_BALLOTS} when there is no voter, {@code
   *     BUDGET_AMOUNT_TOO_LARGE} when amounts times voters leave the range of a long, {@code
   *     BUDGET_COMPLETION_TOO_MANY_RUNS} when add1 reaches {@link #MAX_ADD1_RUNS}
   */
  public BudgetOutcome allocate(ParticipatoryBudget budget) {
    Objects.requireNonNull(budget, "budget");
    try {
      return count(budget);
    } catch (ArithmeticException e) {
      throw new VotingException(VotingError.BUDGET_AMOUNT_TOO_LARGE);
    }
  }

  private BudgetOutcome count(ParticipatoryBudget budget) {
    Prepared prep = prepare(budget);
    long n = prep.engine.voters();
    long real = budget.budget();
    EqualSharesEngine.Outcome out;
    long virtual;
    int runs = 1;
    boolean add1 = completion == Completion.ADD1 || completion == Completion.ADD1_UTILITARIAN;
    if (add1) {
      long[] state = add1(prep, budget);
      virtual = state[0];
      runs = (int) state[1];
      out = prep.engine.run(virtual, rounds);
      if (neverBelowPlain) {
        EqualSharesEngine.Outcome plain = prep.engine.run(real, rounds);
        if (plain.totalCost(prep.cost) > out.totalCost(prep.cost)) {
          out = plain;
          virtual = real;
        }
      }
    } else {
      virtual = real;
      out = prep.engine.run(virtual, rounds);
    }
    List<BallotProject> projects = budget.projects();
    List<BudgetOutcome.Selection> selected = new ArrayList<>();
    List<BudgetOutcome.EqualSharesRound> rounds = new ArrayList<>();
    List<ResolvedTie> ties = new ArrayList<>();
    int number = 0;
    if (out.rounds() == null) {
      for (int j : out.selected()) {
        BallotProject p = projects.get(j);
        selected.add(
            new BudgetOutcome.Selection(
                p.id(), p.cost(), prep.approvals.get(p.id()), "equal shares"));
      }
    }
    for (EqualSharesEngine.Round r :
        out.rounds() == null ? List.<EqualSharesEngine.Round>of() : out.rounds()) {
      number++;
      BallotProject p = projects.get(r.project());
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
      for (BallotProject p : projects) {
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

  /**
   * The add1 walk: returns {final virtual budget, runs}. Steps are one currency unit per voter.
   * With {@link Add1Search#JUMP} and cost utilities, {@link Add1Walk} certifies ranges of steps
   * instead of running each. With cardinal utilities, after {@code plateau} unchanged steps, the
   * exact stability distance says how many steps certainly give the same outcome.
   */
  private long[] add1(Prepared prep, ParticipatoryBudget budget) {
    long real = budget.budget();
    long step = Math.multiplyExact(prep.engine.voters(), budget.currencyUnit());
    long virtual = add1Start == Add1Start.FLOORED ? real / step * step : real;
    boolean jump = add1Search == Add1Search.JUMP;
    if (jump) {
      Add1Walk.Result w =
          Add1Walk.walk(prep.engine, virtual, step, real, prep.supported, MAX_ADD1_RUNS);
      if (w != null) {
        if (w.tooMany()) {
          throw new VotingException(VotingError.BUDGET_COMPLETION_TOO_MANY_RUNS, MAX_ADD1_RUNS);
        }
        return new long[] {w.virtual(), w.runs()};
      }
    }
    Selections walk = prep.engine.selections();
    int[] selection = walk.select(virtual);
    long runs = 1;
    long same = 0;
    long sinceCheck = 0;
    long checkCost = 0;
    while (selection.length < prep.supported) {
      if (runs >= MAX_ADD1_RUNS) {
        throw new VotingException(VotingError.BUDGET_COMPLETION_TOO_MANY_RUNS, MAX_ADD1_RUNS);
      }
      long k = 1;
      if (jump && same >= plateau && (plateau < PLATEAU || sinceCheck >= checkCost)) {
        long t = System.nanoTime();
        EqualSharesEngine.Stability st = prep.engine.stability(virtual, 2 * step);
        checkCost = System.nanoTime() - t;
        sinceCheck = 0;
        runs++;
        k = steps(st.distance(), step);
        if (k == Long.MAX_VALUE) {
          break;
        }
        if (runs >= MAX_ADD1_RUNS) {
          throw new VotingException(VotingError.BUDGET_COMPLETION_TOO_MANY_RUNS, MAX_ADD1_RUNS);
        }
      }
      long next = Math.addExact(virtual, Math.multiplyExact(k, step));
      long t = System.nanoTime();
      int[] candidate = walk.select(next);
      sinceCheck += System.nanoTime() - t;
      runs++;
      if (totalCost(candidate, prep.cost) > real) {
        virtual += (k - 1) * step;
        break;
      }
      same = java.util.Arrays.equals(candidate, selection) ? same + k : 0;
      selection = candidate;
      virtual = next;
    }
    return new long[] {virtual, runs};
  }

  /** The number of steps to the first one at or beyond the distance (at least 1). */
  private static long steps(Rational distance, long step) {
    if (distance == null) {
      return Long.MAX_VALUE;
    }
    java.math.BigInteger[] qr =
        distance
            .numerator()
            .divideAndRemainder(
                distance.denominator().multiply(java.math.BigInteger.valueOf(step)));
    java.math.BigInteger k = qr[1].signum() > 0 ? qr[0].add(java.math.BigInteger.ONE) : qr[0];
    if (k.signum() <= 0) {
      return 1;
    }
    return k.bitLength() < 62 ? k.longValue() : Long.MAX_VALUE / 4;
  }

  private static long totalCost(int[] selected, long[] cost) {
    long t = 0;
    for (int j : selected) {
      t = Math.addExact(t, cost[j]);
    }
    return t;
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
    List<BallotProject> projects = budget.projects();
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
        new TieContext(projects.stream().map(BallotProject::id).toList(), costs, approvals);
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
