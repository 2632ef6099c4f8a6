package org.sanshe.core.registry.memory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.worker.CommunityWorker;
import org.sanshe.core.registry.worker.CommunityWorkers;
import org.sanshe.core.registry.worker.SocialWorkerId;

/**
 * Community workers in memory. Thread-safe: saves are serialized on this object's lock and check
 * the version; reads see the last completed save. A refused save changes nothing.
 */
public final class InMemoryCommunityWorkers implements CommunityWorkers {

  private final Map<SocialWorkerId, CommunityWorker> byId = new ConcurrentSkipListMap<>();

  /** Creates an empty store. */
  public InMemoryCommunityWorkers() {}

  @Override
  public Optional<CommunityWorker> find(SocialWorkerId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized CommunityWorker save(CommunityWorker worker) {
    Objects.requireNonNull(worker, "worker");
    CommunityWorker current = byId.get(worker.id());
    long currentVersion = current == null ? 0 : current.version();
    if (worker.version() != currentVersion) {
      throw new StaleVersionException(
          RegistryError.WORKER_VERSION_CONFLICT, worker.id(), worker.version(), currentVersion);
    }
    CommunityWorker stored = worker.storedAs(currentVersion + 1);
    byId.put(stored.id(), stored);
    return stored;
  }

  @Override
  public List<CommunityWorker> inCommunity(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return byId.values().stream().filter(w -> w.community().equals(community)).toList();
  }

  @Override
  public String toString() {
    return "InMemoryCommunityWorkers[" + byId.size() + " workers]";
  }
}
