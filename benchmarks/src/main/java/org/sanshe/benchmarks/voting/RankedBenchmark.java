package org.sanshe.benchmarks.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.counting.Candidates;
import org.sanshe.deliberation.counting.InstantRunoff;
import org.sanshe.deliberation.counting.RankedProfile;
import org.sanshe.deliberation.counting.Schulze;
import org.sanshe.deliberation.counting.TieBreaking;

/**
 * Issue 6 targets: Schulze and IRV over 250,000 ranked ballots with 10 candidates at most 50 ms
 * each after parsing. The ballots are drawn (seeded) from a Mallows-like model around a reference
 * order with truncation, aggregated into a {@link BallotBox} and encoded as a {@link RankedProfile}
 * in the setup (the "parsing"); the benchmarks count the profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankedBenchmark {

  private Candidates candidates;
  private BallotBox<RankedBallot> ballots;
  private RankedProfile profile;

  /** Draws the ballots. */
  @Setup(Level.Trial)
  public void draw() {
    int n = 10;
    List<CandidateId> ids = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      ids.add(CandidateId.of("c" + c));
    }
    candidates = Candidates.of(ids);
    SplittableRandom random = new SplittableRandom(7);
    BallotBox.Builder<RankedBallot> box = BallotBox.builder();
    for (int v = 0; v < 250_000; v++) {
      List<CandidateId> order = new ArrayList<>(ids);
      // random adjacent swaps around the reference order, then a random truncation
      for (int s = 0; s < 12; s++) {
        int i = random.nextInt(n - 1);
        CandidateId t = order.get(i);
        order.set(i, order.get(i + 1));
        order.set(i + 1, t);
      }
      int length = 1 + random.nextInt(n);
      box.add(RankedBallot.strict(order.subList(0, length)));
    }
    ballots = box.build();
    profile = RankedProfile.of(candidates, ballots);
  }

  /**
   * Schulze: pairwise matrix, strongest paths, full ranking.
   *
   * @return the result
   */
  @Benchmark
  public Schulze.Result schulze() {
    return Schulze.count(profile, TieBreaking.of());
  }

  /**
   * Instant-runoff, every round.
   *
   * @return the result
   */
  @Benchmark
  public InstantRunoff.Result irv() {
    return InstantRunoff.count(profile, TieBreaking.of());
  }

  /**
   * Reports the number of distinct ballots (memory is linear in it); not a benchmark.
   *
   * @return the number of distinct ballots
   */
  public int distinctBallots() {
    return profile.distinct();
  }
}
