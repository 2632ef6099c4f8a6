package org.sanshe.core.event;

import java.time.Instant;

/**
 * One entry of an outbox as a relay reads it. Immutable. {@link #toString()} never shows the
 * payload, which may hold personal data.
 *
 * @param position the entry's position in the outbox, from 1, increasing in the order entries are
 *     handed out
 * @param eventId the stable event id ({@link OutboxEvent#eventId()}), for de-duplication
 * @param aggregateType the kind of aggregate
 * @param aggregateId the aggregate's id as text
 * @param aggregateVersion the aggregate's version that the event produced
 * @param eventType the event's type name
 * @param occurredAt when the event happened
 * @param payload the event as encoded by the outbox's {@link EventEncoder}, or null when the outbox
 *     has none (a consumer then reads the aggregate at this version or later)
 */
public record OutboxEntry(
    long position,
    String eventId,
    String aggregateType,
    String aggregateId,
    long aggregateVersion,
    String eventType,
    Instant occurredAt,
    String payload) {

  @Override
  public String toString() {
    return "OutboxEntry[" + position + ' ' + eventId + ' ' + eventType + " at " + occurredAt + ']';
  }
}
