package org.sanshe.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.deliberation.Theories.qt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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

  /** One engine instance: the seed of its costs and supporters, and its sizes. */
  record Instance(long seed, int m, int groups, boolean smallCosts) {}

  @Test
  void the_certified_fast_path_always_agrees_with_exact_rationals() {
    Gen<Instance> instances =
        longs()
            .all()
            .zip(
                integers().between(1, 8),
                integers().between(1, 30),
                booleans().all(),
                Instance::new);
    qt().forAll(instances, longs().between(0, 4000))
        .checkAssert(
            (instance, budget) -> {
              EqualSharesEngine e =
                  engine(instance.seed(), instance.m(), instance.groups(), instance.smallCosts());
              EqualSharesEngine.Outcome fast = e.run(budget, false);
              EqualSharesEngine.Outcome exact = e.runExact(budget, false);
              assertThat(fast.selected()).isEqualTo(exact.selected());
            });
  }

  @Test
  void explanations_of_the_fast_path_equal_the_exact_run_s() {
    int quick = 0;
    for (long seed = 0; seed < 3000; seed++) {
      Random r = new Random(seed);
      EqualSharesEngine e = engine(seed, 1 + r.nextInt(10), 1 + r.nextInt(40), r.nextBoolean());
      long budget = r.nextInt(6000);
      EqualSharesEngine.Outcome fast = e.run(budget, true);
      EqualSharesEngine.Outcome exact = e.runExact(budget, true);
      assertThat(fast.selected()).as("seed %d", seed).isEqualTo(exact.selected());
      assertThat(fast.moneyLeft()).as("seed %d", seed).isEqualTo(exact.moneyLeft());
      assertThat(fast.scale()).isEqualTo(exact.scale());
      assertThat(fast.rounds()).hasSameSizeAs(exact.rounds());
      for (int k = 0; k < exact.rounds().size(); k++) {
        EqualSharesEngine.Round a = fast.rounds().get(k);
        EqualSharesEngine.Round b = exact.rounds().get(k);
        assertThat(a.project()).as("seed %d round %d", seed, k).isEqualTo(b.project());
        assertThat(a.rho()).as("seed %d round %d", seed, k).isEqualTo(b.rho());
        assertThat(a.payers()).as("seed %d round %d", seed, k).isEqualTo(b.payers());
        assertThat(a.exhausted()).as("seed %d round %d", seed, k).isEqualTo(b.exhausted());
        assertThat(a.tied()).as("seed %d round %d", seed, k).isEqualTo(b.tied());
      }
      if (fast.certified() && !exact.rounds().isEmpty()) {
        quick++;
      }
    }
    // the property is only worth something if the fast path explained most of them
    assertThat(quick).isGreaterThan(1000);
  }

  /**
   * Equal prices are common (two projects whose supporters all pay in full are tied when they have
   * as many supporters): instances built for them, with a shuffled priority order, agree with exact
   * rationals, tie-breaks included, and the fast path decides most of them itself.
   */
  @Test
  void exact_ties_are_certified_and_broken_by_priority_as_in_exact_rationals() {
    long[] certified = new long[2];
    qt().forAll(longs().all(), longs().between(1, 600))
        .checkAssert(
            (seed, budget) -> {
              EqualSharesEngine e = tied(seed);
              EqualSharesEngine.Outcome fast = e.run(budget, false);
              EqualSharesEngine.Outcome exact = e.runExact(budget, false);
              assertThat(fast.selected())
                  .as("seed %s budget %s", seed, budget)
                  .isEqualTo(exact.selected());
              certified[0]++;
              if (fast.certified()) {
                certified[1]++;
              }
            });
    assertThat(certified[1]).as("runs decided by the fast path").isGreaterThan(certified[0] / 2);
  }

  /** Projects of one or two costs, each approved by 1 to 3 single voters: many exact ties. */
  private static EqualSharesEngine tied(long seed) {
    Random random = new Random(seed);
    int m = 2 + random.nextInt(6);
    int groups = 6 + random.nextInt(10);
    long[] cost = new long[m];
    long a = 1 + random.nextInt(40);
    long b = 1 + random.nextInt(40);
    for (int j = 0; j < m; j++) {
      cost[j] = random.nextBoolean() ? a : b;
    }
    long[] count = new long[groups];
    java.util.Arrays.fill(count, 1);
    int[][] supporters = new int[m][];
    long[][] utility = new long[m][];
    for (int j = 0; j < m; j++) {
      java.util.TreeSet<Integer> sup = new java.util.TreeSet<>();
      int want = 1 + random.nextInt(3);
      while (sup.size() < want) {
        sup.add(random.nextInt(groups));
      }
      supporters[j] = sup.stream().mapToInt(Integer::intValue).toArray();
      utility[j] = new long[supporters[j].length];
      java.util.Arrays.fill(utility[j], cost[j]);
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      order.add(j);
    }
    java.util.Collections.shuffle(order, random);
    int[] priority = order.stream().mapToInt(Integer::intValue).toArray();
    return new EqualSharesEngine(cost, count, supporters, utility, priority, true);
  }

  /** Two rationals a/b and c/d (b, d not zero) and a long factor k. */
  record Operands(long a, long b, long c, long d, int k) {}

  /**
   * Longs over the whole range, mixed with the extremes and small values, where overflow and sign
   * handling go wrong (Long.MIN_VALUE has no positive counterpart).
   */
  private static Gen<Long> longsWithExtremes() {
    return longs()
        .all()
        .mix(
            integers()
                .between(0, 9)
                .map(
                    i ->
                        switch (i) {
                          case 0 -> Long.MIN_VALUE;
                          case 1 -> Long.MIN_VALUE + 1;
                          case 2 -> Long.MAX_VALUE;
                          case 3 -> Long.MAX_VALUE - 1;
                          case 4 -> (long) Integer.MIN_VALUE;
                          case 5 -> (long) Integer.MAX_VALUE;
                          case 6 -> -1L;
                          case 7 -> 1L;
                          case 8 -> 2L;
                          default -> 0L;
                        }),
            25)
        .mix(longs().between(-1000, 1000), 25);
  }

  @Test
  void rational_arithmetic_agrees_with_big_fractions() {
    Gen<Long> nonZero = longsWithExtremes().assuming(v -> v != 0);
    Gen<Operands> operands =
        longsWithExtremes()
            .zip(nonZero, longsWithExtremes(), nonZero, integers().all(), Operands::new);
    qt().forAll(operands).checkAssert(EqualSharesEngineProperties::rationalAgrees);
  }

  private static void rationalAgrees(Operands o) {
    long a = o.a();
    long b = o.b();
    long c = o.c();
    long d = o.d();
    int k = o.k();
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
