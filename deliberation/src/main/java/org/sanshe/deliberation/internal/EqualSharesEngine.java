package org.sanshe.deliberation.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Method of Equal Shares on groups of identical voters, in exact arithmetic. Voters of group g
 * (there are {@code count[g]}) have utility {@code u} for each project they support; a project j is
 * affordable at price rho when its supporters paying {@code min(money, rho * u)} cover its cost;
 * each round selects the affordable project with the smallest rho (ties: the smaller priority
 * index), and its supporters pay. With utility = cost this is Equal Shares with cost utilities,
 * where rho * cost is the per-voter payment cap p.
 *
 * <p>Money is scaled so that every voter starts with a whole number: with virtual budget B and n
 * voters every amount is multiplied by {@code n / gcd(B, n)}. Prices are only ever lower bounds of
 * later prices (money only decreases), so each round recomputes only the projects whose last price
 * could still beat the best one. The engine is immutable after construction; {@link #run} is
 * thread-safe.
 */
public final class EqualSharesEngine {

  private final int projects;
  private final long[] cost;
  private final long[] count;
  private final int[][] supporters;
  private final long[][] utility;
  private final int[] priority;
  private final long voters;
  private final boolean costUtilities;
  private final int[][] ballots;

  /**
   * Creates the engine.
   *
   * @param cost the cost of each project, non-negative
   * @param count the number of voters in each group, positive
   * @param supporters for each project, the groups with positive utility for it
   * @param utility for each project, the utility of each supporting group (aligned), positive
   * @param priority for each project, its place in the tie-break order (0 most preferred)
   * @param costUtilities whether every supporter's utility is the project's cost, which enables the
   *     certified integer fast path
   */
  public EqualSharesEngine(
      long[] cost,
      long[] count,
      int[][] supporters,
      long[][] utility,
      int[] priority,
      boolean costUtilities) {
    this.costUtilities = costUtilities;
    this.projects = cost.length;
    this.cost = cost.clone();
    this.count = count.clone();
    this.supporters = supporters;
    this.utility = utility;
    this.priority = priority.clone();
    long n = 0;
    for (long c : count) {
      n = Math.addExact(n, c);
    }
    this.voters = n;
    int[] length = new int[count.length];
    for (int[] sup : supporters) {
      for (int g : sup) {
        length[g]++;
      }
    }
    this.ballots = new int[count.length][];
    for (int g = 0; g < count.length; g++) {
      ballots[g] = new int[length[g]];
      length[g] = 0;
    }
    for (int j = 0; j < supporters.length; j++) {
      for (int g : supporters[j]) {
        ballots[g][length[g]++] = j;
      }
    }
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
   * One round: the project selected, its price and who paid.
   *
   * @param project the project's index
   * @param rho the price per unit of utility, in scaled money
   * @param payers voters who paid
   * @param exhausted payers who paid all their remaining money
   * @param tied projects tied with it at the same price (including it), in priority order
   */
  public record Round(int project, Rational rho, long payers, long exhausted, int[] tied) {}

  /**
   * The outcome of one run.
   *
   * @param selected the projects selected, in order
   * @param rounds one round per selected project
   * @param scale the money scale (real amount = scaled amount / scale)
   * @param moneyLeft the money left with the voters, scaled (null when not explained)
   * @param certified whether the integer fast path decided it (false: exact rationals)
   */
  public record Outcome(
      int[] selected, List<Round> rounds, long scale, Rational moneyLeft, boolean certified) {

    /**
     * Returns the total cost of the selected projects.
     *
     * @param cost the costs
     * @return the sum
     */
    public long totalCost(long[] cost) {
      long t = 0;
      for (int j : selected) {
        t = Math.addExact(t, cost[j]);
      }
      return t;
    }
  }

  /**
   * Runs Equal Shares with a virtual budget: with cost utilities first on the certified fast path
   * (explained, when asked, by an exact replay of its selections, or by the exact run when a round
   * was an exact tie), falling back to exact rationals when a decision is not certified.
   *
   * @param budget the virtual total budget, zero or more
   * @param explain whether to record the rounds and the money left
   * @return the outcome
   */
  public Outcome run(long budget, boolean explain) {
    if (costUtilities) {
      boolean[] tied = new boolean[1];
      int[] fast = CertifiedRun.run(this, budget, tied);
      if (fast != null) {
        if (!explain) {
          return new Outcome(fast, null, voters / gcd(budget, voters), null, true);
        }
        // an explanation lists the projects tied in each round, which only the exact run records
        return tied[0] ? runExact(budget, true) : replay(budget, fast);
      }
    }
    return runExact(budget, explain);
  }

  /**
   * Returns a workspace for many selections of this engine at different budgets (add1), which
   * reuses its arrays from run to run and can certify that a range of budgets selects the same.
   *
   * @return a new workspace, not thread-safe
   */
  public Selections selections() {
    return new Selections(this);
  }

  /**
   * How far above a virtual budget the outcome is certainly the same: every decision of the run at
   * {@code budget} is the sign of an affine function of the budget, and the result is the distance
   * to the nearest root of one that moves (see {@code Add1Jump}). For every budget b with {@code
   * budget <= b < budget + distance}, {@code run(b, false).selected()} equals {@code run(budget,
   * false).selected()}.
   *
   * @param budget the virtual budget, zero or more
   * @param useful the smallest distance worth computing in full: once the distance is certainly
   *     below it the computation stops early with a null selection (0: compute in full)
   * @return the selection at {@code budget} (null when stopped early) and the distance (null: the
   *     outcome never changes)
   * @throws ArithmeticException when a scaled amount does not fit a long
   */
  public Stability stability(long budget, long useful) {
    Add1Jump.Result r = Add1Jump.run(this, budget, useful);
    return new Stability(r.selected(), r.stable());
  }

  /**
   * The outcome at a virtual budget and how far it stays the same.
   *
   * @param selected the projects selected, in order
   * @param distance how much the budget may grow (exclusive) with the same outcome; null for
   *     without limit
   */
  public record Stability(int[] selected, Rational distance) {}

  /**
   * Runs Equal Shares with a virtual budget in exact rational arithmetic only.
   *
   * @param budget the virtual total budget, zero or more
   * @param explain whether to record the rounds and the money left
   * @return the outcome
   */
  public Outcome runExact(long budget, boolean explain) {
    long g = gcd(budget, voters);
    long scale = voters / g;
    long start = budget / g;
    int groups = count.length;
    Rational[] money = new Rational[groups];
    Arrays.fill(money, Rational.of(start));
    long[] scaledCost = new long[projects];
    for (int j = 0; j < projects; j++) {
      scaledCost[j] = Math.multiplyExact(cost[j], scale);
    }
    boolean[] done = new boolean[projects];
    Rational[] last = new Rational[projects];
    Integer[] order = new Integer[projects];
    int[] selected = new int[projects];
    int picked = 0;
    List<Round> rounds = explain ? new ArrayList<>() : null;
    long[] rw = new long[1];
    while (true) {
      int live = 0;
      for (int j = 0; j < projects; j++) {
        if (!done[j]) {
          order[live++] = j;
        }
      }
      if (live == 0) {
        break;
      }
      Arrays.sort(
          order,
          0,
          live,
          (a, b) -> {
            if (last[a] == null || last[b] == null) {
              return last[a] == null ? (last[b] == null ? priority[a] - priority[b] : -1) : 1;
            }
            int c = last[a].compareTo(last[b]);
            return c != 0 ? c : priority[a] - priority[b];
          });
      int best = -1;
      Rational bestRho = null;
      int[] tied = new int[live];
      int ties = 0;
      for (int x = 0; x < live; x++) {
        int j = order[x];
        if (bestRho != null && last[j] != null && last[j].compareTo(bestRho) > 0) {
          break;
        }
        Rational rho = price(j, scaledCost[j], money, rw);
        if (rho == null) {
          done[j] = true;
          continue;
        }
        last[j] = rho;
        int c = bestRho == null ? -1 : rho.compareTo(bestRho);
        if (c < 0) {
          best = j;
          bestRho = rho;
          ties = 0;
          tied[ties++] = j;
        } else if (c == 0) {
          tied[ties++] = j;
          if (priority[j] < priority[best]) {
            best = j;
          }
        }
      }
      if (best < 0) {
        break;
      }
      long[] paid = pay(best, bestRho, money);
      done[best] = true;
      selected[picked++] = best;
      if (explain) {
        int[] t = Arrays.copyOf(tied, ties);
        Integer[] boxed = Arrays.stream(t).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> priority[a] - priority[b]);
        rounds.add(
            new Round(
                best,
                bestRho,
                paid[0],
                paid[1],
                Arrays.stream(boxed).mapToInt(Integer::intValue).toArray()));
      }
    }
    Rational left = null;
    if (explain) {
      left = Rational.ZERO;
      for (int i = 0; i < groups; i++) {
        left = left.plus(money[i].times(count[i]));
      }
    }
    return new Outcome(Arrays.copyOf(selected, picked), rounds, scale, left, false);
  }

  /**
   * Explains a known outcome: replays its selections in order in exact rationals, computing each
   * selected project's price and payments. Used after the fast path when no round was an exact tie
   * (so each round's tie list is the project alone).
   *
   * @param budget the virtual budget the outcome was computed with
   * @param selected the selected projects, in order
   * @return the explained outcome
   * @throws IllegalStateException when a project is not affordable at its turn (the selection is
   *     not this engine's outcome at this budget)
   */
  public Outcome replay(long budget, int[] selected) {
    // every group's money is num[g] / den over one common denominator, so that no step needs a
    // greatest common divisor: a price (r / w) brings a new denominator den * w for everybody
    long g0 = gcd(budget, voters);
    long scale = voters / g0;
    int groups = count.length;
    BigInteger[] num = new BigInteger[groups];
    Arrays.fill(num, BigInteger.valueOf(budget / g0));
    BigInteger den = BigInteger.ONE;
    List<Round> rounds = new ArrayList<>();
    boolean[] capped = new boolean[maxSupport()];
    for (int j : selected) {
      int[] sup = supporters[j];
      long[] u = utility[j];
      // the price: r = c * den - money of the capped, w = utility of the others
      BigInteger r = BigInteger.valueOf(Math.multiplyExact(cost[j], scale)).multiply(den);
      long w = 0;
      for (int x = 0; x < sup.length; x++) {
        w = Math.addExact(w, Math.multiplyExact(count[sup[x]], u[x]));
        capped[x] = false;
      }
      boolean changed = true;
      while (changed) {
        changed = false;
        BigInteger weight = BigInteger.valueOf(w);
        // r * u for the last utility seen (with cost utilities every supporter has the same)
        long lastU = -1;
        BigInteger ru = null;
        for (int x = 0; x < sup.length; x++) {
          int g = sup[x];
          if (capped[x]) {
            continue;
          }
          if (u[x] != lastU || ru == null) {
            lastU = u[x];
            ru = r.multiply(BigInteger.valueOf(lastU));
          }
          // money < (r / w) * u  <=>  num * w < r * u
          if (num[g].multiply(weight).compareTo(ru) < 0) {
            capped[x] = true;
            changed = true;
            r = r.subtract(num[g].multiply(BigInteger.valueOf(count[g])));
            w -= count[g] * u[x];
            weight = BigInteger.valueOf(w);
            ru = null;
            if (w == 0) {
              throw new IllegalStateException("replayed project " + j + " is not affordable");
            }
          }
        }
      }
      Rational rho = Rational.of(r, den.multiply(BigInteger.valueOf(w)));
      // pay: a share rho * u is (r * u) / (den * w); what is left is over den * w
      BigInteger bw = BigInteger.valueOf(w);
      long payers = 0;
      long exhausted = 0;
      long lastU = -1;
      BigInteger share = null;
      for (int x = 0; x < sup.length; x++) {
        int g = sup[x];
        if (num[g].signum() == 0) {
          continue;
        }
        payers += count[g];
        if (u[x] != lastU || share == null) {
          lastU = u[x];
          share = r.multiply(BigInteger.valueOf(lastU));
        }
        BigInteger held = num[g].multiply(bw);
        if (held.compareTo(share) <= 0) {
          exhausted += count[g];
          num[g] = BigInteger.ZERO;
        } else {
          // marked negative until every group is brought to the new denominator below
          num[g] = held.subtract(share).negate();
        }
      }
      for (int g = 0; g < groups; g++) {
        int sign = num[g].signum();
        if (sign < 0) {
          num[g] = num[g].negate();
        } else if (sign > 0) {
          num[g] = num[g].multiply(bw);
        }
      }
      den = den.multiply(bw);
      rounds.add(new Round(j, rho, payers, exhausted, new int[] {j}));
    }
    BigInteger total = BigInteger.ZERO;
    for (int g = 0; g < groups; g++) {
      if (num[g].signum() > 0) {
        total = total.add(num[g].multiply(BigInteger.valueOf(count[g])));
      }
    }
    return new Outcome(selected.clone(), rounds, scale, Rational.of(total, den), true);
  }

  private int maxSupport() {
    int max = 0;
    for (int[] sup : supporters) {
      max = Math.max(max, sup.length);
    }
    return max;
  }

  /** Returns rho for project j, or null when its supporters cannot afford it. */
  private Rational price(int j, long c, Rational[] money, long[] scratch) {
    int[] sup = supporters[j];
    long[] u = utility[j];
    if (sup.length == 0) {
      return null;
    }
    if (c == 0) {
      return Rational.ZERO;
    }
    Rational r = Rational.of(c);
    long w = 0;
    for (int x = 0; x < sup.length; x++) {
      w = Math.addExact(w, Math.multiplyExact(count[sup[x]], u[x]));
    }
    boolean[] capped = new boolean[sup.length];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int x = 0; x < sup.length; x++) {
        if (capped[x]) {
          continue;
        }
        int g = sup[x];
        // money[g] < (r / w) * u  <=>  money[g] * w < r * u
        if (money[g].compareScaled(w, r, u[x]) < 0) {
          capped[x] = true;
          changed = true;
          r = r.minus(money[g].times(count[g]));
          w -= count[g] * u[x];
          if (w == 0) {
            return null;
          }
        }
      }
    }
    return r.dividedBy(w);
  }

  /** Charges the supporters of j at price rho; returns {payers, exhausted payers}. */
  private long[] pay(int j, Rational rho, Rational[] money) {
    int[] sup = supporters[j];
    long[] u = utility[j];
    long payers = 0;
    long exhausted = 0;
    Rational share = null;
    long shareFor = -1;
    for (int x = 0; x < sup.length; x++) {
      int g = sup[x];
      if (shareFor != u[x]) {
        share = rho.times(u[x]);
        shareFor = u[x];
      }
      if (money[g].signum() > 0) {
        payers += count[g];
      }
      if (money[g].compareTo(share) <= 0) {
        if (money[g].signum() > 0) {
          exhausted += count[g];
        }
        money[g] = Rational.ZERO;
      } else {
        money[g] = money[g].minus(share);
      }
    }
    return new long[] {payers, exhausted};
  }

  long[] cost() {
    return cost;
  }

  boolean costUtilities() {
    return costUtilities;
  }

  long[][] utility() {
    return utility;
  }

  int[] priority() {
    return priority;
  }

  long[] count() {
    return count;
  }

  int[][] supporters() {
    return supporters;
  }

  int[][] ballots() {
    return ballots;
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
