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
 * one aggregated count and iterates only over the groups that have paid. Which groups have paid
 * after a round depends only on the projects selected so far, not on the budget, so the lists of
 * paying groups (and which groups pay for the first time in each round) are kept from one run to
 * the next and only rebuilt from the first round whose project differs from the last run's; each
 * run copies them into its own lists, from which groups left with nothing are dropped for good. A
 * selected project charges the groups its price listed and then the new payers, who all pay the
 * same, instead of every supporter.
 *
 * <p>An instance is a reusable workspace: {@link #select(long, CertifiedRun, CertifiedRun)} resets
 * it and runs again without allocating (after the first runs). Each round keeps the upper bound of
 * the selected project's price and a lower bound of every other live project's price, so that two
 * runs of the same engine can later be compared without running again ({@link #sameBetween}), and a
 * run between two others can use the larger run's bounds to price fewer projects. Not thread-safe:
 * one instance per thread; workspaces that share their lists ({@link Paths}) run one at a time.
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
  private final Paths paths;
  private final int[][] touchedOf;
  private final int[] touchedSize;
  private final long[] untouched;
  private final long[] supportCount;
  private final int[] priority;
  private final long n;
  private final boolean anyFree;
  private final boolean[] done;
  private final boolean[] known;
  private final boolean[] computed;
  private final int[] computedList;
  private final long[] lastLo;
  private final long[] pLo;
  private final long[] pHi;
  private final long[] pNum;
  private final long[] pDen;
  private final int[] order;
  private final int[] selected;
  private final long[] roundHi;
  private final long[][] roundLow;
  private final int[] prevSel;
  private final int[][] savedSize;
  private final long[][] savedUntouched;
  private final int[][] liveOf;
  private final int[] liveSize;
  private final int[] copied;
  private final int[] aside;
  private final int[] fresh;
  private final int[] freshStart;
  private boolean reusing;
  private boolean lowerFailed;
  private CertifiedRun upper;
  private boolean upperValid;
  private long start;
  private long scale;
  private int shift;
  private int picked;
  private boolean certified;
  private boolean same;
  private long outLo;
  private long outHi;
  private long outNum;
  private long outDen;
  private boolean exactTie;

  /**
   * What the runs of one engine share: the lists of paying groups of each project and the new
   * payers of each round, which depend only on the projects selected so far, with the selection
   * they were built for; and the working arrays of a run (money, lists, prices), which only the
   * running run uses. A run keeps only its record (selection and price bounds of each round), so
   * workspaces sharing one instance must run one at a time.
   */
  static final class Paths {
    final int[][] touchedOf;
    final int[] touchedSize;
    final long[] untouched;
    final int[] prevSel;
    final int[][] savedSize;
    final long[][] savedUntouched;
    final int[] fresh;
    final int[] freshStart;
    int savedRounds;
    final long[] supportCount;
    final boolean anyFree;
    final long[] lo;
    final long[] hi;
    final boolean[] touched;
    final int[][] liveOf;
    final int[] liveSize;
    final int[] copied;
    final int[] aside;
    final boolean[] done;
    final boolean[] known;
    final boolean[] computed;
    final int[] computedList;
    final long[] lastLo;
    final long[] pLo;
    final long[] pHi;
    final long[] pNum;
    final long[] pDen;
    final int[] order;

    /**
     * Creates empty lists and working arrays for the engine's runs.
     *
     * @param engine the engine
     */
    Paths(EqualSharesEngine engine) {
      int[][] supporters = engine.supporters();
      long[] count = engine.count();
      long[] cost = engine.cost();
      int m = supporters.length;
      int groups = count.length;
      this.touchedOf = new int[m][];
      this.liveOf = new int[m][];
      this.supportCount = new long[m];
      int widest = 0;
      boolean free = false;
      for (int j = 0; j < m; j++) {
        touchedOf[j] = new int[supporters[j].length];
        liveOf[j] = new int[supporters[j].length];
        long u = 0;
        for (int g : supporters[j]) {
          u += count[g];
        }
        supportCount[j] = u;
        widest = Math.max(widest, supporters[j].length);
        free |= cost[j] == 0;
      }
      this.anyFree = free;
      this.touchedSize = new int[m];
      this.untouched = new long[m];
      this.prevSel = new int[m];
      this.savedSize = new int[m][];
      this.savedUntouched = new long[m][];
      // one more than the groups: every supporter is written, and only new payers kept
      this.fresh = new int[groups + 1];
      this.freshStart = new int[m + 1];
      this.lo = new long[groups];
      this.hi = new long[groups];
      this.touched = new boolean[groups];
      this.liveSize = new int[m];
      this.copied = new int[m];
      this.aside = new int[widest];
      this.done = new boolean[m];
      this.known = new boolean[m];
      this.computed = new boolean[m];
      this.computedList = new int[m];
      this.lastLo = new long[m];
      this.pLo = new long[m];
      this.pHi = new long[m];
      this.pNum = new long[m];
      this.pDen = new long[m];
      this.order = new int[m];
    }
  }

  /**
   * Creates a workspace for runs of the engine, with lists of its own.
   *
   * @param engine the engine
   */
  CertifiedRun(EqualSharesEngine engine) {
    this(engine, new Paths(engine));
  }

  /**
   * Creates a workspace for runs of the engine that shares its lists and working arrays with other
   * workspaces; they must run one at a time.
   *
   * @param engine the engine
   * @param paths the shared lists, created for the same engine
   */
  CertifiedRun(EqualSharesEngine engine, Paths paths) {
    this.paths = paths;
    this.cost = engine.cost();
    this.count = engine.count();
    this.supporters = engine.supporters();
    this.ballots = engine.ballots();
    this.priority = engine.priority();
    this.n = engine.voters();
    int m = cost.length;
    this.lo = paths.lo;
    this.hi = paths.hi;
    this.touched = paths.touched;
    this.touchedOf = paths.touchedOf;
    this.touchedSize = paths.touchedSize;
    this.untouched = paths.untouched;
    this.supportCount = paths.supportCount;
    this.anyFree = paths.anyFree;
    this.done = paths.done;
    this.known = paths.known;
    this.computed = paths.computed;
    this.computedList = paths.computedList;
    this.lastLo = paths.lastLo;
    this.pLo = paths.pLo;
    this.pHi = paths.pHi;
    this.pNum = paths.pNum;
    this.pDen = paths.pDen;
    this.order = paths.order;
    this.selected = new int[m];
    this.roundHi = new long[m];
    this.roundLow = new long[m][];
    this.prevSel = paths.prevSel;
    this.liveOf = paths.liveOf;
    this.liveSize = paths.liveSize;
    this.copied = paths.copied;
    this.fresh = paths.fresh;
    this.aside = paths.aside;
    this.freshStart = paths.freshStart;
    this.savedSize = paths.savedSize;
    this.savedUntouched = paths.savedUntouched;
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
    CertifiedRun run = new CertifiedRun(engine);
    int[] selected = run.select(budget, null, null);
    tied[0] = selected != null && run.exactTie;
    return selected;
  }

  /**
   * Runs the fast path at a virtual budget, reusing this workspace.
   *
   * <p>With {@code lower}, a certified run of the same engine at a smaller budget with the same
   * money scale, it also decides {@link #same()}: whether every budget in between certainly selects
   * the same projects in the same order. The argument: while the rounds before round r select the
   * same projects, every voter's money after them is non-decreasing in the budget (a price is
   * non-increasing in the supporters' money and what is left, {@code max(0, money - price)}, is
   * non-decreasing), so in round r the selected project's price at any budget in between is at most
   * its price at the lower budget, and every other project that is affordable there is affordable
   * at the upper budget and costs at least its price there. So when the lower run's price of round
   * r's project is certainly below every other live project's price in the upper run (a project
   * unaffordable at the upper budget is unaffordable below it), round r selects that project at
   * every budget in between; by induction over the rounds, and since no project is left affordable
   * at the upper budget after the last round, the whole selection is the same. The run goes on to
   * the end when the answer is no, so that it can serve as an end of other ranges.
   *
   * <p>With {@code upper}, a certified run at a larger budget with the same money scale: by the
   * same argument, as long as this run has selected what {@code upper} selected, every price here
   * is at least its price there, so {@code upper}'s lower bounds of round r are lower bounds here
   * and a project unaffordable there in round r is unaffordable here. They only spare work: the
   * outcome is the same without them.
   *
   * @param budget the virtual budget
   * @param lower a certified run at a smaller budget, or null
   * @param upper a certified run at a larger budget, or null
   * @return the selected projects in order, or null when a decision was not certified
   */
  int[] select(long budget, CertifiedRun lower, CertifiedRun upper) {
    certified = false;
    same = false;
    exactTie = false;
    long g = EqualSharesEngine.gcd(budget, n);
    long scale = n / g;
    long perVoter = budget / g;
    if (anyFree) {
      return null;
    }
    long maxCost = 0;
    for (long c : cost) {
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
    this.scale = scale;
    this.shift = shift;
    this.start = perVoter << shift;
    boolean compare =
        lower != null && lower.certified && lower.scale == scale && lower.shift == shift;
    this.upper =
        upper != null && upper.certified && upper.scale == scale && upper.shift == shift
            ? upper
            : null;
    upperValid = this.upper != null;
    lowerFailed = !compare;
    int[] out = rounds(scale, compare ? lower : null);
    certified = out != null;
    return out;
  }

  /**
   * Whether the last {@link #select(long, CertifiedRun, CertifiedRun)} with a lower run certified
   * that every budget in between selects the same.
   *
   * @return true when certified
   */
  boolean same() {
    return same;
  }

  /**
   * Whether some round of the last run had projects at exactly the same price.
   *
   * @return true when a tie was broken by priority
   */
  boolean tied() {
    return exactTie;
  }

  private int[] rounds(long scale, CertifiedRun lower) {
    int m = cost.length;
    java.util.Arrays.fill(touched, false);
    java.util.Arrays.fill(lo, start);
    java.util.Arrays.fill(hi, start);
    java.util.Arrays.fill(touchedSize, 0);
    System.arraycopy(supportCount, 0, untouched, 0, m);
    reusing = true;
    java.util.Arrays.fill(liveSize, 0);
    java.util.Arrays.fill(copied, 0);
    java.util.Arrays.fill(done, false);
    java.util.Arrays.fill(known, false);
    java.util.Arrays.fill(computed, false);
    int live = 0;
    for (int j = 0; j < m; j++) {
      order[live++] = j;
    }
    picked = 0;
    while (true) {
      // a run at a larger budget that selected the same so far bounds every price from below
      if (upperValid
          && (picked >= upper.picked
              || (picked > 0 && upper.selected[picked - 1] != selected[picked - 1]))) {
        upperValid = false;
      }
      if (upperValid) {
        long[] ub = upper.roundLow[picked];
        for (int x = 0; x < live; x++) {
          int j = order[x];
          long b = ub[j];
          if (b == Long.MAX_VALUE) {
            done[j] = true;
          } else if (b > 0 && (!known[j] || b > lastLo[j])) {
            lastLo[j] = b;
            known[j] = true;
          }
        }
      }
      // drop what is done, then restore the order by lower bound of the price per unit of cost
      // (unknown bounds first); the order is kept between rounds, so this is nearly sorted
      int kept = 0;
      for (int x = 0; x < live; x++) {
        int j = order[x];
        if (!done[j]) {
          int y = kept++;
          while (y > 0 && before(j, order[y - 1])) {
            order[y] = order[y - 1];
            y--;
          }
          order[y] = j;
        }
      }
      live = kept;
      if (live == 0) {
        break;
      }
      int computedCount = 0;
      int best = -1;
      for (int x = 0; x < live; x++) {
        int j = order[x];
        if (done[j]) {
          continue;
        }
        if (best >= 0
            && known[j]
            && Rational.compare128(lastLo[j], cost[best], pHi[best], cost[j]) > 0) {
          break;
        }
        int status = price(j, (cost[j] * scale) << shift);
        if (status == AMBIGUOUS) {
          return null;
        }
        if (status == UNAFFORDABLE) {
          done[j] = true;
          continue;
        }
        record(j);
        computed[j] = true;
        computedList[computedCount++] = j;
        if (best < 0 || Rational.compare128(pHi[j], cost[best], pHi[best], cost[j]) < 0) {
          best = j;
        }
      }
      if (best >= 0) {
        best = certainBest(best, computedCount);
      }
      for (int x = 0; x < computedCount; x++) {
        computed[computedList[x]] = false;
      }
      if (best == -2) {
        return null;
      }
      if (best < 0) {
        break;
      }
      if (lower != null && picked < lower.picked && lower.selected[picked] == best) {
        if (!sameRound(best, lower, live, scale)) {
          lowerFailed = true;
        }
      } else if (lower != null) {
        lowerFailed = true;
      }
      if (roundLow[picked] == null) {
        roundLow[picked] = new long[m];
      }
      long[] rl = roundLow[picked];
      java.util.Arrays.fill(rl, -1);
      for (int x = 0; x < live; x++) {
        int k = order[x];
        rl[k] = done[k] ? Long.MAX_VALUE : known[k] ? lastLo[k] : 0;
      }
      roundHi[picked] = pHi[best];
      done[best] = true;
      int r = picked;
      reusing = reusing && r < paths.savedRounds && prevSel[r] == best;
      if (!reusing && paths.savedRounds > r) {
        paths.savedRounds = r;
      }
      if (!pay(best, r, pLo[best], pHi[best])) {
        return null;
      }
      if (reusing) {
        System.arraycopy(savedSize[r], 0, touchedSize, 0, m);
        System.arraycopy(savedUntouched[r], 0, untouched, 0, m);
      } else {
        prevSel[r] = best;
        if (savedSize[r] == null) {
          savedSize[r] = new int[m];
          savedUntouched[r] = new long[m];
        }
        System.arraycopy(touchedSize, 0, savedSize[r], 0, m);
        System.arraycopy(untouched, 0, savedUntouched[r], 0, m);
        paths.savedRounds = r + 1;
      }
      selected[picked++] = best;
    }
    if (lower != null) {
      same = !lowerFailed && picked == lower.picked;
    }
    return Arrays.copyOf(selected, picked);
  }

  /**
   * Whether every budget between the two certified runs selects the same, from what they recorded.
   */
  static boolean sameBetween(CertifiedRun a, CertifiedRun b) {
    if (!a.certified
        || !b.certified
        || a.scale != b.scale
        || a.shift != b.shift
        || a.picked != b.picked) {
      return false;
    }
    for (int r = 0; r < a.picked; r++) {
      if (a.selected[r] != b.selected[r]) {
        return false;
      }
    }
    long[] cost = a.cost;
    for (int r = 0; r < a.picked; r++) {
      int w = a.selected[r];
      long bound = a.roundHi[r];
      long[] rl = b.roundLow[r];
      for (int k = 0; k < rl.length; k++) {
        long v = rl[k];
        if (k == w || v < 0 || v == Long.MAX_VALUE) {
          continue;
        }
        if (Rational.compare128(v, cost[w], bound, cost[k]) <= 0) {
          return false;
        }
      }
    }
    return true;
  }

  private void record(int j) {
    pLo[j] = outLo;
    pHi[j] = outHi;
    pNum[j] = outNum;
    pDen[j] = outDen;
    lastLo[j] = outLo;
    known[j] = true;
  }

  /**
   * Round {@code picked} of this (upper) run selected {@code best}: checks that the lower run
   * selected it too and that its price there is certainly below every other live project's price
   * here (computing prices here where the lower bound kept does not show it).
   */
  private boolean sameRound(int best, CertifiedRun lower, int live, long scale) {
    if (picked >= lower.picked || lower.selected[picked] != best) {
      return false;
    }
    long bound = lower.roundHi[picked];
    boolean ok = true;
    for (int x = 0; x < live; x++) {
      int k = order[x];
      if (k == best || done[k]) {
        continue;
      }
      if (known[k] && Rational.compare128(lastLo[k], cost[best], bound, cost[k]) > 0) {
        continue;
      }
      int status = price(k, (cost[k] * scale) << shift);
      if (status == UNAFFORDABLE) {
        done[k] = true;
        continue;
      }
      if (status == AMBIGUOUS) {
        return false;
      }
      record(k);
      if (Rational.compare128(pLo[k], cost[best], bound, cost[k]) <= 0) {
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Returns the project certainly selected this round: the best by upper bound if no other interval
   * overlaps it; else, when every overlapping candidate has an exact price, the exact minimum, ties
   * to the earlier priority; else -2 (not certified).
   */
  private int certainBest(int best, int computedCount) {
    int chosen = best;
    boolean overlap = false;
    for (int x = 0; x < computedCount; x++) {
      int k = computedList[x];
      if (k == best || Rational.compare128(pLo[k], cost[best], pHi[best], cost[k]) > 0) {
        continue;
      }
      overlap = true;
      if (pDen[k] == 0 || pDen[best] == 0) {
        return -2;
      }
      int c = compareExact(k, chosen);
      if (c == Integer.MIN_VALUE) {
        return -2;
      }
      if (c == 0) {
        exactTie = true;
      }
      if (c < 0 || c == 0 && priority[k] < priority[chosen]) {
        chosen = k;
      }
    }
    if (overlap && pDen[best] == 0) {
      return -2;
    }
    return chosen;
  }

  /**
   * Compares the exact prices per unit of cost of two projects, (num/den)/cost; {@code
   * Integer.MIN_VALUE} when a product does not fit.
   */
  private int compareExact(int a, int b) {
    long hiA = Math.multiplyHigh(pDen[b], cost[b]);
    long wa = pDen[b] * cost[b];
    long hiB = Math.multiplyHigh(pDen[a], cost[a]);
    long wb = pDen[a] * cost[a];
    if (hiA != (wa >> 63) || hiB != (wb >> 63)) {
      return Integer.MIN_VALUE;
    }
    return Rational.compare128(pNum[a], wa, pNum[b], wb);
  }

  private boolean before(int a, int b) {
    if (!known[a] || !known[b]) {
      return !known[a] && known[b];
    }
    return Rational.compare128(lastLo[a], cost[b], lastLo[b], cost[a]) < 0;
  }

  /**
   * Bounds the price p of project j into outLo/outHi; when every amount used was exact, also gives
   * p exactly as outNum/outDen (else outDen is 0).
   *
   * <p>The price is what every supporter pays unless it holds less (then it pays all it holds). The
   * first pass sets aside, as capped, the groups holding less than the lower bound of the price
   * known so far (the price only rises from round to round, and a larger run's price is lower);
   * when every other group holds at least the equal share of what remains, that share is the price.
   * Otherwise groups are capped pass after pass until none changes. Groups that are capped stay
   * behind the others in the list, so that the next price of the project meets them in order.
   */
  private int price(int j, long c) {
    int[] src = touchedOf[j];
    int end = touchedSize[j];
    int[] list = liveOf[j];
    int size = liveSize[j];
    // groups touched since the last price, without those already left with nothing
    for (int x = copied[j]; x < end; x++) {
      int g = src[x];
      list[size] = g;
      size += hi[g] == 0 ? 0 : 1;
    }
    copied[j] = end;
    long u = untouched[j];
    // a group holding less than a lower bound of the price is capped: it pays all it has
    long bound = known[j] ? lastLo[j] : 0;
    long sumLo = u * start;
    long sumHi = sumLo;
    long v = u;
    long capLo = 0;
    long capHi = 0;
    long capV = 0;
    int kept = 0;
    int below = 0;
    // the least money among the groups not capped
    long least = Long.MAX_VALUE;
    boolean untouchedCapped = false;
    if (u > 0) {
      if (start < bound) {
        untouchedCapped = true;
        capLo = u * start;
        capHi = capLo;
        capV = u;
      } else {
        least = start;
      }
    }
    // drop groups that have nothing left (they never pay again) and set the capped ones aside
    for (int x = 0; x < size; x++) {
      int g = list[x];
      long h = hi[g];
      if (h == 0) {
        continue;
      }
      long l = lo[g];
      long k = count[g];
      sumLo += k * l;
      sumHi += k * h;
      v += k;
      if (h < bound) {
        aside[below++] = g;
        capLo += k * h;
        capHi += k * l;
        capV += k;
      } else {
        list[kept++] = g;
        least = Math.min(least, l);
      }
    }
    // list[0, open) holds the groups not capped yet
    int open = kept;
    System.arraycopy(aside, 0, list, kept, below);
    size = kept + below;
    liveSize[j] = size;
    if (sumHi < c) {
      return UNAFFORDABLE;
    }
    if (sumLo < c) {
      return AMBIGUOUS;
    }
    long rLo = c - capLo;
    long rHi = c - capHi;
    v -= capV;
    if (v == 0) {
      return AMBIGUOUS;
    }
    // nobody left is short of the price the others leave: it is certainly their equal share
    long shareLo = Math.floorDiv(rLo, v);
    long shareHi = -Math.floorDiv(-rHi, v);
    if (least >= shareHi && shareLo >= 0) {
      outLo = shareLo;
      outHi = shareHi;
      outNum = rLo;
      outDen = rLo == rHi ? v : 0;
      return OK;
    }
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
      int x = 0;
      while (x < open) {
        int g = list[x];
        long h = hi[g];
        if (h < pLo) {
          changed = true;
          long l = lo[g];
          rLo -= count[g] * h;
          rHi -= count[g] * l;
          v -= count[g];
          list[x] = list[--open];
          list[open] = g;
        } else {
          if (lo[g] < pHi) {
            unsure = true;
          }
          x++;
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

  /**
   * Charges the supporters of j in round r: its live paying groups (listed by the price just
   * computed), then the groups paying for the first time, which all hold the starting share; false
   * when a payment is not certified.
   */
  private boolean pay(int j, int r, long pLo, long pHi) {
    int[] list = liveOf[j];
    int size = liveSize[j];
    for (int x = 0; x < size; x++) {
      int g = list[x];
      long h = hi[g];
      long l = lo[g];
      if (h <= pLo) {
        lo[g] = 0;
        hi[g] = 0;
      } else if (l > pHi) {
        lo[g] = l - pHi;
        hi[g] = h - pLo;
      } else {
        return false;
      }
    }
    // which groups pay for the first time depends only on the projects selected so far
    int from = freshStart[r];
    int to = from;
    if (reusing) {
      to = freshStart[r + 1];
    } else {
      // whether a supporter is new follows no pattern: no branch on it
      for (int g : supporters[j]) {
        fresh[to] = g;
        to += touched[g] ? 0 : 1;
      }
      for (int x = from; x < to; x++) {
        int g = fresh[x];
        touched[g] = true;
        for (int k : ballots[g]) {
          touchedOf[k][touchedSize[k]++] = g;
          untouched[k] -= count[g];
        }
      }
      freshStart[r + 1] = to;
    }
    if (from == to) {
      return true;
    }
    long l;
    long h;
    if (start <= pLo) {
      l = 0;
      h = 0;
    } else if (start > pHi) {
      l = start - pHi;
      h = start - pLo;
    } else {
      return false;
    }
    for (int x = from; x < to; x++) {
      int g = fresh[x];
      touched[g] = true;
      lo[g] = l;
      hi[g] = h;
    }
    return true;
  }
}
