package org.sanshe.benchmarks.voting;

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
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.budgeting.EqualShares;

/**
 * Issue 13 target: writing and reading the outcome of a 100,000-ballot participatory budget (the
 * seeded synthetic election of {@link EqualSharesBenchmark}: 100 projects, approval ballots) as
 * JSON at 100 MB/s or more each way, on Jackson 2 and Jackson 3 with the default Sanshe mappers.
 * The outcome is Equal Shares with its round-by-round explanation and the support of every project.
 * MB/s = the document size printed at set-up times operations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class BudgetOutcomeJsonBenchmark {

  private BudgetOutcome outcome;
  private com.fasterxml.jackson.databind.ObjectMapper jackson2;
  private tools.jackson.databind.ObjectMapper jackson3;
  private byte[] json2;
  private byte[] json3;

  /**
   * Counts the election and writes its outcome once.
   *
   * @throws Exception if Jackson fails
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    outcome =
        EqualShares.costUtilities()
            .allocate(EqualSharesBenchmark.synthetic(100_000, 100, 20260101L));
    jackson2 = org.sanshe.jackson.SansheJson.mapper();
    jackson3 = org.sanshe.jackson3.SansheJson.mapper();
    json2 = jackson2.writeValueAsBytes(outcome);
    json3 = jackson3.writeValueAsBytes(outcome);
    if (!jackson2.readValue(json2, BudgetOutcome.class).equals(outcome)
        || !jackson3.readValue(json3, BudgetOutcome.class).equals(outcome)
        || !java.util.Arrays.equals(json2, json3)) {
      throw new IllegalStateException("the outcome does not read back equal on both");
    }
    System.out.printf(
        "%noutcome JSON: %d bytes, %d selected, %d rounds%n",
        json2.length, outcome.selected().size(), outcome.rounds().size());
  }

  /**
   * Writes the outcome with Jackson 2.
   *
   * @return the JSON
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public byte[] writeJackson2() throws Exception {
    return jackson2.writeValueAsBytes(outcome);
  }

  /**
   * Reads the outcome with Jackson 2.
   *
   * @return the outcome
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public BudgetOutcome readJackson2() throws Exception {
    return jackson2.readValue(json2, BudgetOutcome.class);
  }

  /**
   * Writes the outcome with Jackson 3.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writeJackson3() {
    return jackson3.writeValueAsBytes(outcome);
  }

  /**
   * Reads the outcome with Jackson 3.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome readJackson3() {
    return jackson3.readValue(json3, BudgetOutcome.class);
  }
}
