package org.sanshe.deliberation.internal;

import java.util.Arrays;

/**
 * How far the virtual budget of Equal Shares can grow before its outcome can change: the exact jump
 * behind add1.
 *
 * <p>Run Equal Shares at a virtual budget t and follow every value as an affine function of t:
 * every voter starts with t/n; a project's price, with the set of supporters it caps fixed, is
 * (cost - money of the capped) / (utility of the others), affine in t; a payment min(money, price *
 * utility), with the case fixed, is affine in t. Every decision of the run is the sign of such an
 * affine function: a project is affordable (its supporters' money minus its cost), a supporter is
 * capped or not (money minus price times utility), a project has the lowest price (its price minus
 * another's; ties go to the tie-break order), a payer pays all or not. As long as none of these
 * signs changes, every decision is the same and so is the outcome. The run records, for each
 * decision, the distance to the root of its function (0 when the function is zero at t and moves),
 * and returns the smallest: the outcome is the same for every budget in [t, t + that).
 *
 * <p>Voters who have not paid yet all hold t/n, so each project keeps them as one aggregated count;
 * voters left with nothing never pay again and are dropped (for a project of positive cost the
 * price is positive, so they are capped at every budget). Amounts are scaled by n so that every
 * voter starts with exactly t. Stateless; one call allocates its own arrays, so it is thread-safe.
 */
final class Add1Jump {

  private Add1Jump() {}

  /** An affine function of the virtual budget: value at the budget evaluated, and slope. */
  private record Affine(Rational v, Rational s) {

    static final Affine ZERO = new Affine(Rational.ZERO, Rational.ZERO);

    Affine plus(Affine o) {
      return new Affine(v.plus(o.v), s.plus(o.s));
    }

    Affine minus(Affine o) {
      return new Affine(v.minus(o.v), s.minus(o.s));
    }

    Affine times(long k) {
      return new Affine(v.times(k), s.times(k));
    }

    Affine dividedBy(long k) {
      return new Affine(v.dividedBy(k), s.dividedBy(k));
    }
  }

  /** The outcome at the budget evaluated and how far it stays the same. */
  record Result(int[] selected, Rational stable) {}

  /** The smallest distance seen so far; null for none (the outcome never changes). */
  private static final class Horizon {
    Rational min;
    final Rational enough;

    Horizon(Rational enough) {
      this.enough = enough;
    }

    /** Whether the distance is already below what the caller can use. */
    boolean useless() {
      return enough != null && min != null && min.compareTo(enough) < 0;
    }

    /** Records a decision taken on the sign of f. */
    void watch(Affine f) {
      int sv = f.v.signum();
      int ss = f.s.signum();
      if (ss == 0 || (sv > 0 && ss > 0) || (sv < 0 && ss < 0)) {
        return;
      }
      Rational d = sv == 0 ? Rational.ZERO : f.v.dividedBy(f.s).negated();
      if (min == null || d.compareTo(min) < 0) {
        min = d;
      }
    }
  }

