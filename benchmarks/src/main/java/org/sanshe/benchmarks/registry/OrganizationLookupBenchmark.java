package org.sanshe.benchmarks.registry;

import java.util.ArrayList;
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
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.Page;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;

/**
 * Issue 3 targets with 1,000,000 organizations in memory: the organizations of one street (about
 * 1,000) in at most 100 µs; lookup by id or credit code in at most 100 ns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
public class OrganizationLookupBenchmark {

  private static final int SIZE = 1_000_000;
  private static final int KEYS = 1 << 16;

  private InMemoryOrganizations store;
  private OrganizationId[] ids;
  private UnifiedSocialCreditCode[] codes;
  private OrganizationQuery[] streets;
  private PageRequest wholeStreet;
  private int next;

  /** Builds the store once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    Divisions divisions = RegistryData.divisions();
    store = new InMemoryOrganizations();
    List<Organization> batch = new ArrayList<>(SIZE);
    for (int n = 0; n < SIZE; n++) {
      batch.add(RegistryData.organization(n, divisions));
    }
    store.saveAll(batch);
    batch = null;
    ids = new OrganizationId[KEYS];
    codes = new UnifiedSocialCreditCode[KEYS];
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    for (int i = 0; i < KEYS; i++) {
      int n = random.nextInt(SIZE);
      // fresh instances, as a caller parsing a request would hold
      ids[i] = new OrganizationId(RegistryData.id(n).value());
      codes[i] = UnifiedSocialCreditCode.parse(RegistryData.uscc(n).value());
    }
    streets = new OrganizationQuery[RegistryData.STREETS];
    for (int s = 0; s < RegistryData.STREETS; s++) {
      DivisionCode street = RegistryData.street(s);
      streets[s] = OrganizationQuery.all().within(street);
    }
    wholeStreet = PageRequest.first(2_000);
  }

  /**
   * Finds an organization by id.
   *
   * @return the organization
   */
  @Benchmark
  public Organization lookupById() {
    return store.get(ids[next++ & (KEYS - 1)]);
  }

  /**
   * Finds an organization by credit code.
   *
   * @return the organization
   */
  @Benchmark
  public Organization lookupByUscc() {
    return store.getByUscc(codes[next++ & (KEYS - 1)]);
  }

  /**
   * Lists all organizations of one street (about 1,000), in the stable order, with the total.
   *
   * @return the page
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Page<Organization> streetQuery() {
    int s = next++ % RegistryData.STREETS;
    return store.query(streets[s], wholeStreet);
  }
}
