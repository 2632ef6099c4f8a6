package org.sanshe.core.event;

import java.util.List;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * The relay side of an outbox: consumers read the entries in order and acknowledge what they have
 * handled.
 *
 * <p><b>Delivery.</b> At least once: an entry is read again until its consumer acknowledges it (or
 * a later one), for instance after the relay's process restarts, so consumers de-duplicate by
 * {@link OutboxEntry#eventId()}. Positions only increase; the events of one aggregate have
 * positions in the order of its versions; across aggregates the order is the order in which the
 * outbox handed the entries out. Each named consumer has its own acknowledged position.
 *
 * <p>Implementations are thread-safe.
 */
public interface Outbox {

  /** Largest batch one read returns. */
  int MAX_BATCH = 1_000;

  /**
   * Reads the entries after a consumer's acknowledged position, oldest first.
   *
   * @param consumer the consumer's name: 1 to 64 letters, digits, '.', '_', ':' or '-'
   * @param max the largest number of entries, 1 to {@link #MAX_BATCH}
   * @return the entries, possibly none
   * @throws org.sanshe.core.error.SansheException with {@code OUTBOX_CONSUMER_INVALID} or {@code
   *     OUTBOX_BATCH_INVALID}
   */
  List<OutboxEntry> read(String consumer, int max);

  /**
   * Acknowledges every entry up to and including a position for a consumer. Acknowledging a
   * position at or below the current one changes nothing (a repeated acknowledgement is harmless).
   *
   * @param consumer the consumer's name, as for {@link #read}
   * @param position a position handed out by this outbox
   * @throws org.sanshe.core.error.SansheException with {@code OUTBOX_CONSUMER_INVALID} or {@code
   *     OUTBOX_POSITION_UNKNOWN}
   */
  void acknowledge(String consumer, long position);

  /**
   * Returns a consumer's acknowledged position, 0 if it has acknowledged nothing.
   *
   * @param consumer the consumer's name, as for {@link #read}
   * @return the position
   * @throws org.sanshe.core.error.SansheException with {@code OUTBOX_CONSUMER_INVALID}
   */
  long acknowledged(String consumer);

  /**
   * Checks a consumer name.
   *
   * @param consumer the name
   * @return the name
   * @throws org.sanshe.core.error.SansheException with {@code OUTBOX_CONSUMER_INVALID}
   */
  static String checkConsumer(String consumer) {
    boolean ok =
        consumer != null
            && !consumer.isEmpty()
            && consumer.length() <= 64
            && consumer
                .chars()
                .allMatch(
                    c ->
                        c >= 'a' && c <= 'z'
                            || c >= 'A' && c <= 'Z'
                            || c >= '0' && c <= '9'
                            || c == '.'
                            || c == '_'
                            || c == ':'
                            || c == '-');
    if (!ok) {
      throw new SansheException(
          CoreError.OUTBOX_CONSUMER_INVALID,
          Wording.of(
              "1 to 64 letters, digits, '.', '_', ':' or '-'", "须为 1 至 64 个字母、数字、“.”、“_”、“:”或“-”"));
    }
    return consumer;
  }

  /**
   * Checks a batch size.
   *
   * @param max the size
   * @return the size
   * @throws org.sanshe.core.error.SansheException with {@code OUTBOX_BATCH_INVALID}
   */
  static int checkBatch(int max) {
    if (max < 1 || max > MAX_BATCH) {
      throw new SansheException(CoreError.OUTBOX_BATCH_INVALID, MAX_BATCH);
    }
    return max;
  }
}
