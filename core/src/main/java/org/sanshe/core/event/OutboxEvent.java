package org.sanshe.core.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * One event as a store hands it to an outbox: which aggregate raised it, at which stored version,
 * its place among the events of that save, and the event itself.
 *
 * <p>Immutable if the event is. {@link #toString()} never shows the event (it may hold personal
 * data), only where it comes from.
 *
 * @param aggregateType the kind of aggregate, 1 to 40 lower-case letters, digits and hyphens
 * @param aggregateId the aggregate's id as text, 1 to 64 characters
 * @param aggregateVersion the version the save stored, at least 1
 * @param index the event's place among the events of that save, from 0
 * @param eventType the event's type name, 1 to 80 characters
 * @param occurredAt when the event happened, not null
 * @param event the event object, not null
 */
public record OutboxEvent(
    String aggregateType,
    String aggregateId,
    long aggregateVersion,
    int index,
    String eventType,
    Instant occurredAt,
    Object event) {

  /** Longest aggregate type. */
  public static final int MAX_AGGREGATE_TYPE = 40;

  /** Longest aggregate id. */
  public static final int MAX_AGGREGATE_ID = 64;

  /** Longest event type. */
  public static final int MAX_EVENT_TYPE = 80;

  /**
   * Checks the components.
   *
   * @throws SansheException with {@code OUTBOX_EVENT_INVALID} naming the broken rule
   */
  public OutboxEvent {
    if (aggregateType == null
        || aggregateType.isEmpty()
        || aggregateType.length() > MAX_AGGREGATE_TYPE
        || !aggregateType
            .chars()
            .allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
      throw invalid(
          "the aggregate type has 1 to 40 lower-case letters, digits or hyphens",
          "聚合类型须为 1 至 40 个小写字母、数字或连字符");
    }
    if (aggregateId == null
        || aggregateId.isEmpty()
        || aggregateId.length() > MAX_AGGREGATE_ID
        || aggregateId.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw invalid(
          "the aggregate id has 1 to 64 characters without control characters",
          "聚合标识须为 1 至 64 个不含控制字符的字符");
    }
    if (aggregateVersion < 1) {
      throw invalid("the aggregate version is at least 1", "聚合版本至少为 1");
    }
    if (index < 0) {
      throw invalid("the index is not negative", "序号不能为负");
    }
    if (eventType == null
        || eventType.isEmpty()
        || eventType.length() > MAX_EVENT_TYPE
        || eventType.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
      throw invalid(
          "the event type has 1 to 80 characters without white space or control characters",
          "事件类型须为 1 至 80 个不含空白或控制字符的字符");
    }
    if (occurredAt == null) {
      throw invalid("the time of the event is given", "须给出事件发生的时间");
    }
    if (event == null) {
      throw invalid("the event is given", "须给出事件");
    }
  }

  /**
   * Numbers the events one save of one aggregate raised, in order from 0; the event type is the
   * event class's simple name.
   *
   * @param aggregateType the kind of aggregate, see the record's rules
   * @param aggregateId the aggregate's id as text
   * @param aggregateVersion the version the save stores, at least 1
   * @param events the events, oldest first, not null, no null element
   * @param occurredAt reads an event's time, not null
   * @return the outbox events, immutable
   * @throws SansheException with {@code OUTBOX_EVENT_INVALID}
   */
  public static List<OutboxEvent> of(
      String aggregateType,
      String aggregateId,
      long aggregateVersion,
      List<?> events,
      Function<Object, Instant> occurredAt) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(occurredAt, "occurredAt");
    List<OutboxEvent> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Object e = events.get(i);
      if (e == null) {
        throw invalid("the event is given", "须给出事件");
      }
      out.add(
          new OutboxEvent(
              aggregateType,
              aggregateId,
              aggregateVersion,
              i,
              e.getClass().getSimpleName(),
              occurredAt.apply(e),
              e));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the stable id of this event: the same on every delivery, unique in an outbox.
   *
   * @return {@code aggregateType:aggregateId:aggregateVersion:index}
   */
  public String eventId() {
    return aggregateType + ':' + aggregateId + ':' + aggregateVersion + ':' + index;
  }

  @Override
  public String toString() {
    return "OutboxEvent[" + eventId() + ' ' + eventType + " at " + occurredAt + ']';
  }

  private static SansheException invalid(String english, String chinese) {
    return new SansheException(CoreError.OUTBOX_EVENT_INVALID, Wording.of(english, chinese));
  }
}
