package org.sanshe.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The stability distance is sound: at every whole virtual budget in [t, t + distance) the engine
 * selects the same projects in the same order as at t, and the distance computation agrees with the
 * engine at t. Random instances with many ties (few costs, repeated groups, tied priorities of
 * equal cost). The seed of a failing case is in the assertion message.
 */
class StabilityProperties {

  private static final long SEED = 0x57AB1EL;

  private static EqualSharesEngine engine(SplittableRandom r) {
    int m = 1 + r.nextInt(7);
    int groups = 1 + r.nextInt(9);
    long[] choices = {1 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(400)};
    long[] cost = new long[m];
    for (int j = 0; j < m; j++) {
      cost[j] = choices[r.nextInt(3)];
    }
    long[] count = new long[groups];
    List<List<Integer>> sup = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      sup.add(new ArrayList<>());
    }
    for (int g = 0; g < groups; g++) {
      count[g] = 1 + r.nextInt(4);
      for (int j = 0; j < m; j++) {
        if (r.nextInt(3) == 0) {
          sup.get(j).add(g);
        }
      }
    }
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
  void the_outcome_is_the_same_at_every_budget_within_the_distance() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    int checked = 0;
    for (int run = 0; run < 2000; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      EqualSharesEngine e = engine(r);
      long t = r.nextLong(0, 3000);
      EqualSharesEngine.Stability s = e.stability(t, 0);
      int[] at = e.run(t, false).selected();
      assertThat(s.selected()).as("seed %d", seed).isEqualTo(at);
      long last;
      if (s.distance() == null) {
        last = t + 500;
      } else {
        // the last whole budget strictly below t + distance
        BigInteger[] qr = s.distance().numerator().divideAndRemainder(s.distance().denominator());
        long below = qr[1].signum() == 0 ? qr[0].longValueExact() - 1 : qr[0].longValueExact();
        last = t + Math.min(below, 500);
      }
      for (long b = t; b <= last; b++) {
        assertThat(e.run(b, false).selected()).as("seed %d budget %d", seed, b).isEqualTo(at);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20_000);
  }
}
