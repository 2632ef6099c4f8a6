package org.sanshe.benchmarks.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.AbstractList;
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
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.jackson.core.RegistryJson;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.registry.JdbcOrganizations;

/**
 * Issue 12 target: a bulk import of 1,000,000 organizations from JSON into PostgreSQL (fsync on) in
 * at most 60 s: {@code RegistryJson} reads and restores every element, the registry checks the
 * divisions, and {@code JdbcOrganizations.saveAll} checks the keys against the tables and within
 * the batch, then writes everything in one transaction with batched statements. Each iteration
 * imports into empty tables (prefix {@code bimp_}, dropped after it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
public class JdbcRegistryImportBenchmark {

  private static final int SIZE = Integer.getInteger("sanshe.bench.organizations", 1_000_000);

  private Path file;
  private Divisions divisions;
  private ObjectMapper mapper;
  private PooledDataSource pool;
  private SansheJdbc jdbc;

  /**
   * Writes the JSON file and connects.
   *
   * @throws IOException if the file cannot be written
   * @throws SQLException if the pool cannot connect
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    divisions = RegistryData.divisions();
    mapper = RegistryJson.mapper();
    file = Files.createTempFile("sanshe-registry-", ".json");
    Divisions d = divisions;
    AbstractList<Organization> all =
        new AbstractList<>() {
          @Override
          public Organization get(int index) {
            return RegistryData.organization(index, d).storedAs(1);
          }

          @Override
          public int size() {
            return SIZE;
          }
        };
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      RegistryJson.writeOrganizations(mapper, all, out);
    }
    pool = new PooledDataSource(JdbcRegistrySetup.URL, 2);
    jdbc = SansheJdbc.builder(pool).tablePrefix("bimp_").build();
  }

  /** Creates empty tables. */
  @Setup(Level.Iteration)
  public void emptyTables() {
    JdbcRegistrySetup.dropTables(jdbc);
    JdbcOrganizations.migrate(jdbc);
  }

  /** Drops the tables. */
  @TearDown(Level.Iteration)
  public void dropTables() {
    JdbcRegistrySetup.dropTables(jdbc);
  }

  /**
   * Deletes the file and closes the connections.
   *
   * @throws IOException if the file cannot be deleted
   * @throws SQLException if closing fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    Files.deleteIfExists(file);
    pool.close();
  }

  /**
   * Imports the whole file into the empty tables.
   *
   * @return how many were imported
   * @throws IOException if reading fails
   */
  @Benchmark
  public int importJson() throws IOException {
    OrganizationRegistry registry =
        OrganizationRegistry.builder(JdbcOrganizations.open(jdbc), divisions)
            .clock(RegistryData.CLOCK)
            .ids(IdSource.sequential("bench"))
            .evaluation(EvaluationPolicy.preset())
            .listener(e -> {})
            .build();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int n = RegistryJson.importOrganizations(mapper, in, registry);
      if (n != SIZE) {
        throw new IllegalStateException("imported " + n);
      }
      return n;
    }
  }
}
