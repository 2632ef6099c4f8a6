package org.sanshe.benchmarks.review;

import java.sql.SQLException;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.benchmarks.registry.PooledDataSource;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.Expert;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.programme.JdbcExpertRosters;

/**
 * No target in issue 18; measured because {@link JdbcExpertRosters} rewrites a roster's rows with
 * every save. A district year's roster: 300 experts (a quarter tied to one of 200 organizations),
 * 1,500 panels of 5 (500 projects, three review stages each). {@code find} reads it back; {@code
 * declareTiesAndSave} reads it, declares one expert's ties anew and saves it (the whole roster
 * rewritten in one transaction). Tables with prefix {@code brv_}, recreated per trial. Server:
 * {@code -Dsanshe.bench.jdbc.url=...}, by default the throwaway server of {@code
 * ../shared/tools/pg-throwaway start}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class JdbcExpertRosterBenchmark {

  private static final String URL =
      System.getProperty(
          "sanshe.bench.jdbc.url", "jdbc:postgresql://127.0.0.1:55432/postgres?user=sanshe");
  private static final DivisionCode DISTRICT = DivisionCode.parse("320114");
  private static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

  private PooledDataSource pool;
  private JdbcExpertRosters rosters;
  private int turn;

  /**
   * Creates the tables and stores the roster.
   *
   * @throws SQLException if the pool cannot connect
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    pool = new PooledDataSource(URL, 2);
    SansheJdbc jdbc = SansheJdbc.builder(pool).tablePrefix("brv_").build();
    JdbcExpertRosters.migrate(jdbc);
    jdbc.inTransaction(
        "clear benchmark rosters",
        c -> {
          try (var s = c.createStatement()) {
            for (String t : List.of("rv_panel", "rv_tie", "rv_expert", "rv_roster")) {
              s.executeUpdate("DELETE FROM " + jdbc.table(t));
            }
          }
          return null;
        });
    rosters = JdbcExpertRosters.open(jdbc);
    SplittableRandom random = new SplittableRandom(2026);
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<OrganizationId> ties = new ArrayList<>();
      if (random.nextInt(4) == 0) {
        ties.add(new OrganizationId("org-" + random.nextInt(200)));
      }
      experts.add(new Expert("expert-" + i, ties));
    }
    ExpertRoster r = ExpertRoster.open(DISTRICT, 2026, experts, "officer", AT);
    for (int p = 0; p < 500; p++) {
      for (ReviewStage stage : ReviewStage.values()) {
        r =
            r.draw(
                new ProjectId("project-" + p),
                stage,
                new OrganizationId("org-" + (p % 200)),
                5,
                random.nextLong(),
                "officer",
                AT);
      }
    }
    rosters.add(r);
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
   * Reads the roster back (300 experts, 1,500 panels).
   *
   * @return the roster
   */
  @Benchmark
  public ExpertRoster find() {
    return rosters.find(DISTRICT, 2026).orElseThrow();
  }

  /**
   * Reads the roster, declares one expert's ties anew and saves it.
   *
   * @return the saved roster's version read
   */
  @Benchmark
  public long declareTiesAndSave() {
    ExpertRoster r = rosters.find(DISTRICT, 2026).orElseThrow();
    String expert = "expert-" + (turn++ % 300);
    Expert e = r.pool().find(expert).orElseThrow();
    rosters.update(r.declareTies(expert, e.ties(), "officer", AT));
    return r.version();
  }
}
