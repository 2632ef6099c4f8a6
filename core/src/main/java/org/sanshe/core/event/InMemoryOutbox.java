package org.sanshe.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * An outbox in memory: the in-memory stores write to it as a {@link OutboxSink}, a relay reads it
 * as an {@link Outbox}. Positions are handed out at append, so the order is the order of the saves.
 *
 * <p>Thread-safe: every method locks this object. Entries are kept until the outbox is discarded
 * (an in-memory outbox lives as long as the in-memory stores writing to it).
 */
public final class InMemoryOutbox implements Outbox, OutboxSink {

  private final EventEncoder encoder;
  private final List<OutboxEntry> entries = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Map<String, Long> acknowledged = new HashMap<>();

  /** Creates an outbox that keeps no payloads. */
  public InMemoryOutbox() {
    this.encoder = null;
  }

  /**
   * Creates an outbox that keeps each event encoded as its payload.
   *
   * @param encoder the encoder, not null
   */
  public InMemoryOutbox(EventEncoder encoder) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  @Override
  public synchronized void append(List<OutboxEvent> events) {
    Objects.requireNonNull(events, "events");
    Set<String> batch = new HashSet<>();
    List<String> payloads = new ArrayList<>(events.size());
    for (OutboxEvent e : events) {
      Objects.requireNonNull(e, "event");
      String id = e.eventId();
      if (ids.contains(id) || !batch.add(id)) {
        throw new SansheException(
            CoreError.OUTBOX_EVENT_INVALID,
            Wording.of("every event id is new to the outbox", "每个事件标识在发件箱中须是新的"));
      }
      payloads.add(encoder == null ? null : Objects.requireNonNull(encoder.encode(e.event())));
    }
    for (int i = 0; i < events.size(); i++) {
      OutboxEvent e = events.get(i);
      ids.add(e.eventId());
      entries.add(
          new OutboxEntry(
              entries.size() + 1L,
              e.eventId(),
              e.aggregateType(),
              e.aggregateId(),
              e.aggregateVersion(),
              e.eventType(),
              e.occurredAt(),
              payloads.get(i)));
    }
  }

  @Override
  public synchronized List<OutboxEntry> read(String consumer, int max) {
    Outbox.checkConsumer(consumer);
    Outbox.checkBatch(max);
    int from = (int) (long) acknowledged.getOrDefault(consumer, 0L);
    int to = Math.min(entries.size(), from + max);
    return List.copyOf(entries.subList(from, to));
  }

  @Override
  public synchronized void acknowledge(String consumer, long position) {
    Outbox.checkConsumer(consumer);
    if (position < 0 || position > entries.size()) {
      throw new SansheException(CoreError.OUTBOX_POSITION_UNKNOWN, consumer, entries.size());
    }
    acknowledged.merge(consumer, position, Math::max);
  }

  @Override
  public synchronized long acknowledged(String consumer) {
    Outbox.checkConsumer(consumer);
    return acknowledged.getOrDefault(consumer, 0L);
  }

  /**
   * Returns how many entries the outbox holds.
   *
   * @return the count
   */
  public synchronized long size() {
    return entries.size();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryOutbox[" + entries.size() + " entries, " + acknowledged.size() + " consumers]";
  }
}
