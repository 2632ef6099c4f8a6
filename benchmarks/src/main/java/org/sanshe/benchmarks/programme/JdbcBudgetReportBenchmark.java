package org.sanshe.benchmarks.programme;

import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.benchmarks.registry.PooledDataSource;
import org.sanshe.core.registry.programme.BudgetReport;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.programme.JdbcBudgets;
import org.sanshe.jdbc.programme.JdbcProgrammes;

/**
 * Issue 18 target on PostgreSQL: the budget report per programme and source of a district year (100
 * programmes, 5,000 projects, 1,000,000 movements in the journal; {@link DistrictYear}) in at most
 * 50 ms, by query over the running lines ({@code prg_bline}, 10,000 rows), never the journal. The
 * tables (prefix {@code bprg_}) are loaded once through {@link JdbcBudgets} and kept between runs.
 * Server: {@code -Dsanshe.bench.jdbc.url=...}, by default the throwaway server of {@code
 * ../shared/tools/pg-throwaway start}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class JdbcBudgetReportBenchmark {

  private static final String URL =
      System.getProperty(
          "sanshe.bench.jdbc.url", "jdbc:postgresql://127.0.0.1:55432/postgres?user=sanshe");

  private PooledDataSource pool;
  private JdbcBudgets budgets;
  private List<ProgrammeId> ids;

  /**
   * Opens the store, loading the year unless it is there already.
   *
   * @throws SQLException if the pool cannot connect
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    pool = new PooledDataSource(URL, 2);
    SansheJdbc jdbc = SansheJdbc.builder(pool).tablePrefix("bprg_").build();
    JdbcProgrammes.migrate(jdbc);
    budgets = JdbcBudgets.open(jdbc);
    ids = DistrictYear.ids();
    long stored =
        budgets.find(ids.get(ids.size() - 1)).map(b -> b.movements()).orElse(0L) * ids.size();
    if (stored != DistrictYear.MOVEMENTS) {
      jdbc.inTransaction(
          "clear benchmark budgets",
          c -> {
            try (var s = c.createStatement()) {
              for (String t : List.of("prg_bmove", "prg_bline", "prg_budget")) {
                s.executeUpdate("DELETE FROM " + jdbc.table(t));
              }
            }
            return null;
          });
      long t0 = System.nanoTime();
      DistrictYear.load(budgets);
      System.out.printf(
          "loaded %,d movements in %.1f s%n",
          DistrictYear.MOVEMENTS, (System.nanoTime() - t0) / 1e9);
      jdbc.inTransaction(
          c -> {
            try (var s = c.createStatement()) {
              s.execute("ANALYZE");
            }
            return null;
          });
    }
  }

  /**
   * Closes the pool.
   *
   * @throws SQLException if closing fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    pool.close();
  }

  /**
   * The district's report: every programme per source, two statements.
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
