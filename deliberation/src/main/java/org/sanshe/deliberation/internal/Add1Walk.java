package org.sanshe.deliberation.internal;

import java.util.ArrayDeque;

/**
 * The add1 completion of Equal Shares with cost utilities, searched over ranges of steps instead of
 * one step at a time, with exactly the outcome of the step-by-step definition.
 *
 * <p>The definition: from the start, raise the virtual budget one step at a time while the
 * selection costs at most the real budget; stop at the first step whose selection costs more (the
 * outcome is the step before it) or selects every supported project (the outcome is that step). So
 * the outcome is fixed by the first <em>stopping</em> step. The walk keeps exact runs at some steps
 * (anchors) and finds that step without running every step in between: a range between two anchors
 * that select the same projects in the same order is certified, when it can be, to select the same
 * at every budget in it ({@link CertifiedRun#same()} inside the upper run, {@link
 * CertifiedRun#sameBetween} from what two runs recorded), so no step inside it stops. Two anchors
 * one step apart need no certificate. Otherwise the range is halved by a run in the middle, which
 * uses both ends: the lower one for its certificate and the upper one's price bounds to price fewer
 * projects.
 *
 * <p>The order: from the last certified anchor, a run a stride of steps ahead (the stride doubles
 * after a certified range); when that range is not certified, the ranges left of it are closed from
 * left to right by halving, so the first stopping step found is the first overall. A run whose
 * decisions the integer fast path cannot certify is replaced, at a step next to a certified anchor,
 * by the exact run in rationals (which the definition would also make there); elsewhere it is only
 * a point to halve towards.
 *
 * <p>Stateless; {@link #walk} allocates its own workspaces, so it is thread-safe. No argument may
 * be null, and {@link Result} never holds null.
 */
public final class Add1Walk {

  private Add1Walk() {}

  /**
   * Where the walk stopped. Immutable.
   *
   * @param virtual the final virtual budget (the outcome is the selection there)
   * @param runs the Equal Shares runs made
   * @param tooMany whether the walk stopped because it reached the most runs allowed
   */
  public record Result(long virtual, long runs, boolean tooMany) {}

  /**
   * A run at one step: its workspace (null when not certified), selection, whether it costs more
   * than the real budget, and verdict.
   */
  private static final class Anchor {
    final long budget;
    final CertifiedRun run;
    final int[] selected;
    final boolean over;
    final boolean stops;

    Anchor(long budget, CertifiedRun run, int[] selected, boolean over, boolean stops) {
      this.budget = budget;
      this.run = run;
      this.selected = selected;
      this.over = over;
      this.stops = stops;
    }
  }

  /**
   * The walk's state: the engine, the limits and a pool of workspaces, which share their lists of
   * paying groups and working arrays (the walk runs one at a time, at nearby budgets, so a run can
   * usually reuse the lists the run before it built); each anchor keeps only its run's record.
   */
  private static final class Walk {
    final EqualSharesEngine engine;
    final long step;
    final long limit;
    final int supported;
    final long maxRuns;
    final ArrayDeque<CertifiedRun> pool = new ArrayDeque<>();
    final CertifiedRun.Paths paths;
    long runs;

    Walk(EqualSharesEngine engine, long step, long limit, int supported, long maxRuns) {
      this.engine = engine;
      this.step = step;
      this.limit = limit;
      this.supported = supported;
      this.maxRuns = maxRuns;
      this.paths = new CertifiedRun.Paths(engine);
    }

    /**
     * Runs at a budget on the fast path (certified against {@code lower} and using {@code upper}'s
     * bounds when given); when it cannot be certified and {@code exact} is set, in exact rationals;
     * else returns null.
     */
    Anchor run(long budget, Anchor lower, Anchor upper, boolean exact) {
      runs++;
      CertifiedRun w = pool.isEmpty() ? new CertifiedRun(engine, paths) : pool.pop();
      int[] s =
          w.select(budget, lower == null ? null : lower.run, upper == null ? null : upper.run);
      if (s == null) {
        pool.push(w);
        if (!exact) {
          return null;
        }
        w = null;
        s = engine.runExact(budget, false).selected();
      }
      long total = 0;
      long[] cost = engine.cost();
      for (int j : s) {
        total = Math.addExact(total, cost[j]);
      }
      return new Anchor(budget, w, s, total > limit, total > limit || s.length >= supported);
    }

