package org.sanshe.core.registry.worker;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The community workers of the registry: a port. Implementations are thread-safe and check versions
 * optimistically on {@link #save(CommunityWorker)}.
 */
public interface CommunityWorkers {

  /**
   * Finds a worker.
   *
   * @param id the id, not null
   * @return a fresh instance of the worker, if stored
   */
  Optional<CommunityWorker> find(SocialWorkerId id);

  /**
   * Stores a new or changed worker.
   *
   * @param worker the worker, not null
   * @return the stored worker with its new version
   * @throws org.sanshe.core.registry.StaleVersionException with {@code WORKER_VERSION_CONFLICT}
   */
  CommunityWorker save(CommunityWorker worker);

  /**
   * Lists the workers of a community, ordered by id, those who left included.
   *
   * @param community the community, not null
   * @return the workers
   */
  List<CommunityWorker> inCommunity(DivisionCode community);
}
