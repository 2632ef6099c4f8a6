package org.sanshe.benchmarks.registry;

import java.util.ArrayList;
import java.util.List;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.memory.InMemoryOrganizations;
import org.sanshe.core.registry.organization.Organization;

/**
 * Issue 3 target: at most 1 KB retained per organization. Builds an in-memory store of 1,000,000
 * organizations (with all its indexes) and prints the used heap after full collections, minus the
 * used heap before, divided by the count. Run: {@code java -Xmx4g -cp
 * benchmarks/target/benchmarks.jar org.sanshe.benchmarks.registry.RegistryMemoryFootprint}.
 */
public final class RegistryMemoryFootprint {

  private RegistryMemoryFootprint() {}

  private static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Runs the measurement.
   *
   * @param args optional count of organizations
   * @throws InterruptedException if interrupted while waiting for the collector
   */
  public static void main(String[] args) throws InterruptedException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Divisions divisions = RegistryData.divisions();
    long before = used();
    InMemoryOrganizations store = new InMemoryOrganizations();
    List<Organization> batch = new ArrayList<>(size);
    for (int n = 0; n < size; n++) {
      batch.add(RegistryData.organization(n, divisions));
    }
    store.saveAll(batch);
    batch = null;
    long after = used();
    System.out.printf(
        "organizations=%d retained=%d bytes per organization=%d (store size %d)%n",
        size, after - before, (after - before) / size, store.size());
  }
}
