package org.sanshe.benchmarks.programme;

import java.util.List;
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
import org.sanshe.core.registry.programme.BudgetReport;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.memory.InMemoryBudgets;

/**
 * Issue 18 target, in memory: the budget report per programme and source of a district year (100
 * programmes, 5,000 projects, 1,000,000 movements; {@link DistrictYear}) in at most 50 ms. The
 * report reads the totals each budget keeps, never the journal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class BudgetReportBenchmark {

  private InMemoryBudgets budgets;
  private List<ProgrammeId> ids;

  /** Loads the district year. */
  @Setup(Level.Trial)
  public void setUp() {
    budgets = new InMemoryBudgets();
    long t0 = System.nanoTime();
    DistrictYear.load(budgets);
    ids = DistrictYear.ids();
    long movements = 0;
    for (ProgrammeId id : ids) {
      movements += budgets.find(id).orElseThrow().movements();
    }
    if (movements != DistrictYear.MOVEMENTS) {
      throw new IllegalStateException("loaded " + movements + " movements");
    }
    System.out.printf(
        "loaded %,d movements in %.1f s%n", movements, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The district's report: every programme per source.
   *
   * @return the reports
   */
  @Benchmark
  public List<BudgetReport> districtReport() {
    return budgets.reports(ids);
  }

  /**
   * One programme's report per source.
   *
   * @return the report
   */
  @Benchmark
  public BudgetReport programmeReport() {
    return budgets.report(ids.get(42)).orElseThrow();
  }
}
