package org.sanshe.benchmarks.affairs;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.jdbc.JdbcMatters;
import org.sanshe.jdbc.SansheJdbc;

/**
 * The "622" report of a street and year over 1,000,000 matters stored in PostgreSQL (issue 12: at
 * most 100 ms), answered by {@link JdbcMatters#triageReport} with one grouped query. Same shape as
 * {@link TriageReportBenchmark}: 10 streets of 20 communities, matters spread over 2026 (Beijing
 * time) with about 10% untriaged, so a street holds about 100,000 matters of the year.
 *
 * <p>The matters are loaded once per table prefix with one {@code INSERT ... SELECT} over {@code
 * generate_series} and a seeded {@code random()} (PostgreSQL only; the store itself uses portable
 * SQL), then vacuumed and analysed; a later run over the same prefix skips the load. Run against a
 * server with full durability ({@code ../shared/tools/pg-throwaway}) with {@code -p url=...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DurableTriageReportBenchmark {

  private static final int MATTERS = 1_000_000;
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** The JDBC URL of the server, with the user as a parameter. */
  @Param("jdbc:postgresql://127.0.0.1:55441/postgres?user=sanshe")
  public String url;

  /** The table prefix of the benchmark's tables. */
  @Param("bm622r_")
  public String prefix;

  private final TriageTargets targets = TriageTargets.preset622();
  private final ReportPeriod year = ReportPeriod.year(2026);
  private final ReportPeriod quarter = ReportPeriod.parse("2026-01-01/2026-03-31");
  private final DivisionCode street = DivisionCode.parse("320114003");
  private final DivisionCode community = DivisionCode.parse("320114003007");
  private final DivisionCode district = DivisionCode.parse("320114");
  private Connection connection;
  private JdbcMatters matters;
  private int probe;

  /**
   * Connects, creates the tables and loads the matters unless they are there.
   *
   * @throws SQLException if the database fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    connection = DriverManager.getConnection(url);
    SansheJdbc jdbc = SansheJdbc.builder(new OneConnection(connection)).tablePrefix(prefix).build();
    JdbcMatters.migrate(jdbc);
    String table = jdbc.table("af_matter");
    long count;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      count = r.getLong(1);
    }
    if (count != MATTERS) {
      load(table);
    }
    matters = JdbcMatters.open(jdbc);
    TriageReport check = matters.triageReport(street, year, BEIJING, targets);
    System.out.println("street " + street + " 2026: " + check.recorded() + " matters");
  }

  private void load(String table) throws SQLException {
    long start = LocalDate.of(2026, 1, 1).atStartOfDay(BEIJING).toInstant().toEpochMilli();
    long t0 = System.nanoTime();
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("DELETE FROM " + table);
      s.execute("SELECT setseed(0.622)"); // the same matters in every load
      s.executeUpdate(
          "INSERT INTO "
              + table
              + " (matter_id, version, community_code, street_code, district_code, channel_code,"
              + " category_code, urgency_code, summary_text, reported_ms, reported_ns, recorded_ms,"
              + " recorded_ns, path_code, triage_reason, triaged_ms, triaged_ns)"
              + " SELECT 'm-' || lpad(g::text, 7, '0'), 1, c, substr(c, 1, 9), substr(c, 1, 6), 1,"
              + " 'parking', 1, '占道停车', t, 0, t, 0, p,"
              + " CASE WHEN p = 0 THEN NULL ELSE 'triaged' END,"
              + " CASE WHEN p = 0 THEN NULL ELSE t + 60000 END,"
              + " CASE WHEN p = 0 THEN NULL ELSE 0 END"
              + " FROM (SELECT g,"
              + " '320114' || lpad((1 + floor(random() * 10))::text, 3, '0')"
              + " || lpad((1 + floor(random() * 20))::text, 3, '0') AS c,"
              + " "
              + start
              + " + floor(random() * 365)::bigint * 86400000"
              + " + floor(random() * 86400000)::bigint AS t,"
              + " floor(random() * 10)::int AS v"
              + " FROM generate_series(1, "
              + MATTERS
              + ") g) x,"
              + " LATERAL (SELECT CASE WHEN v = 9 THEN 0 WHEN v < 5 THEN 1"
              + " WHEN v < 7 THEN 2 ELSE 3 END AS p) y");
      connection.commit();
    } finally {
      connection.setAutoCommit(auto);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("VACUUM ANALYZE " + table);
    }
    System.out.printf("loaded %,d matters in %.1f s%n", MATTERS, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Closes the connection.
   *
   * @throws SQLException if the driver fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
  }

  /**
   * The target: one street over the year (about 100,000 matters counted).
   *
   * @return the report
   */
  @Benchmark
  public TriageReport streetYear() {
    return matters.triageReport(street, year, BEIJING, targets);
  }

  /**
   * One community over a quarter (about 1,250 matters counted).
   *
   * @return the report
   */
  @Benchmark
  public TriageReport communityQuarter() {
    return matters.triageReport(community, quarter, BEIJING, targets);
  }

  /**
   * The whole district over the year (all 1,000,000 matters counted).
   *
   * @return the report
   */
  @Benchmark
  public TriageReport districtYear() {
    return matters.triageReport(district, year, BEIJING, targets);
  }

  /**
   * One matter by id, restored from its row.
   *
   * @return whether it was found
   */
  @Benchmark
  public boolean findById() {
    probe = (probe + 7919) % MATTERS;
    return matters.find(MatterId.of(String.format("m-%07d", probe + 1))).isPresent();
  }

  /** A data source over one open connection whose {@code close()} keeps it open. */
  private static final class OneConnection implements DataSource {

    private final Connection proxy;

    OneConnection(Connection connection) {
      this.proxy =
          (Connection)
              Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, method, args) -> {
                    if (method.getName().equals("close")) {
                      return null;
                    }
                    try {
                      return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
    }

    @Override
    public Connection getConnection() {
      return proxy;
    }

    @Override
    public Connection getConnection(String user, String password) {
      return proxy;
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
