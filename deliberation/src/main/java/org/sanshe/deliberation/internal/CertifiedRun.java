package org.sanshe.deliberation.internal;

import java.util.Arrays;

/**
 * The integer fast path of Equal Shares with cost utilities: every amount of money is kept as an
 * interval {@code [lo, hi]} of fixed-point integers (scaled money times 2^shift) that certainly
 * holds the exact rational value. A decision (is a voter capped, is a project affordable, which
 * project has the lowest price per unit of cost, does a voter pay all) is taken only when the
 * intervals prove it; otherwise the run gives up and the caller re-runs it in exact rationals. So
 * every outcome it returns is the exact outcome; no floating point is involved.
 *
 * <p>Two projects often have exactly the same price per unit of cost (with cost utilities, two
 * projects whose supporters all pay in full and have the same number of supporters do), and no
 * interval can tell equal from nearly equal. So {@link #price} also keeps the price exactly as a
 * numerator over the number of paying voters whenever every amount it used was exact; when every
 * candidate whose interval overlaps the best one's has an exact price, they are compared exactly
 * and an exact tie goes to the project earlier in the priority order, as in the exact run.
 *
 * <p>Voters who have not paid yet hold exactly their starting share, so each project keeps them as
 * one aggregated count and iterates only over the groups that have paid; groups left with nothing
 * are dropped from the lists for good. Not thread-safe: one instance per run.
 */
final class CertifiedRun {

  private static final int OK = 0;
  private static final int UNAFFORDABLE = 1;
  private static final int AMBIGUOUS = 2;

  private final long[] cost;
  private final long[] count;
  private final int[][] supporters;
  private final int[][] ballots;
  private final long[] lo;
  private final long[] hi;
  private final boolean[] touched;
  private final int[][] touchedOf;
  private final int[] touchedSize;
  private final long[] untouched;
  private final long start;
  private final boolean[] capped;
  private final int[] priority;
  private long outLo;
  private long outHi;
  private long outNum;
  private long outDen;
  private boolean exactTie;

  private CertifiedRun(EqualSharesEngine engine, long start) {
    this.cost = engine.cost();
    this.count = engine.count();
    this.supporters = engine.supporters();
    this.ballots = engine.ballots();
    this.priority = engine.priority();
    int m = cost.length;
    int groups = count.length;
    this.start = start;
    this.lo = new long[groups];
    this.hi = new long[groups];
    this.touched = new boolean[groups];
    this.touchedOf = new int[m][];
    this.touchedSize = new int[m];
    this.untouched = new long[m];
    int max = 0;
    for (int j = 0; j < m; j++) {
      touchedOf[j] = new int[supporters[j].length];
      long u = 0;
      for (int g : supporters[j]) {
        u += count[g];
      }
      untouched[j] = u;
      max = Math.max(max, supporters[j].length);
    }
    this.capped = new boolean[max];
  }

  /**
   * Runs the fast path.
   *
   * @param engine the engine
   * @param budget the virtual budget
   * @param tied set to true at index 0 when some round had projects at exactly the same price
   *     (broken by priority), so that an explanation must list the tie
   * @return the selected projects in order, or null when a decision was not certified
   */
  static int[] run(EqualSharesEngine engine, long budget, boolean[] tied) {
    long[] cost = engine.cost();
    long n = engine.voters();
    long g = EqualSharesEngine.gcd(budget, n);
    long scale = n / g;
    long perVoter = budget / g;
    long maxCost = 0;
    for (long c : cost) {
      if (c == 0) {
        return null;
      }
      maxCost = Math.max(maxCost, c);
    }
    long biggest;
    try {
      biggest = Math.max(Math.multiplyExact(perVoter, n), Math.multiplyExact(maxCost, scale));
    } catch (ArithmeticException e) {
      return null;
    }
    int shift = Math.min(40, 60 - (64 - Long.numberOfLeadingZeros(Math.max(biggest, 1))));
    if (shift < 8) {
      return null;
    }
    long[] scaledCost = new long[cost.length];
    for (int j = 0; j < cost.length; j++) {
      scaledCost[j] = (cost[j] * scale) << shift;
    }
    CertifiedRun run = new CertifiedRun(engine, perVoter << shift);
    int[] selected = run.select(scaledCost);
    tied[0] = selected != null && run.exactTie;
    return selected;
  }

  private int[] select(long[] scaledCost) {
    int m = cost.length;
    boolean[] done = new boolean[m];
    boolean[] known = new boolean[m];
    boolean[] computed = new boolean[m];
    long[] lastLo = new long[m];
    long[] pLo = new long[m];
    long[] pHi = new long[m];
    long[] pNum = new long[m];
    long[] pDen = new long[m];
    int[] order = new int[m];
    int[] selected = new int[m];
    int picked = 0;
    while (true) {
      int live = 0;
      for (int j = 0; j < m; j++) {
        if (!done[j]) {
          // insertion by lower bound of the price per unit of cost; unknown bounds first
          int x = live++;
          while (x > 0 && before(j, order[x - 1], known, lastLo)) {
            order[x] = order[x - 1];
            x--;
          }
          order[x] = j;
        }
      }
      if (live == 0) {
        break;
      }
      Arrays.fill(computed, false);
      int best = -1;
      for (int x = 0; x < live; x++) {
        int j = order[x];
        if (best >= 0
            && known[j]
            && Rational.compare128(lastLo[j], cost[best], pHi[best], cost[j]) > 0) {
          break;
        }
        int status = price(j, scaledCost[j]);
        if (status == AMBIGUOUS) {
          return null;
        }
        if (status == UNAFFORDABLE) {
          done[j] = true;
          continue;
        }
        pLo[j] = outLo;
        pHi[j] = outHi;
        pNum[j] = outNum;
        pDen[j] = outDen;
        lastLo[j] = outLo;
        known[j] = true;
        computed[j] = true;
        if (best < 0 || Rational.compare128(pHi[j], cost[best], pHi[best], cost[j]) < 0) {
          best = j;
        }
      }
      if (best < 0) {
        break;
      }
      best = certainBest(best, computed, pLo, pHi, pNum, pDen);
      if (best < 0) {
        return null;
      }
      if (!pay(best, pLo[best], pHi[best])) {
        return null;
      }
      done[best] = true;
      selected[picked++] = best;
    }
    return Arrays.copyOf(selected, picked);
  }

