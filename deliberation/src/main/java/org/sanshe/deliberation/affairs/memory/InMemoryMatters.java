package org.sanshe.deliberation.affairs.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterSnapshot;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.affairs.internal.Optimistic;

/**
 * Matters kept in memory, for tests and small deployments. It keeps {@link MatterSnapshot}s, not
 * live objects: {@link #find(MatterId)} restores a fresh instance each time, and writes check the
 * version as the {@link Matters} port says, exactly as a database store does. Thread-safe
 * (synchronized).
 */
public final class InMemoryMatters implements Matters {

  private final TreeMap<String, MatterSnapshot> byId = new TreeMap<>();

  /** Creates an empty store. */
  public InMemoryMatters() {}

  @Override
  public synchronized void add(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    if (byId.containsKey(matter.id().value())) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_DUPLICATE, matter.id());
    }
    if (matter.version() != 0) {
      throw Optimistic.conflict(Optimistic.MATTER, matter.id(), matter.version(), 0);
    }
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
