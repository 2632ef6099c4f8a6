package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.Outbox;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.event.OutboxEvent;

/**
 * The contract of an {@link Outbox} together with the way stores append to it. Extend it with a
 * fresh, empty outbox per test, a way to append the events of one save as a store would (in its own
 * transaction), and a way to reopen the outbox over the same data; every test here must pass.
 *
 * <p>What it holds an outbox to: entries come back in the order they were appended, with increasing
 * positions and the events' ids, types, versions and times; each consumer has its own acknowledged
 * position; an entry is read again until acknowledged (at least once), also after a reopen; a
 * repeated or older acknowledgement changes nothing; a position never handed out, a bad consumer
 * name or batch size is a coded error; the events of one save are appended all or none (a repeated
 * event id refuses the whole save); and concurrent saves from several threads lose nothing and keep
 * every aggregate's versions in order.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class OutboxContract {

  private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

  /** Creates the contract. */
  protected OutboxContract() {}

  /**
   * Returns a new, empty outbox for one test.
   *
   * @return the outbox
   */
  protected abstract Outbox newOutbox();

  /**
   * Appends the events of one save to an outbox, as a store would in its own transaction.
   *
   * @param outbox an outbox from {@link #newOutbox()} or {@link #reopen(Outbox)}
   * @param events the events
   */
  protected abstract void append(Outbox outbox, List<OutboxEvent> events);

  /**
   * Returns another instance over the same stored data, as a restarted process would open it.
   *
   * @param outbox an outbox from {@link #newOutbox()}
   * @return the other instance (the same one for an outbox that lives only in memory)
   */
  protected abstract Outbox reopen(Outbox outbox);

  private static List<OutboxEvent> save(String type, String id, long version, String... events) {
    List<Object> list = new ArrayList<>(List.of((Object[]) events));
    return OutboxEvent.of(type, id, version, list, e -> T0.plusSeconds(version));
  }

  @Test
  void entriesComeBackInOrderWithTheirIdsAndVersions() {
    Outbox outbox = newOutbox();
    append(outbox, save("vote", "v-1", 1, "opened"));
    append(outbox, save("matter", "m-9", 3, "triaged", "escalated"));
    List<OutboxEntry> read = outbox.read("portal", 10);
    assertThat(read)
        .extracting(OutboxEntry::eventId)
        .containsExactly("vote:v-1:1:0", "matter:m-9:3:0", "matter:m-9:3:1");
    assertThat(read).extracting(OutboxEntry::eventType).containsOnly("String");
    assertThat(read).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 3L, 3L);
    assertThat(read.get(1).occurredAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(read).extracting(OutboxEntry::position).isSorted().doesNotHaveDuplicates();
    assertThat(read.get(0).position()).isPositive();
  }

  @Test
  void anEntryIsReadAgainUntilAcknowledgedAlsoAfterAReopen() {
    Outbox outbox = newOutbox();
    append(outbox, save("vote", "v-1", 1, "a"));
    append(outbox, save("vote", "v-1", 2, "b"));
    append(outbox, save("vote", "v-1", 3, "c"));
    List<OutboxEntry> first = outbox.read("portal", 2);
    assertThat(first).hasSize(2);
    assertThat(outbox.read("portal", 2)).isEqualTo(first);
    outbox.acknowledge("portal", first.get(0).position());
    Outbox reopened = reopen(outbox);
    assertThat(reopened.acknowledged("portal")).isEqualTo(first.get(0).position());
    assertThat(reopened.read("portal", 10))
        .extracting(OutboxEntry::eventId)
        .containsExactly("vote:v-1:2:0", "vote:v-1:3:0");
  }

  @Test
  void consumersHaveTheirOwnPositionsAndOlderAcknowledgementsChangeNothing() {
    Outbox outbox = newOutbox();
    append(outbox, save("vote", "v-1", 1, "a", "b", "c"));
    List<OutboxEntry> all = outbox.read("audit", 10);
    outbox.acknowledge("audit", all.get(2).position());
    outbox.acknowledge("audit", all.get(0).position());
    assertThat(outbox.acknowledged("audit")).isEqualTo(all.get(2).position());
    assertThat(outbox.read("audit", 10)).isEmpty();
    assertThat(outbox.acknowledged("portal")).isZero();
    assertThat(outbox.read("portal", 10)).isEqualTo(all);
  }

  @Test
  void badConsumersBatchesAndPositionsAreCodedErrors() {
    Outbox outbox = newOutbox();
    append(outbox, save("vote", "v-1", 1, "a"));
    long last = outbox.read("portal", 1).get(0).position();
    assertCode(() -> outbox.read("", 1), "OUTBOX_CONSUMER_INVALID");
    assertCode(() -> outbox.read("por tal", 1), "OUTBOX_CONSUMER_INVALID");
    assertCode(() -> outbox.read("p".repeat(65), 1), "OUTBOX_CONSUMER_INVALID");
    assertCode(() -> outbox.read("portal", 0), "OUTBOX_BATCH_INVALID");
    assertCode(() -> outbox.read("portal", Outbox.MAX_BATCH + 1), "OUTBOX_BATCH_INVALID");
    assertCode(() -> outbox.acknowledge("portal", last + 1), "OUTBOX_POSITION_UNKNOWN");
    assertCode(() -> outbox.acknowledge("portal", -1), "OUTBOX_POSITION_UNKNOWN");
    assertThat(outbox.acknowledged("portal")).isZero();
    assertThat(outbox.read("portal", Outbox.MAX_BATCH)).hasSize(1);
  }

  @Test
  void theEventsOfOneSaveAreAppendedAllOrNone() {
    Outbox outbox = newOutbox();
    append(outbox, save("vote", "v-1", 1, "a"));
    List<OutboxEvent> clash = new ArrayList<>(save("vote", "v-2", 1, "b"));
    clash.addAll(save("vote", "v-1", 1, "again"));
    assertThatThrownBy(() -> append(outbox, clash)).isInstanceOf(RuntimeException.class);
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::eventId)
        .containsExactly("vote:v-1:1:0");
  }

  @Test
  void concurrentSavesLoseNothingAndKeepEachAggregatesVersionsInOrder() throws Exception {
    Outbox outbox = newOutbox();
    int threads = 4;
    int saves = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String id = "m-" + t;
        done.add(
            pool.submit(
                () -> {
                  for (int v = 1; v <= saves; v++) {
                    append(outbox, save("matter", id, v, "x"));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<OutboxEntry> all = new ArrayList<>();
    List<OutboxEntry> batch;
    while (!(batch = outbox.read("relay", 64)).isEmpty()) {
      all.addAll(batch);
      outbox.acknowledge("relay", batch.get(batch.size() - 1).position());
    }
    assertThat(all).hasSize(threads * saves);
    Set<String> ids = new HashSet<>();
    all.forEach(e -> ids.add(e.eventId()));
    assertThat(ids).hasSize(threads * saves);
    assertThat(all).extracting(OutboxEntry::position).isSorted().doesNotHaveDuplicates();
    for (int t = 0; t < threads; t++) {
      String id = "m-" + t;
      assertThat(all.stream().filter(e -> e.aggregateId().equals(id)))
          .extracting(OutboxEntry::aggregateVersion)
          .isSorted()
          .hasSize(saves);
    }
  }

  private static void assertCode(Runnable r, String code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.errorCode().code()).isEqualTo(code));
  }
}
