package org.sanshe.core.event;

import java.util.List;

/**
 * Where an in-memory store writes the events of a save, inside the same critical section as the
 * save itself. Implementations are thread-safe.
 */
public interface OutboxSink {

  /**
   * Appends the events of one save, all or none, in order.
   *
   * @param events the events, not null (may be empty)
   * @throws org.sanshe.core.error.SansheException with {@code OUTBOX_EVENT_INVALID} if an event id
   *     is already in the outbox; nothing is appended then
   */
  void append(List<OutboxEvent> events);
}
