package org.sanshe.benchmarks.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyOrganizationKind;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.registry.JdbcPartyRecords;

/**
 * Issue 19 target on PostgreSQL: Party coverage of a district (and of its 100 streets) over
 * 1,000,000 stored Party records in at most 50 ms, read from the counters {@code pty_count} that
 * {@link JdbcPartyRecords} moves with every record. The 1,000,000 rows of {@code pty_affil} (prefix
 * {@code bpty_}) are bulk-loaded once by batch inserts, bypassing the store, and the counters are
 * filled from them by one grouped insert, as the store would have left them; they are kept between
 * runs. Server: {@code -Dsanshe.bench.jdbc.url=...}, by default the throwaway server of {@code
 * ../shared/tools/pg-throwaway start}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class JdbcCoverageReportBenchmark {

  private static final String URL =
      System.getProperty(
          "sanshe.bench.jdbc.url", "jdbc:postgresql://127.0.0.1:55432/postgres?user=sanshe");
  private static final int SIZE = Integer.getInteger("sanshe.bench.organizations", 1_000_000);

  private PooledDataSource pool;
  private JdbcPartyRecords records;
  private DivisionCode district;

  /**
   * Opens the store, loading the records unless they are there already.
   *
   * @throws SQLException if the load fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    pool = new PooledDataSource(URL, 2);
    SansheJdbc jdbc = SansheJdbc.builder(pool).tablePrefix("bpty_").build();
    JdbcPartyRecords.migrate(jdbc);
    records = JdbcPartyRecords.open(jdbc, RegistryData.CLOCK);
    district = DivisionCode.parse(RegistryData.district(3));
    try (Connection c = pool.getConnection()) {
      long stored;
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM bpty_pty_affil");
          ResultSet r = s.executeQuery()) {
        r.next();
        stored = r.getLong(1);
      }
      if (stored != SIZE) {
        load(c);
      }
    }
    PartyCoverage all = records.coverage(district);
    if (all.organizations() != SIZE / 10) {
      throw new IllegalStateException("a district holds " + all.organizations());
    }
  }

  private static void load(Connection c) throws SQLException {
    c.setAutoCommit(false);
    for (String t : List.of("bpty_pty_count", "bpty_pty_affil", "bpty_pty_branch")) {
      try (PreparedStatement d = c.prepareStatement("DELETE FROM " + t)) {
        d.executeUpdate();
      }
    }
    int day = (int) LocalDate.of(2020, 1, 1).toEpochDay();
    long at = RegistryData.CLOCK.millis();
    try (PreparedStatement b =
        c.prepareStatement(
            "INSERT INTO bpty_pty_branch (branch_id, name, street, formed_day, recorded_by,"
                + " at_ms, at_ns) VALUES (?, ?, ?, ?, 'bench', ?, 0)")) {
      for (int s = 0; s < RegistryData.STREETS; s++) {
        b.setString(1, "JB-" + s);
        b.setString(2, "联合党支部");
        b.setString(3, RegistryData.street(s).value());
        b.setInt(4, day);
        b.setLong(5, at);
        b.addBatch();
      }
      b.executeBatch();
    }
    SplittableRandom rnd = new SplittableRandom(19);
    PartyOrganizationKind[] kinds = PartyOrganizationKind.values();
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO bpty_pty_affil (org_id, street, kind, branch_id, since_day, version,"
                + " recorded_by, at_ms, at_ns) VALUES (?, ?, ?, ?, ?, 1, 'bench', ?, 0)")) {
      for (int n = 0; n < SIZE; n++) {
        int s = n % RegistryData.STREETS;
        PartyOrganizationKind k = kinds[rnd.nextInt(4)];
        p.setString(1, RegistryData.id(n).value());
        p.setString(2, RegistryData.street(s).value());
        p.setString(3, k.name());
        p.setString(4, k == PartyOrganizationKind.JOINT_BRANCH ? "JB-" + s : null);
        p.setInt(5, day);
        p.setLong(6, at);
        p.addBatch();
        if (n % 10_000 == 9_999) {
          p.executeBatch();
          c.commit();
        }
      }
      p.executeBatch();
    }
    try (PreparedStatement g =
        c.prepareStatement(
            "INSERT INTO bpty_pty_count (street, kind, district, n) SELECT street, kind,"
                + " SUBSTR(street, 1, 6), COUNT(*) FROM bpty_pty_affil GROUP BY street, kind")) {
      g.executeUpdate();
    }
    c.commit();
    try (PreparedStatement a = c.prepareStatement("ANALYZE")) {
      a.execute();
    }
    c.setAutoCommit(true);
  }

  /**
   * Closes the pool.
   *
   * @throws SQLException if a connection cannot be closed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    pool.close();
  }

  /**
   * A district's Party coverage from the stored counters.
   *
   * @return the report
   */
  @Benchmark
  public PartyCoverage partyCoverageOfDistrict() {
    return records.coverage(district);
  }

  /**
   * The coverage of each of a district's 100 streets from the stored counters.
   *
   * @return the reports
   */
  @Benchmark
  public List<PartyCoverage> partyCoverageByStreet() {
    return records.coverageByStreet(district);
  }
}
