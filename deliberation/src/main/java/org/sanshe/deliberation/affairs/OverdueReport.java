package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The matters of a division overdue at a time ({@link Matter#isOverdue}), counted per current
 * handler and per street. Immutable.
 *
 * @param scope the division counted (itself and everything within)
 * @param at the time judged at
 * @param byHandler overdue matters per handler, ordered by handler; copied
 * @param byStreet overdue matters per street or town (9-digit code), ordered by code; copied
 */
public record OverdueReport(
    DivisionCode scope,
    Instant at,
    SortedMap<Handler, Long> byHandler,
    SortedMap<DivisionCode, Long> byStreet) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public OverdueReport {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    byHandler = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byHandler));
    byStreet = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byStreet));
  }

  /**
   * Returns the overdue total.
   *
   * @return the sum over the handlers
   */
  public long total() {
    return byHandler.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Counts one overdue matter into two maps (for stores building the report).
   *
   * @param handlers the per-handler counts, not null
   * @param streets the per-street counts, not null
   * @param handler the matter's handler, not null
   * @param community the matter's community, not null
   */
  public static void count(
      Map<Handler, Long> handlers,
      Map<DivisionCode, Long> streets,
      Handler handler,
      DivisionCode community) {
    handlers.merge(handler, 1L, Long::sum);
    streets.merge(community.parent().orElseThrow(), 1L, Long::sum);
  }
}
