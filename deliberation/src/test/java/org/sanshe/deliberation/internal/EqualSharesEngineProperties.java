package org.sanshe.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.sanshe.core.kernel.Fraction;

class EqualSharesEngineProperties {

  private static EqualSharesEngine engine(long seed, int m, int groups, boolean smallCosts) {
    Random random = new Random(seed);
    long[] cost = new long[m];
    for (int j = 0; j < m; j++) {
      cost[j] = 1 + random.nextInt(smallCosts ? 6 : 5000);
    }
    long[] count = new long[groups];
    List<List<Integer>> sup = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      sup.add(new ArrayList<>());
    }
    for (int g = 0; g < groups; g++) {
      count[g] = 1 + random.nextInt(3);
      for (int j = 0; j < m; j++) {
        if (random.nextInt(3) == 0) {
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

  @Property(tries = 300)
  void the_certified_fast_path_always_agrees_with_exact_rationals(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int m,
      @ForAll @IntRange(min = 1, max = 30) int groups,
      @ForAll @LongRange(min = 0, max = 4000) long budget,
      @ForAll boolean smallCosts) {
    EqualSharesEngine e = engine(seed, m, groups, smallCosts);
    EqualSharesEngine.Outcome fast = e.run(budget, false);
    EqualSharesEngine.Outcome exact = e.runExact(budget, false);
    assertThat(fast.selected()).isEqualTo(exact.selected());
  }

  @Property(tries = 300)
  void rational_arithmetic_agrees_with_big_fractions(
      @ForAll long a, @ForAll long b, @ForAll long c, @ForAll long d, @ForAll int k) {
    if (b == 0 || d == 0) {
      return;
    }
    Rational x = Rational.of(a, b);
    Rational y = Rational.of(c, d);
    Fraction fx = Fraction.of(BigInteger.valueOf(a), BigInteger.valueOf(b));
    Fraction fy = Fraction.of(BigInteger.valueOf(c), BigInteger.valueOf(d));
    assertThat(frac(x.plus(y))).isEqualTo(fx.plus(fy));
    assertThat(frac(x.minus(y))).isEqualTo(fx.minus(fy));
    assertThat(frac(x.times(y))).isEqualTo(fx.times(fy));
    assertThat(frac(x.times(k))).isEqualTo(fx.times(k));
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(fx.compareTo(fy)));
    if (k != 0) {
      assertThat(frac(x.dividedBy(k))).isEqualTo(fx.dividedBy(Fraction.of(k)));
    }
    long s = Math.abs((long) k);
    assertThat(Integer.signum(x.compareScaled(s, y, 7)))
        .isEqualTo(Integer.signum(fx.times(s).compareTo(fy.times(7))));
  }

  private static Fraction frac(Rational r) {
    return Fraction.of(r.numerator(), r.denominator());
  }
}
