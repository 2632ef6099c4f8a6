package org.sanshe.deliberation.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterEvent;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterSnapshot;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Matters kept in memory, for tests and small deployments. It keeps {@link MatterSnapshot}s, not
 * live objects: {@link #find(MatterId)} restores a fresh instance each time, and writes check the
 * version as the {@link Matters} port says, exactly as a database store does. With an {@link
 * OutboxSink}, every successful add or update appends the events the matter raised (aggregate type
 * {@value #AGGREGATE_TYPE}, at the version stored) in the same critical section; a refused write
 * appends nothing. Thread-safe (synchronized).
 */
public final class InMemoryMatters implements Matters {

  private final TreeMap<String, MatterSnapshot> byId = new TreeMap<>();

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "matter";

  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryMatters() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryMatters(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(Matter matter, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              matter.id().value(),
              version,
              matter.pendingEvents(),
              e -> ((MatterEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    if (byId.containsKey(matter.id().value())) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_DUPLICATE, matter.id());
    }
    if (matter.version() != 0) {
      throw Optimistic.conflict(Optimistic.MATTER, matter.id(), matter.version(), 0);
    }
    publish(matter, 1);
    byId.put(matter.id().value(), matter.snapshot().withVersion(1));
  }

  @Override
  public synchronized void update(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    MatterSnapshot stored = byId.get(matter.id().value());
    if (stored == null) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, matter.id());
    }
    if (stored.version() != matter.version()) {
      throw Optimistic.conflict(Optimistic.MATTER, matter.id(), matter.version(), stored.version());
    }
    publish(matter, stored.version() + 1);
    byId.put(matter.id().value(), matter.snapshot().withVersion(stored.version() + 1));
  }

  @Override
  public Optional<Matter> find(MatterId id) {
    Objects.requireNonNull(id, "id");
    MatterSnapshot s;
    synchronized (this) {
      s = byId.get(id.value());
    }
    return Optional.ofNullable(s).map(Matter::restore);
  }

  @Override
  public List<Matter> all() {
    List<MatterSnapshot> all;
    synchronized (this) {
      all = List.copyOf(byId.values());
    }
    return all.stream().map(Matter::restore).toList();
  }

  @Override
  public List<Matter> page(MatterId after, int max) {
    Matters.checkPageSize(max);
    List<MatterSnapshot> page;
    synchronized (this) {
      page =
          (after == null ? byId : byId.tailMap(after.value(), false))
              .values().stream().limit(max).toList();
    }
    return page.stream().map(Matter::restore).toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryMatters[" + byId.size() + "]";
  }
}
