package org.sanshe.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The add1 walk over certified ranges stops exactly where the step-by-step definition stops, on
 * random engines with many ties and on larger ones (where ranges are certified from inside a run,
 * from what two runs recorded, and halved), and counts its runs. The seed of a failing case is in
 * the assertion message.
 */
class Add1WalkProperties {

  private static final long SEED = 0xA11DL;

  /** The definition: one step at a time from the start; returns {final budget, runs}. */
  private static long[] stepByStep(EqualSharesEngine e, long start, long step, long limit) {
    int supported = supported(e);
    int[] selection = e.runExact(start, false).selected();
    long virtual = start;
    long runs = 1;
    while (selection.length < supported) {
      int[] next = e.runExact(virtual + step, false).selected();
      runs++;
      long total = 0;
      for (int j : next) {
        total += e.cost()[j];
      }
      if (total > limit) {
        break;
      }
      selection = next;
      virtual += step;
    }
    return new long[] {virtual, runs};
  }

  private static long totalCost(EqualSharesEngine e) {
    long total = 0;
    for (long c : e.cost()) {
      total += c;
    }
    return total;
  }

  private static int supported(EqualSharesEngine e) {
    int s = 0;
    for (int[] sup : e.supporters()) {
      if (sup.length > 0) {
        s++;
      }
    }
    return s;
  }

  @Test
  void the_walk_stops_where_the_definition_stops() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    int fewer = 0;
    int compared = 0;
    for (int run = 0; run < 600; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      EqualSharesEngine e = SelectionsProperties.engine(r);
      long n = e.voters();
      long total = totalCost(e);
      long limit = Math.max(1, total * (20 + r.nextInt(80)) / 100);
      long unit = 1 + r.nextInt(3);
      long step = n * unit;
      long start = r.nextBoolean() ? limit / step * step : limit;
      long[] expected = stepByStep(e, start, step, limit);
      if (expected[1] > 4000) {
        continue;
      }
      compared++;
      Add1Walk.Result walked = Add1Walk.walk(e, start, step, limit, supported(e), 1_000_000);
      assertThat(walked.tooMany()).isFalse();
      assertThat(walked.virtual()).as("seed %d", seed).isEqualTo(expected[0]);
      if (walked.runs() < expected[1]) {
        fewer++;
      }
    }
    assertThat(compared).isGreaterThan(500);
    // the property is only worth something if the walk skips steps
    assertThat(fewer).isGreaterThan(100);
  }

  @Test
  void the_walk_stops_where_the_definition_stops_when_a_selection_inside_a_range_costs_more() {
    // the limit is the start's own cost: the first step whose selection costs more stops the walk,
    // and in these instances such a step often lies inside a range whose two ends select the same
    // (a range that a wrong certificate would skip)
    SplittableRandom seeds = new SplittableRandom(SEED + 2);
    int inside = 0;
    for (int run = 0; run < 4000; run++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      EqualSharesEngine e = SelectionsProperties.larger(r);
      long n = e.voters();
      long start = n * r.nextLong(0, 300);
      int[] first = e.runExact(start, false).selected();
      long limit = 0;
      for (int j : first) {
        limit += e.cost()[j];
      }
      long[] expected = stepByStep(e, start, n, limit);
      if (expected[1] > 4000) {
        continue;
      }
      Add1Walk.Result walked = Add1Walk.walk(e, start, n, limit, supported(e), 1_000_000);
      assertThat(walked.virtual()).as("seed %d", seed).isEqualTo(expected[0]);
      // a stop whose next step selects the start's projects again: inside a range of equal ends
      long after = expected[0] + 2 * n;
      if (expected[1] < 4000
          && java.util.Arrays.equals(first, e.runExact(after, false).selected())) {
        inside++;
      }
    }
    assertThat(inside).isGreaterThan(20);
  }

  @Test
  void the_walk_reports_when_it_reaches_the_most_runs_allowed() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int run = 0; run < 200; run++) {
      EqualSharesEngine e = SelectionsProperties.larger(r);
      long n = e.voters();
      long total = totalCost(e);
      long[] expected = stepByStep(e, total / 2 / n * n, n, total / 2);
      if (expected[1] < 20) {
        continue;
      }
      Add1Walk.Result walked = Add1Walk.walk(e, total / 2 / n * n, n, total / 2, supported(e), 3);
      assertThat(walked.tooMany()).isTrue();
      assertThat(walked.runs()).isEqualTo(3);
      return;
    }
    throw new AssertionError("no instance walked 20 steps");
  }
}