  /**
   * Returns the project certainly selected this round: the best by upper bound if no other interval
   * overlaps it; else, when every overlapping candidate has an exact price, the exact minimum, ties
   * to the earlier priority; else -1 (not certified).
   */
  private int certainBest(
      int best, boolean[] computed, long[] pLo, long[] pHi, long[] pNum, long[] pDen) {
    int m = cost.length;
    int chosen = best;
    boolean overlap = false;
    for (int k = 0; k < m; k++) {
      if (!computed[k]
          || k == best
          || Rational.compare128(pLo[k], cost[best], pHi[best], cost[k]) > 0) {
        continue;
      }
      overlap = true;
      if (pDen[k] == 0 || pDen[best] == 0) {
        return -1;
      }
      int c = compareExact(k, chosen, pNum, pDen);
      if (c == Integer.MIN_VALUE) {
        return -1;
      }
      if (c == 0) {
        exactTie = true;
      }
      if (c < 0 || c == 0 && priority[k] < priority[chosen]) {
        chosen = k;
      }
    }
    if (overlap && pDen[best] == 0) {
      return -1;
    }
    return chosen;
  }

  /**
   * Compares the exact prices per unit of cost of two projects, (num/den)/cost; {@code
   * Integer.MIN_VALUE} when a product does not fit.
   */
  private int compareExact(int a, int b, long[] pNum, long[] pDen) {
    long hiA = Math.multiplyHigh(pDen[b], cost[b]);
    long wa = pDen[b] * cost[b];
    long hiB = Math.multiplyHigh(pDen[a], cost[a]);
    long wb = pDen[a] * cost[a];
    if (hiA != (wa >> 63) || hiB != (wb >> 63)) {
      return Integer.MIN_VALUE;
    }
    return Rational.compare128(pNum[a], wa, pNum[b], wb);
  }

  private boolean before(int a, int b, boolean[] known, long[] lastLo) {
    if (!known[a] || !known[b]) {
      return !known[a] && known[b];
    }
    return Rational.compare128(lastLo[a], cost[b], lastLo[b], cost[a]) < 0;
  }

  /**
   * Bounds the price p of project j into outLo/outHi; when every amount used was exact, also gives
   * p exactly as outNum/outDen (else outDen is 0).
   */
  private int price(int j, long c) {
    int[] list = touchedOf[j];
    int size = touchedSize[j];
    long u = untouched[j];
    // drop groups that have nothing left: they never pay again
    long sumLo = u * start;
    long sumHi = sumLo;
    long v = u;
    int kept = 0;
    for (int x = 0; x < size; x++) {
      int g = list[x];
      if (hi[g] == 0) {
        continue;
      }
      list[kept++] = g;
      sumLo += count[g] * lo[g];
      sumHi += count[g] * hi[g];
      v += count[g];
    }
    touchedSize[j] = kept;
    size = kept;
    if (sumHi < c) {
      return UNAFFORDABLE;
    }
    if (sumLo < c) {
      return AMBIGUOUS;
    }
    Arrays.fill(capped, 0, size, false);
    boolean untouchedCapped = false;
    long rLo = c;
    long rHi = c;
    while (true) {
      long pLo = Math.floorDiv(rLo, v);
      long pHi = -Math.floorDiv(-rHi, v);
      boolean changed = false;
      boolean unsure = false;
      if (!untouchedCapped && u > 0) {
        if (start < pLo) {
          untouchedCapped = true;
          changed = true;
          rLo -= u * start;
          rHi -= u * start;
          v -= u;
        } else if (start < pHi) {
          unsure = true;
        }
      }
      for (int x = 0; x < size; x++) {
        if (capped[x]) {
          continue;
        }
        int g = list[x];
        if (hi[g] < pLo) {
          capped[x] = true;
          changed = true;
          rLo -= count[g] * hi[g];
          rHi -= count[g] * lo[g];
          v -= count[g];
        } else if (lo[g] < pHi) {
          unsure = true;
        }
      }
      if (v == 0) {
        return AMBIGUOUS;
      }
      if (!changed) {
        if (unsure || pLo < 0) {
          return AMBIGUOUS;
        }
        outLo = pLo;
        outHi = pHi;
        outNum = rLo;
        outDen = rLo == rHi ? v : 0;
        return OK;
      }
    }
  }

  /** Charges the supporters of j; false when a payment is not certified. */
  private boolean pay(int j, long pLo, long pHi) {
    for (int g : supporters[j]) {
      if (hi[g] == 0 && touched[g]) {
        continue;
      }
      long l = touched[g] ? lo[g] : start;
      long h = touched[g] ? hi[g] : start;
      if (h <= pLo) {
        l = 0;
        h = 0;
      } else if (l > pHi) {
        l -= pHi;
        h -= pLo;
      } else {
        return false;
      }
      if (!touched[g]) {
        touched[g] = true;
        for (int k : ballots[g]) {
          touchedOf[k][touchedSize[k]++] = g;
          untouched[k] -= count[g];
        }
      }
      lo[g] = l;
      hi[g] = h;
    }
    return true;
  }
}
