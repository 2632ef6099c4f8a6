package org.sanshe.benchmarks.registry;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
import org.sanshe.core.registry.Page;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.registry.JdbcOrganizations;

/**
 * Issue 12 targets on PostgreSQL (fsync on) with 1,000,000 organizations stored ({@code
 * -Dsanshe.bench.organizations} to change): the organizations of one street (about 1,000, one page
 * with its total) in at most 5 ms, and a lookup by id or by credit code in at most 0.3 ms. The
 * tables (prefix {@code breg_}) are loaded once with one {@code saveAll} (in street order) and kept
 * between runs, then vacuumed; a random street or organization per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
public class JdbcRegistryQueryBenchmark {

  private static final int SIZE = Integer.getInteger("sanshe.bench.organizations", 1_000_000);

  private PooledDataSource pool;
  private JdbcOrganizations store;

  /**
   * Opens the store, loading the organizations unless they are there already.
   *
   * @throws SQLException if the pool cannot connect
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    pool = new PooledDataSource(JdbcRegistrySetup.URL, 2);
    SansheJdbc jdbc = SansheJdbc.builder(pool).tablePrefix("breg_").build();
    JdbcOrganizations.migrate(jdbc);
    store = JdbcOrganizations.open(jdbc);
    if (store.size() != SIZE) {
      JdbcRegistrySetup.dropTables(jdbc);
      JdbcOrganizations.migrate(jdbc);
      store = JdbcOrganizations.open(jdbc);
      Divisions divisions = RegistryData.divisions();
      long t0 = System.nanoTime();
      List<Organization> all = new ArrayList<>(SIZE);
      for (int n = 0; n < SIZE; n++) {
        all.add(RegistryData.organization(n, divisions).storedAs(1));
      }
      store.saveAll(all);
      System.out.printf(
          "loaded %,d organizations in %.1f s%n", SIZE, (System.nanoTime() - t0) / 1e9);
      // as autovacuum would after the import: statistics, hint bits and the visibility map (without
      // it the first reads of every page set hint bits and index-only scans visit the table)
      // (outside any transaction: SansheJdbc.read runs in a snapshot transaction)
      try (var c = pool.getConnection();
          var s = c.createStatement()) {
        s.execute("VACUUM ANALYZE");
      }
    }
  }

  /**
   * Closes the connections.
   *
   * @throws SQLException if closing fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    pool.close();
  }

  /**
   * Lists the organizations of a random street: one page of up to 2,000 with the total.
   *
   * @return the page
   */
  @Benchmark
  public Page<Organization> organizationsOfOneStreet() {
    int s = ThreadLocalRandom.current().nextInt(RegistryData.STREETS);
    return store.query(
        OrganizationQuery.all().within(RegistryData.street(s)), PageRequest.first(2_000));
  }

  /**
   * Finds a random organization by id.
   *
   * @return it
   */
  @Benchmark
  public Optional<Organization> findById() {
    return store.find(RegistryData.id(ThreadLocalRandom.current().nextInt(SIZE)));
  }

  /**
   * Finds a random organization by credit code.
   *
   * @return it
   */
  @Benchmark
  public Optional<Organization> findByCreditCode() {
    return store.findByUscc(RegistryData.uscc(ThreadLocalRandom.current().nextInt(SIZE)));
  }
}
