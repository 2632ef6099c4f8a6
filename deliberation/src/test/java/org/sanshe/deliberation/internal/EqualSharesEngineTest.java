package org.sanshe.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EqualSharesEngineTest {

  private static EqualSharesEngine engine(long[] cost, long[] count, int[][] supporters) {
    long[][] utility = new long[cost.length][];
    int[] priority = new int[cost.length];
    for (int j = 0; j < cost.length; j++) {
      utility[j] = new long[supporters[j].length];
      java.util.Arrays.fill(utility[j], cost[j]);
      priority[j] = j;
    }
    return new EqualSharesEngine(cost, count, supporters, utility, priority, true);
  }

  @Test
  void a_clear_instance_is_decided_on_the_certified_integer_path() {
    EqualSharesEngine e =
        engine(new long[] {300, 100, 70}, new long[] {3, 2, 1}, new int[][] {{0, 1}, {1, 2}, {2}});
    EqualSharesEngine.Outcome fast = e.run(600, false);
    assertThat(fast.certified()).isTrue();
    assertThat(fast.selected()).isEqualTo(e.runExact(600, false).selected());
  }

  @Test
  void voters_holding_exactly_the_share_pay_all_and_are_counted_as_exhausted() {
    // 4 voters with 50 each; A (cost 120) costs each 30; B (cost 40) then costs its 2 supporters
    // exactly the 20 they have left; C (cost 50) is beyond the 40 its 2 supporters have left
    EqualSharesEngine e =
        engine(new long[] {120, 40, 50}, new long[] {2, 2}, new int[][] {{0, 1}, {0}, {1}});
    EqualSharesEngine.Outcome explained = e.run(200, true);
    EqualSharesEngine.Outcome exact = e.runExact(200, true);
    assertThat(explained.selected()).containsExactly(0, 1);
    assertThat(explained.selected()).isEqualTo(exact.selected());
    EqualSharesEngine.Round b = explained.rounds().get(1);
    assertThat(b.payers()).isEqualTo(2);
    assertThat(b.exhausted()).isEqualTo(2);
    assertThat(b.rho()).isEqualTo(exact.rounds().get(1).rho());
    assertThat(explained.rounds().get(0).exhausted()).isZero();
    assertThat(explained.moneyLeft()).isEqualTo(Rational.of(40));
    assertThat(explained.moneyLeft()).isEqualTo(exact.moneyLeft());
  }

  @Test
  void an_exact_tie_is_certified_and_broken_by_priority() {
    // two identical projects: their prices are exactly equal, which no interval can show, but the
    // exact prices kept beside the intervals can
    EqualSharesEngine e = engine(new long[] {100, 100}, new long[] {2}, new int[][] {{0}, {0}});
    EqualSharesEngine.Outcome out = e.run(150, false);
    assertThat(out.certified()).isTrue();
    assertThat(out.selected()).containsExactly(0);
    EqualSharesEngine.Outcome explained = e.run(150, true);
    assertThat(explained.selected()).containsExactly(0);
    assertThat(explained.rounds().get(0).tied()).containsExactly(0, 1);
  }

  @Test
  void projects_with_as_many_supporters_tie_and_the_priority_order_decides() {
    // project 0 and project 1 each have two distinct supporters paying in full: rho = 1/2 for both
    EqualSharesEngine e =
        new EqualSharesEngine(
            new long[] {60, 60},
            new long[] {1, 1, 1, 1},
            new int[][] {{0, 1}, {2, 3}},
            new long[][] {{60, 60}, {60, 60}},
            new int[] {1, 0},
            true);
    EqualSharesEngine.Outcome out = e.run(120, false);
    assertThat(out.certified()).isTrue();
    assertThat(out.selected()).containsExactly(1, 0);
  }
}