  /**
   * Runs Equal Shares at a virtual budget and measures how far its outcome is certainly constant.
   *
   * @param engine the engine
   * @param budget the virtual budget t, zero or more
   * @param useful the smallest distance the caller can use: once the distance is certainly below
   *     it, the run stops early and returns that smaller distance with a null selection (0: never
   *     stop early)
   * @return the outcome at t and the distance d such that every budget in [t, t + d) has the same
   *     outcome (null distance: no decision depends on the budget)
   * @throws ArithmeticException when a scaled amount does not fit a long (callers turn it into a
   *     coded error)
   */
  static Result run(EqualSharesEngine engine, long budget, long useful) {
    long n = engine.voters();
    long[] cost = engine.cost();
    long[] count = engine.count();
    int[][] supporters = engine.supporters();
    long[][] utility = engine.utility();
    int[] priority = engine.priority();
    int m = cost.length;
    int groups = count.length;
    Affine[] money = new Affine[groups];
    Arrays.fill(money, new Affine(Rational.of(budget), Rational.of(1)));
    boolean[] selected = new boolean[m];
    int[] order = new int[m];
    int picked = 0;
    Horizon horizon = new Horizon(useful > 0 ? Rational.of(useful) : null);
    Affine[] rho = new Affine[m];
    boolean[] affordable = new boolean[m];
    int maxSupport = 0;
    for (int[] s : supporters) {
      maxSupport = Math.max(maxSupport, s.length);
    }
    boolean[] capped = new boolean[maxSupport];
    while (true) {
      int best = -1;
      Arrays.fill(affordable, false);
      for (int j = 0; j < m; j++) {
        if (selected[j] || supporters[j].length == 0) {
          continue;
        }
        Affine price =
            price(
                j,
                Math.multiplyExact(cost[j], n),
                money,
                count,
                supporters[j],
                utility[j],
                capped,
                horizon);
        if (price == null) {
          if (horizon.useless()) {
            return new Result(null, horizon.min);
          }
          continue;
        }
        if (horizon.useless()) {
          return new Result(null, horizon.min);
        }
        rho[j] = price;
        affordable[j] = true;
        if (best < 0) {
          best = j;
        } else {
          int c = price.v.compareTo(rho[best].v);
          if (c < 0 || (c == 0 && priority[j] < priority[best])) {
            best = j;
          }
        }
      }
      if (best < 0) {
        break;
      }
      for (int k = 0; k < m; k++) {
        if (affordable[k] && k != best) {
          // rho_k - rho_best stays positive (or, after best in the tie order, non-negative)
          horizon.watch(rho[k].minus(rho[best]));
        }
      }
      pay(supporters[best], utility[best], rho[best], money, horizon);
      if (horizon.useless()) {
        return new Result(null, horizon.min);
      }
      selected[best] = true;
      order[picked++] = best;
    }
    return new Result(Arrays.copyOf(order, picked), horizon.min);
  }

  /** The price of a project as an affine function, or null when it is not affordable. */
  private static Affine price(
      int j,
      long c,
      Affine[] money,
      long[] count,
      int[] sup,
      long[] u,
      boolean[] capped,
      Horizon horizon) {
    if (c == 0) {
      return Affine.ZERO;
    }
    Affine total = Affine.ZERO;
    long w = 0;
    for (int x = 0; x < sup.length; x++) {
      Affine m = money[sup[x]];
      capped[x] = m.v.signum() == 0 && m.s.signum() == 0;
      if (!capped[x]) {
        total = total.plus(m.times(count[sup[x]]));
        w = Math.addExact(w, Math.multiplyExact(count[sup[x]], u[x]));
      }
    }
    Affine surplus = total.minus(new Affine(Rational.of(c), Rational.ZERO));
    horizon.watch(surplus);
    if (surplus.v.signum() < 0) {
      return null;
    }
    Rational r = Rational.of(c);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int x = 0; x < sup.length; x++) {
        if (capped[x]) {
          continue;
        }
        Rational mv = money[sup[x]].v;
        if (mv.compareScaled(w, r, u[x]) < 0) {
          capped[x] = true;
          changed = true;
          r = r.minus(mv.times(count[sup[x]]));
          w -= count[sup[x]] * u[x];
        }
      }
    }
    Affine rest = new Affine(Rational.of(c), Rational.ZERO);
    for (int x = 0; x < sup.length; x++) {
      Affine m = money[sup[x]];
      if (capped[x] && !(m.v.signum() == 0 && m.s.signum() == 0)) {
        rest = rest.minus(m.times(count[sup[x]]));
      }
    }
    if (w == 0) {
      return null;
    }
    Affine price = rest.dividedBy(w);
    for (int x = 0; x < sup.length; x++) {
      Affine m = money[sup[x]];
      if (m.v.signum() == 0 && m.s.signum() == 0) {
        continue;
      }
      Affine room = m.minus(price.times(u[x]));
      // capped: money < price * u stays negative; uncapped: stays non-negative
      horizon.watch(room);
    }
    return price;
  }

  /** Charges the supporters of the selected project. */
  private static void pay(int[] sup, long[] u, Affine price, Affine[] money, Horizon horizon) {
    for (int x = 0; x < sup.length; x++) {
      int g = sup[x];
      Affine m = money[g];
      if (m.v.signum() == 0 && m.s.signum() == 0) {
        continue;
      }
      Affine left = m.minus(price.times(u[x]));
      horizon.watch(left);
      money[g] = left.v.signum() <= 0 ? Affine.ZERO : left;
    }
  }
}
