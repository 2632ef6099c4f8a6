package org.sanshe.benchmarks.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.jackson.core.RegistryJson;

/**
 * Issue 3 target: loading 1,000,000 organizations from a JSON array in at most 5 s, through the
 * all-or-nothing bulk import (every element read, restored, checked against the division directory
 * and for duplicates, then stored and indexed). The JSON is written to a temporary file once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
public class OrganizationJsonLoadBenchmark {

  private static final int SIZE = 1_000_000;

  private Path file;
  private Divisions divisions;
  private ObjectMapper mapper;

  /**
   * Writes the JSON file.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
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
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Imports the whole file into an empty store.
   *
   * @return the store
   * @throws IOException if reading fails
   */
  @Benchmark
  public InMemoryOrganizations load() throws IOException {
    InMemoryOrganizations store = new InMemoryOrganizations(SIZE);
    OrganizationRegistry registry =
        OrganizationRegistry.builder(store, divisions)
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
    }
    return store;
  }
}
