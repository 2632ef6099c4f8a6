package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.identifier.DivisionCode;

/**
 * A filter over matters for a coordinator's screen: by current handler, by status, by division (a
 * street, a community, a district) and by being overdue at a time. Every criterion is optional; a
 * matter matches when it meets all given. Immutable; {@code with...} return new queries.
 *
 * @param handler the current handler, or null for any
 * @param statuses the statuses, empty for any; copied
 * @param within the division the matter lies in (itself or below), or null for any
 * @param overdueAt the time at which matched matters are overdue ({@link Matter#isOverdue}), or
 *     null for no such condition
 */
public record MatterQuery(
    Handler handler, Set<MatterStatus> statuses, DivisionCode within, Instant overdueAt) {

  /** The query matching every matter. */
  public static final MatterQuery ALL = new MatterQuery(null, Set.of(), null, null);

  /**
   * Copies the statuses.
   *
   * @throws NullPointerException if statuses is null
   */
  public MatterQuery {
    statuses = Set.copyOf(statuses);
  }

  /**
   * Returns a query for a handler's inbox: the matters dispatched to it and not yet resolved.
   *
   * @param handler the handler, not null
   * @return the query
   */
  public static MatterQuery inbox(Handler handler) {
    return new MatterQuery(
        Objects.requireNonNull(handler, "handler"),
        EnumSet.of(MatterStatus.DISPATCHED, MatterStatus.IN_PROGRESS, MatterStatus.REOPENED),
        null,
        null);
  }

  /**
   * Returns this query for one handler.
   *
   * @param value the handler, or null for any
   * @return the new query
   */
  public MatterQuery withHandler(Handler value) {
    return new MatterQuery(value, statuses, within, overdueAt);
  }

  /**
   * Returns this query for some statuses.
   *
   * @param value the statuses, empty for any
   * @return the new query
   */
  public MatterQuery withStatuses(Set<MatterStatus> value) {
    return new MatterQuery(handler, value, within, overdueAt);
  }

  /**
   * Returns this query within a division.
   *
   * @param value the division, or null for any
   * @return the new query
   */
  public MatterQuery within(DivisionCode value) {
    return new MatterQuery(handler, statuses, value, overdueAt);
  }

  /**
   * Returns this query for matters overdue at a time.
   *
   * @param value the time, or null for no such condition
   * @return the new query
   */
  public MatterQuery overdueAt(Instant value) {
    return new MatterQuery(handler, statuses, within, value);
  }

  /**
   * Tells whether a matter matches.
   *
   * @param m the matter, not null
   * @return true when it meets every criterion
   */
  public boolean matches(Matter m) {
    return (handler == null || m.handler().filter(handler::equals).isPresent())
        && (statuses.isEmpty() || statuses.contains(m.status()))
        && (within == null || m.community().isWithin(within))
        && (overdueAt == null || m.isOverdue(overdueAt));
  }
}
