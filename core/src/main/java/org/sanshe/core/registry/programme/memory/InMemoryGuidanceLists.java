package org.sanshe.core.registry.programme.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.programme.GuidanceEvent;
import org.sanshe.core.registry.programme.GuidanceList;
import org.sanshe.core.registry.programme.GuidanceListSnapshot;
import org.sanshe.core.registry.programme.GuidanceLists;

/**
 * Guidance lists kept in memory as snapshots, versions checked as the {@link GuidanceLists} port
 * says. With an {@link OutboxSink}, every successful add or update appends the list's pending
 * events (aggregate type {@value #AGGREGATE_TYPE}, aggregate id {@link GuidanceList#key()}) in the
 * same critical section. Thread-safe (synchronized).
 */
public final class InMemoryGuidanceLists implements GuidanceLists {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "guidance";

  private final TreeMap<String, GuidanceListSnapshot> byKey = new TreeMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryGuidanceLists() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes events to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryGuidanceLists(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(GuidanceList g, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE, g.key(), version, g.pendingEvents(), e -> ((GuidanceEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(GuidanceList list) {
    Objects.requireNonNull(list, "list");
    if (byKey.containsKey(list.key())) {
      throw new RegistryException(RegistryError.GUIDANCE_DUPLICATE, list.district(), list.year());
    }
    if (list.version() != 0) {
      throw new StaleVersionException(
          RegistryError.GUIDANCE_VERSION_CONFLICT, list.key(), list.version(), 0);
    }
    publish(list, 1);
    byKey.put(list.key(), list.snapshot().withVersion(1));
  }

  @Override
  public synchronized void update(GuidanceList list) {
    Objects.requireNonNull(list, "list");
    GuidanceListSnapshot stored = byKey.get(list.key());
    if (stored == null) {
      throw new RegistryException(RegistryError.GUIDANCE_NOT_FOUND, list.district(), list.year());
    }
    if (stored.version() != list.version()) {
      throw new StaleVersionException(
          RegistryError.GUIDANCE_VERSION_CONFLICT, list.key(), list.version(), stored.version());
    }
    publish(list, stored.version() + 1);
    byKey.put(list.key(), list.snapshot().withVersion(stored.version() + 1));
  }

  @Override
  public Optional<GuidanceList> find(DivisionCode district, int year) {
    String key = GuidanceList.key(district, year);
    GuidanceListSnapshot s;
    synchronized (this) {
      s = byKey.get(key);
    }
    return Optional.ofNullable(s).map(GuidanceList::restore);
  }

  @Override
  public synchronized List<Integer> years(DivisionCode district) {
    Objects.requireNonNull(district, "district");
    return byKey.values().stream()
        .filter(s -> s.district().equals(district))
        .map(GuidanceListSnapshot::year)
        .sorted()
        .toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryGuidanceLists[" + byKey.size() + "]";
  }
}
