package org.sanshe.benchmarks.affairs;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.deliberation.affairs.TriageTable;
import org.sanshe.deliberation.affairs.TriageTargets;

/**
 * The "622" report over 1,000,000 matters (issue 5: at most 50 ms): 10 streets of 20 communities,
 * matters spread over 2026 with about 10% untriaged. Each benchmark is one full pass over the
 * table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TriageReportBenchmark {

  private static final int MATTERS = 1_000_000;

  private final ReportPeriod quarter = ReportPeriod.parse("2026-01-01/2026-03-31");
  private final ReportPeriod year = ReportPeriod.year(2026);
  private final TriageTargets targets = TriageTargets.preset622();
  private final DivisionCode street = DivisionCode.parse("320114003");
  private final DivisionCode community = DivisionCode.parse("320114003007");
  private TriageTable table;

  /** Builds the table of a million matters with a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(622);
    DivisionCode[] communities = new DivisionCode[200];
    for (int s = 0; s < 10; s++) {
      for (int c = 0; c < 20; c++) {
        communities[s * 20 + c] = DivisionCode.parse(String.format("320114%03d%03d", s + 1, c + 1));
      }
    }
    LocalDate start = LocalDate.of(2026, 1, 1);
    ResolutionPath[] paths = ResolutionPath.values();
    table = TriageTable.create(ZoneId.of("Asia/Shanghai"));
    for (int i = 0; i < MATTERS; i++) {
      int p = random.nextInt(10);
      ResolutionPath path = p == 9 ? null : p < 5 ? paths[0] : p < 7 ? paths[1] : paths[2];
      table.add(communities[random.nextInt(200)], start.plusDays(random.nextInt(365)), path);
    }
  }

  /**
   * One community over a quarter.
   *
   * @return the report
   */
  @Benchmark
  public TriageReport communityQuarter() {
    return table.report(community, quarter, targets);
  }

  /**
   * One street over the year.
   *
   * @return the report
   */
  @Benchmark
  public TriageReport streetYear() {
    return table.report(street, year, targets);
  }

  /**
   * Every community over the year, in one pass.
   *
   * @return the reports
   */
  @Benchmark
  public List<TriageReport> allCommunitiesYear() {
    return table.reportsBy(DivisionLevel.VILLAGE, year, targets);
  }
}
