package org.sanshe.core.event;

/**
 * Turns an event into the text an outbox stores as its payload, for instance JSON written by the
 * integrator's mapper. Implementations must be thread-safe and deterministic, and must not return
 * null.
 */
@FunctionalInterface
public interface EventEncoder {

  /**
   * Encodes an event.
   *
   * @param event the event, not null
   * @return its text, not null
   */
  String encode(Object event);
}
