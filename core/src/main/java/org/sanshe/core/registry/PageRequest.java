package org.sanshe.core.registry;

/**
 * Which slice of a stably ordered result to return: skip {@code offset} items, then return at most
 * {@code limit}. Immutable.
 *
 * @param offset items to skip, at least 0
 * @param limit items to return, 1 to 10,000
 */
public record PageRequest(int offset, int limit) {

  /** The largest page size. */
  public static final int MAX_LIMIT = 10_000;

  /**
   * Checks the range.
   *
   * @throws RegistryException with {@code REGISTRY_PAGE_INVALID}
   */
  public PageRequest {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new RegistryException(RegistryError.REGISTRY_PAGE_INVALID, offset, limit);
    }
  }

  /**
   * Returns the first page of a size.
   *
   * @param limit the page size
   * @return the request
   * @throws RegistryException with {@code REGISTRY_PAGE_INVALID}
   */
  public static PageRequest first(int limit) {
    return new PageRequest(0, limit);
  }

  /**
   * Returns the page after this one.
   *
   * @return the next request
   */
  public PageRequest next() {
    return new PageRequest(offset + limit, limit);
  }
}
