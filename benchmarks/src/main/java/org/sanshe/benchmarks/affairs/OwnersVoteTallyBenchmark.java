package org.sanshe.benchmarks.affairs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.OwnersMatter;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteDecision;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteRule;
import org.sanshe.deliberation.ownersvote.VoteRules;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/**
 * The tally of an owners' vote with 100,000 owners (issue 5: at most 5 ms). The ballot box keeps
 * per-option counters, so {@link #tallyAndDecide()} (count a closed vote and decide it under Civil
 * Code Art. 278) is independent of the number of ballots; {@link #castAllTallyAndDecide()} includes
 * casting the 90,000 ballots of a 90% turnout into a fresh vote, the whole cost of counting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OwnersVoteTallyBenchmark {

  private static final int OWNERS = 100_000;
  private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-03-15T00:00:00Z");
  private static final Instant DURING = Instant.parse("2026-03-05T00:00:00Z");

  private final VotingWindow window = VotingWindow.of(OPENS, CLOSES);
  private final VoteRule rule = VoteRules.civilCode278(OwnersMatter.REBUILD);
  private Electorate electorate;
  private VoterId[] voters;
  private Option[] choices;
  private Vote closed;

  /** Builds the electorate (areas 50 to 200 m² to the cm²) and one vote with 90% turnout. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(278);
    List<Elector> electors = new ArrayList<>(OWNERS);
    voters = new VoterId[OWNERS];
    choices = new Option[OWNERS];
    for (int i = 0; i < OWNERS; i++) {
      voters[i] = VoterId.of("owner-" + i);
      electors.add(
          Elector.of(
              voters[i], FloorArea.ofSquareCentimetres(500_000 + random.nextInt(1_500_001))));
      int c = random.nextInt(100);
      choices[i] = c < 10 ? null : c < 85 ? Option.FOR : c < 95 ? Option.AGAINST : Option.ABSTAIN;
    }
    electorate = Electorate.of(electors);
    closed = castAll();
  }

  private Vote castAll() {
    Vote vote = Vote.motion(VoteId.of("rebuild"), "Rebuild the bicycle shed", electorate, window);
    for (int i = 0; i < OWNERS; i++) {
      if (choices[i] != null) {
        vote.cast(voters[i], choices[i], DURING);
      }
    }
    return vote;
  }

  /**
   * Counts a closed vote of 100,000 owners and decides it.
   *
   * @return the decision
   */
  @Benchmark
  public VoteDecision tallyAndDecide() {
    return closed.decide(rule, Option.FOR, CLOSES);
  }

  /**
   * Casts 90,000 secret ballots into a new vote, then counts and decides it.
   *
   * @return the decision
   */
  @Benchmark
  public VoteDecision castAllTallyAndDecide() {
    return castAll().decide(rule, Option.FOR, CLOSES);
  }
}
