package org.sanshe.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sanshe.core.kernel.IdSource;

/**
 * Deterministic ids for tests: one {@link IdSource#sequential(String)} per prefix, so that {@code
 * source("org")} hands out {@code org-1}, {@code org-2}, ... and a fresh {@code TestIds} starts
 * again from 1. Thread-safe.
 */
public final class TestIds {

  private final Map<String, IdSource> sources = new ConcurrentHashMap<>();

  private TestIds() {}

  /**
   * Creates a fresh set of counters, all at zero.
   *
   * @return the ids
   */
  public static TestIds fresh() {
    return new TestIds();
  }

  /**
   * Returns the id source of a prefix, the same source on every call with that prefix.
   *
   * @param prefix the prefix, not null
   * @return the source, whose ids are {@code prefix-1}, {@code prefix-2}, ...
   * @throws NullPointerException if prefix is null
   */
  public IdSource source(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return sources.computeIfAbsent(prefix, IdSource::sequential);
  }

  /**
   * Returns the next id of a prefix.
   *
   * @param prefix the prefix, not null
   * @return the next id, e.g. {@code org-3}
   * @throws NullPointerException if prefix is null
   */
  public String next(String prefix) {
    return source(prefix).nextId();
  }

  @Override
  public String toString() {
    return "TestIds" + sources.keySet();
  }
}
