package org.sanshe.deliberation.internal;

import java.util.Arrays;

/**
 * The integer fast path of Equal Shares with cost utilities: every amount of money is kept as an
 * interval {@code [lo, hi]} of fixed-point integers (scaled money times 2^shift) that certainly
 * holds the exact rational value. A decision (is a voter capped, is a project affordable, which
 * project has the lowest price per unit of cost, does a voter pay all) is taken only when the
 * intervals prove it; otherwise the run gives up and the caller re-runs it in exact rationals. So
 * every outcome it returns is the exact outcome; no floating point is involved. Stateless.
 */
final class CertifiedRun {

  private static final int UNAFFORDABLE = 1;
  private static final int AMBIGUOUS = 2;

  private CertifiedRun() {}

  /**
   * Runs the fast path.
   *
   * @param engine the engine
   * @param budget the virtual budget
   * @return the selected projects in order, or null when a decision was not certified
   */
  static int[] run(EqualSharesEngine engine, long budget) {
    long[] cost = engine.cost();
    long[] count = engine.count();
    int[][] supporters = engine.supporters();
    long n = engine.voters();
    int m = cost.length;
    long g = EqualSharesEngine.gcd(budget, n);
    long scale = n / g;
    long start = budget / g;
    long maxCost = 0;
    for (long c : cost) {
      if (c == 0) {
        return null;
      }
      maxCost = Math.max(maxCost, c);
    }
    long total;
    long biggest;
    try {
      total = Math.multiplyExact(start, n);
      biggest = Math.max(total, Math.multiplyExact(maxCost, scale));
    } catch (ArithmeticException e) {
      return null;
    }
    int shift = Math.min(40, 60 - (64 - Long.numberOfLeadingZeros(biggest)));
    if (shift < 8) {
      return null;
    }
    int groups = count.length;
    long[] lo = new long[groups];
    long[] hi = new long[groups];
    Arrays.fill(lo, start << shift);
    Arrays.fill(hi, start << shift);
    long[] scaledCost = new long[m];
    for (int j = 0; j < m; j++) {
      scaledCost[j] = (cost[j] * scale) << shift;
    }
    boolean[] done = new boolean[m];
    long[] lastLo = new long[m];
    boolean[] known = new boolean[m];
    long[] pLo = new long[m];
    long[] pHi = new long[m];
    boolean[] computed = new boolean[m];
    int maxSupporters = 0;
    for (int[] s : supporters) {
      maxSupporters = Math.max(maxSupporters, s.length);
    }
    boolean[] capped = new boolean[maxSupporters];
    long[] out = new long[2];
    Integer[] order = new Integer[m];
    int[] selected = new int[m];
    int picked = 0;
    while (true) {
      int live = 0;
      for (int j = 0; j < m; j++) {
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
            if (!known[a] || !known[b]) {
              return known[a] == known[b] ? 0 : (known[a] ? 1 : -1);
            }
            return Rational.compare128(lastLo[a], cost[b], lastLo[b], cost[a]);
          });
      Arrays.fill(computed, false);
      int best = -1;
      for (int x = 0; x < live; x++) {
        int j = order[x];
        if (best >= 0
            && known[j]
            && Rational.compare128(lastLo[j], cost[best], pHi[best], cost[j]) > 0) {
          break;
        }
        int status = price(supporters[j], count, scaledCost[j], lo, hi, capped, out);
        if (status == AMBIGUOUS) {
          return null;
        }
        if (status == UNAFFORDABLE) {
          done[j] = true;
          continue;
        }
        pLo[j] = out[0];
        pHi[j] = out[1];
        lastLo[j] = out[0];
        known[j] = true;
        computed[j] = true;
        if (best < 0 || Rational.compare128(pHi[j], cost[best], pHi[best], cost[j]) < 0) {
          best = j;
        }
      }
      if (best < 0) {
        break;
      }
      for (int k = 0; k < m; k++) {
        if (computed[k]
            && k != best
            && Rational.compare128(pLo[k], cost[best], pHi[best], cost[k]) <= 0) {
          return null;
        }
      }
      if (!pay(supporters[best], pLo[best], pHi[best], lo, hi)) {
        return null;
      }
      done[best] = true;
      selected[picked++] = best;
    }
    return Arrays.copyOf(selected, picked);
  }

  /** Bounds the price p of one project; out = {pLo, pHi}. */
  private static int price(
      int[] sup, long[] count, long c, long[] lo, long[] hi, boolean[] capped, long[] out) {
    if (sup.length == 0) {
      return UNAFFORDABLE;
    }
    long sumLo = 0;
    long sumHi = 0;
    long v = 0;
    for (int g : sup) {
      sumLo += count[g] * lo[g];
      sumHi += count[g] * hi[g];
      v += count[g];
    }
    if (sumHi < c) {
      return UNAFFORDABLE;
    }
    if (sumLo < c) {
      return AMBIGUOUS;
    }
    Arrays.fill(capped, 0, sup.length, false);
    long rLo = c;
    long rHi = c;
    boolean changed = true;
    long pLo = 0;
    long pHi = 0;
    while (changed) {
      changed = false;
      pLo = Math.floorDiv(rLo, v);
      pHi = -Math.floorDiv(-rHi, v);
      for (int x = 0; x < sup.length; x++) {
        if (capped[x]) {
          continue;
        }
        int g = sup[x];
        if (hi[g] < pLo) {
          capped[x] = true;
          changed = true;
          rLo -= count[g] * hi[g];
          rHi -= count[g] * lo[g];
          v -= count[g];
          if (v == 0) {
            return AMBIGUOUS;
          }
        }
      }
    }
    for (int x = 0; x < sup.length; x++) {
      if (!capped[x] && lo[sup[x]] < pHi) {
        return AMBIGUOUS;
      }
    }
    if (pLo < 0) {
      return AMBIGUOUS;
    }
    out[0] = pLo;
    out[1] = pHi;
    return 0;
  }

  /** Charges the supporters; false when a payment is not certified. */
  private static boolean pay(int[] sup, long pLo, long pHi, long[] lo, long[] hi) {
    for (int g : sup) {
      if (hi[g] <= pLo) {
        lo[g] = 0;
        hi[g] = 0;
      } else if (lo[g] > pHi) {
        lo[g] -= pHi;
        hi[g] -= pLo;
      } else {
        return false;
      }
    }
    return true;
  }
}
