package org.sanshe.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The add1 workspaces are exact: their selections (in one reused workspace, at budgets in any
 * order, and with a larger run's price bounds) equal the exact engine's, and when a run certifies
 * that a range of budgets selects the same (inside the upper run, or from what two runs recorded),
 * every whole budget in the range does. Random instances with many ties (few costs, repeated
 * groups, groups of several voters, projects of equal cost) and larger ones, in which the selection
 * sometimes changes inside a range and comes back at its end (a range that a check of its two ends
 * alone would wrongly certify). The seed of a failing case is in the assertion message.
 */
class SelectionsProperties {

  private static final long SEED = 0x5E1EC7L;

  static EqualSharesEngine engine(SplittableRandom r) {
    return r.nextBoolean() ? tied(r) : larger(r);
  }

  /** Up to 17 projects of costs 20 to 419 and up to 33 groups of 1 to 5 voters. */
  static EqualSharesEngine larger(SplittableRandom r) {
    int m = 4 + r.nextInt(14);
    int groups = 4 + r.nextInt(30);
    long[] cost = new long[m];
    for (int j = 0; j < m; j++) {
      cost[j] = 20 + r.nextInt(400);
    }
    long[] count = new long[groups];
    for (int g = 0; g < groups; g++) {
      count[g] = 1 + r.nextInt(5);
    }
    return build(r, cost, count);
  }

  static EqualSharesEngine tied(SplittableRandom r) {
    int m = 1 + r.nextInt(8);
    int groups = 1 + r.nextInt(10);
    long[] choices = {1 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(400)};
    long[] cost = new long[m];
    for (int j = 0; j < m; j++) {
      cost[j] = choices[r.nextInt(3)];
    }
    long[] count = new long[groups];
    for (int g = 0; g < groups; g++) {
      count[g] = 1 + r.nextInt(4);
    }
    return build(r, cost, count);
  }

  /**
   * Up to 6 projects of costs 1 to 200 and up to 5 groups of 1 to 12 voters, each group supporting
   * about half the projects: runs at two budgets often part early and meet projects again later.
   */
  static EqualSharesEngine dense(SplittableRandom r) {
    int m = 2 + r.nextInt(5);
    int groups = 1 + r.nextInt(5);
    long[] cost = new long[m];
    for (int j = 0; j < m; j++) {
      cost[j] = 1 + r.nextInt(200);
    }
    long[] count = new long[groups];
    for (int g = 0; g < groups; g++) {
      count[g] = 1 + r.nextInt(12);
    }
    List<List<Integer>> sup = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      sup.add(new ArrayList<>());
    }
    for (int g = 0; g < groups; g++) {
      for (int j = 0; j < m; j++) {
        if (r.nextBoolean()) {
          sup.get(j).add(g);
        }
      }
    }
    return fromSupporters(cost, count, sup);
  }

  private static EqualSharesEngine build(SplittableRandom r, long[] cost, long[] count) {
    int m = cost.length;
    int groups = count.length;
    List<List<Integer>> sup = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      sup.add(new ArrayList<>());
    }
    for (int g = 0; g < groups; g++) {
      for (int j = 0; j < m; j++) {
        if (r.nextInt(3) == 0) {
          sup.get(j).add(g);
        }
      }
    }
    return fromSupporters(cost, count, sup);
  }

  private static EqualSharesEngine fromSupporters(
      long[] cost, long[] count, List<List<Integer>> sup) {
    int m = cost.length;
    int[][] supporters = new int[m][];
    long[][] utility = new long[m][];
    for (int j = 0; j < m; j++) {
      supporters[j] = sup.get(j).stream().mapToInt(Integer::intValue).toArray();
      utility[j] = new long[supporters[j].length];
      java.util.Arrays.fill(utility[j], cost[j]);
    }
    int[] priority = new int[m];
    for (int j = 0; j < m; j++) {
      priority[j] = j;
    }
    return new EqualSharesEngine(cost, count, supporters, utility, priority, true);
  }

  @Test
  void selections_at_budgets_in_any_order_equal_the_exact_engine() {
    // mostly add1's steps up (same money scale), sometimes any budget; and in half the runs also
    // down and back, since the workspace keeps its lists of paying groups between runs
    SplittableRandom seeds = new SplittableRandom(SEED);
    int checked = 0;
    for (int run = 0; run < 3000; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      EqualSharesEngine e = engine(r);
      long n = e.voters();
      boolean anyOrder = r.nextBoolean();
      Selections walk = e.selections();
      long b = r.nextLong(0, 3000);
      for (int step = 0; step < 30; step++) {
        assertThat(walk.select(b))
            .as("seed %d budget %d", seed, b)
            .isEqualTo(e.runExact(b, false).selected());
        checked++;
        if (anyOrder) {
          b = Math.max(0, b + n * r.nextLong(-8, 9));
        } else {
          b += r.nextInt(4) == 0 ? r.nextLong(1, 50) : n * r.nextLong(1, 4);
        }
      }
    }
    assertThat(checked).isEqualTo(3000 * 30);
  }

  @Test
  void a_certified_range_selects_the_same_at_every_budget_in_it() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    int certified = 0;
    int checked = 0;
    for (int run = 0; run < 3000; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      EqualSharesEngine e = engine(r);
      long n = e.voters();
      CertifiedRun base = new CertifiedRun(e);
      CertifiedRun probe = new CertifiedRun(e);
      long t = r.nextLong(0, 2000);
      int[] selected = base.select(t, null, null);
      for (int p = 0; p < 6 && selected != null; p++) {
        long upper = t + n * r.nextLong(1, 1 + (1L << r.nextInt(7)));
        int[] up = probe.select(upper, base, null);
        if (up == null) {
          break;
        }
        assertThat(up)
            .as("seed %d budget %d", seed, upper)
            .isEqualTo(e.runExact(upper, false).selected());
        if (probe.same()) {
          certified++;
          for (long b = t; b <= upper; b++) {
            assertThat(e.runExact(b, false).selected())
                .as("seed %d range %d..%d budget %d", seed, t, upper, b)
                .isEqualTo(selected);
            checked++;
          }
        }
        CertifiedRun swap = base;
        base = probe;
        probe = swap;
        t = upper;
        selected = up;
      }
    }
    // the property is only worth something if ranges are certified often
    assertThat(certified).isGreaterThan(1000);
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void two_runs_that_recorded_a_certified_range_select_the_same_at_every_budget_in_it() {
    SplittableRandom seeds = new SplittableRandom(SEED + 4);
    int certified = 0;
    for (int run = 0; run < 3000; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      EqualSharesEngine e = engine(r);
      long n = e.voters();
      long t = r.nextLong(0, 2000);
      long upper = t + n * r.nextLong(1, 1 + (1L << r.nextInt(7)));
      CertifiedRun high = new CertifiedRun(e);
      CertifiedRun low = new CertifiedRun(e);
      // the upper run sometimes compared with a run further down, so that it priced more rivals
      CertifiedRun further = new CertifiedRun(e);
      CertifiedRun below =
          further.select(Math.max(0, t - n * r.nextLong(0, 4)), null, null) != null
                  && r.nextBoolean()
              ? further
              : null;
      if (high.select(upper, below, null) == null
          || low.select(t, null, r.nextBoolean() ? high : null) == null) {
        continue;
      }
      if (CertifiedRun.sameBetween(low, high)) {
        certified++;
        int[] selected = e.runExact(t, false).selected();
        for (long b = t; b <= upper; b++) {
          assertThat(e.runExact(b, false).selected())
              .as("seed %d range %d..%d budget %d", seed, t, upper, b)
              .isEqualTo(selected);
        }
      }
    }
    assertThat(certified).isGreaterThan(500);
  }

  @Test
  void a_run_that_uses_a_larger_run_s_bounds_selects_exactly() {
    SplittableRandom seeds = new SplittableRandom(SEED + 5);
    int used = 0;
    int diverged = 0;
    for (int run = 0; run < 20_000; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      boolean dense = r.nextBoolean();
      EqualSharesEngine e = dense ? dense(r) : engine(r);
      long n = e.voters();
      long t = r.nextLong(0, dense ? 400 : 2000);
      long upper = t + n * r.nextLong(1, dense ? 40 : 1 + (1L << r.nextInt(10)));
      CertifiedRun high = new CertifiedRun(e);
      CertifiedRun low = new CertifiedRun(e);
      int[] above = high.select(upper, null, null);
      if (above == null) {
        continue;
      }
      // also after the workspace ran elsewhere (its kept lists must not matter)
      if (r.nextBoolean()) {
        low.select(r.nextLong(0, 4000), null, null);
      }
      int[] s = low.select(t, null, high);
      if (s != null) {
        used++;
        int[] exact = e.runExact(t, false).selected();
        assertThat(s).as("seed %d budget %d below %d", seed, t, upper).isEqualTo(exact);
        if (!java.util.Arrays.equals(exact, above)) {
          diverged++;
        }
      }
    }
    assertThat(used).isGreaterThan(15_000);
    // the bounds only hold while the two runs select the same: the property is only worth
    // something if they often part
    assertThat(diverged).isGreaterThan(1000);
  }

  @Test
  void a_range_whose_selection_changes_inside_is_never_certified() {
    SplittableRandom seeds = new SplittableRandom(SEED + 2);
    int changing = 0;
    for (int run = 0; run < 3000; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      EqualSharesEngine e = larger(r);
      long n = e.voters();
      long t = r.nextLong(0, 3000);
      for (int probe = 0; probe < 6; probe++) {
        long upper = t + n * r.nextLong(2, 2 + (1L << r.nextInt(7)));
        int[] base = e.runExact(t, false).selected();
        if (java.util.Arrays.equals(base, e.runExact(upper, false).selected())) {
          boolean changes = false;
          for (long b = t + n; b < upper && !changes; b += n) {
            changes = !java.util.Arrays.equals(base, e.runExact(b, false).selected());
          }
          if (changes) {
            changing++;
            CertifiedRun low = new CertifiedRun(e);
            CertifiedRun high = new CertifiedRun(e);
            low.select(t, null, null);
            high.select(upper, low, null);
            assertThat(high.same()).as("seed %d range %d..%d", seed, t, upper).isFalse();
            low.select(t, null, high);
            assertThat(CertifiedRun.sameBetween(low, high))
                .as("seed %d range %d..%d", seed, t, upper)
                .isFalse();
          }
        }
        t = upper;
      }
    }
    // such ranges are rare: the property is only worth something if some were met
    assertThat(changing).isGreaterThan(5);
  }
}
