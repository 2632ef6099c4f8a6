package org.sanshe.deliberation.affairs;

import java.util.List;
import java.util.Optional;
import org.sanshe.deliberation.affairs.error.AffairsException;

/**
 * The port to where matters are kept. Implementations say whether they are thread-safe; the
 * in-memory one in {@code ..affairs.memory} is.
 */
public interface Matters {

  /**
   * Adds a new matter.
   *
   * @param matter the matter, not null
   * @throws AffairsException with {@code AFFAIRS_MATTER_DUPLICATE} if the id is taken
   */
  void add(Matter matter);

  /**
   * Stores a changed matter.
   *
   * @param matter the matter, not null
   * @throws AffairsException with {@code AFFAIRS_MATTER_UNKNOWN} if it was never added
   */
  void update(Matter matter);

  /**
   * Finds a matter.
   *
   * @param id the id, not null
   * @return the matter, or empty
   */
  Optional<Matter> find(MatterId id);

  /**
   * Returns every matter, in the order they were added.
   *
   * @return a snapshot list
   */
  List<Matter> all();
}
