package org.sanshe.core.registry;

import java.util.List;
import java.util.Objects;

/**
 * One page of a stably ordered result, with the total number of matches. Immutable if its items
 * are.
 *
 * @param <T> the item type
 * @param items the items of this page, in order
 * @param offset the offset requested
 * @param total how many items match in all
 */
public record Page<T>(List<T> items, int offset, long total) {

  /**
   * Copies the items.
   *
   * @throws NullPointerException if items is null
   */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * Tells whether more items follow this page.
   *
   * @return true if offset plus size is below the total
   */
  public boolean hasNext() {
    return offset + (long) items.size() < total;
  }
}
