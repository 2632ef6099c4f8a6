package org.sanshe.deliberation.affairs.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;

/**
 * Matters kept in memory, for tests and small deployments. Thread-safe (synchronized); it hands out
 * the stored aggregates themselves, so callers serialize commands on one matter.
 */
public final class InMemoryMatters implements Matters {

  private final Map<MatterId, Matter> byId = new LinkedHashMap<>();

  /** Creates an empty store. */
  public InMemoryMatters() {}

  @Override
  public synchronized void add(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    if (byId.containsKey(matter.id())) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_DUPLICATE, matter.id());
    }
    byId.put(matter.id(), matter);
  }

  @Override
  public synchronized void update(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    if (!byId.containsKey(matter.id())) {
      throw new AffairsException(AffairsError.AFFAIRS_MATTER_UNKNOWN, matter.id());
    }
    byId.put(matter.id(), matter);
  }

  @Override
  public synchronized Optional<Matter> find(MatterId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<Matter> all() {
    return List.copyOf(new ArrayList<>(byId.values()));
  }

  @Override
  public synchronized String toString() {
    return "InMemoryMatters[" + byId.size() + "]";
  }
}