    void free(Anchor a) {
      if (a != null && a.run != null) {
        pool.push(a.run);
      }
    }

    /** The outcome's budget when {@code a} is the first stopping step. */
    long outcome(Anchor a) {
      return a.over ? a.budget - step : a.budget;
    }
  }

  /**
   * Walks add1 from a start to its final virtual budget.
   *
   * @param engine the engine, with cost utilities
   * @param start the first virtual budget (its selection is the outcome if no later step is taken)
   * @param step the step, positive
   * @param limit the real budget: a step whose selection costs more ends the walk
   * @param supported the number of projects with a supporter: a step selecting them all ends it
   * @param maxRuns the most runs to make
   * @return where the walk stopped, or null when the engine does not have cost utilities or the
   *     fast path cannot decide the start (then the caller walks step by step)
   * @throws ArithmeticException when a scaled amount of an exact run, or a budget, does not fit a
   *     long
   */
  public static Result walk(
      EqualSharesEngine engine, long start, long step, long limit, int supported, long maxRuns) {
    if (!engine.costUtilities()) {
      return null;
    }
    Walk w = new Walk(engine, step, limit, supported, maxRuns);
    Anchor lo = w.run(start, null, null, false);
    if (lo == null) {
      // the fast path cannot run here (a project of cost zero, or amounts too large for it)
      return null;
    }
    if (lo.selected.length >= supported) {
      return new Result(start, w.runs, false);
    }
    // anchors right of lo not yet reached, nearest on top
    ArrayDeque<Anchor> right = new ArrayDeque<>();
    long stride = 2;
    while (true) {
      if (w.runs >= maxRuns) {
        return new Result(lo.budget, w.runs, true);
      }
      Anchor r = right.peek();
      if (r == null) {
        long steps = Math.max(1, Math.min(stride, (Long.MAX_VALUE - lo.budget) / step));
        Anchor b =
            w.run(Math.addExact(lo.budget, Math.multiplyExact(steps, step)), lo, null, steps == 1);
        if (b != null && !b.stops && b.run != null && b.run.same()) {
          w.free(lo);
          lo = b;
          stride = stride > Long.MAX_VALUE / 2 ? stride : stride * 2;
          continue;
        }
        if (b == null) {
          // not certified and not next to lo: come nearer, and at last run the next step exactly
          if (stride > 2) {
            stride /= 2;
          } else {
            right.push(w.run(lo.budget + step, lo, null, true));
          }
          continue;
        }
        right.push(b);
        continue;
      }
      if (r.budget == lo.budget + step) {
        right.pop();
        if (r.stops) {
          long out = w.outcome(r);
          w.free(r);
          w.free(lo);
          right.forEach(w::free);
          return new Result(out, w.runs, false);
        }
        w.free(lo);
        lo = r;
        continue;
      }
      if (!r.stops && lo.run != null && r.run != null && CertifiedRun.sameBetween(lo.run, r.run)) {
        right.pop();
        w.free(lo);
        lo = r;
        continue;
      }
      long half = (r.budget - lo.budget) / step / 2;
      Anchor mid = w.run(lo.budget + half * step, lo, r, half == 1);
      if (mid == null) {
        // not certified: the step next to lo is run exactly at the next turn
        right.push(w.run(lo.budget + step, lo, r, true));
        continue;
      }
      if (!mid.stops && mid.run != null && mid.run.same()) {
        w.free(lo);
        lo = mid;
        continue;
      }
      right.push(mid);
    }
  }
}
