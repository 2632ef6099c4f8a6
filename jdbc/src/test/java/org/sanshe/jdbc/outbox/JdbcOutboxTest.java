package org.sanshe.jdbc.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;

class JdbcOutboxTest {

  private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  record Cast(String vote) {}

  private JdbcOutbox outbox() {
    JdbcOutbox.migrate(jdbc);
    return JdbcOutbox.open(jdbc, e -> "{\"vote\":\"" + ((Cast) e).vote() + "\"}");
  }

  private static List<OutboxEvent> save(String id, long version, Instant at) {
    return OutboxEvent.of("vote", id, version, List.of(new Cast(id)), e -> at);
  }

  @Test
  void eventsOfARolledBackTransactionNeverAppear() {
    JdbcOutbox outbox = outbox();
    assertThatThrownBy(
            () ->
                jdbc.inTransaction(
                    "store",
                    c -> {
                      outbox.append(c, save("v-1", 1, T0));
                      throw new IllegalStateException("the aggregate write failed");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(outbox.read("portal", 10)).isEmpty();
  }

  @Test
  void payloadsAreKeptWhenAnEncoderIsGiven() {
    JdbcOutbox outbox = outbox();
    jdbc.inTransaction("store", c -> append(outbox, c, save("v-7", 1, T0)));
    assertThat(outbox.read("portal", 1).get(0).payload()).isEqualTo("{\"vote\":\"v-7\"}");
  }

  @Test
  void anEventCommittedLateIsStillDeliveredAfterALaterPositionWasAcknowledged() throws Exception {
    JdbcOutbox outbox = outbox();
    try (Connection slow = TestDatabase.dataSource().getConnection()) {
      slow.setAutoCommit(false);
      outbox.append(slow, save("v-slow", 1, T0));
      jdbc.inTransaction("store", c -> append(outbox, c, save("v-fast", 1, T0.plusSeconds(1))));
      List<OutboxEntry> first = outbox.read("portal", 10);
      assertThat(first).extracting(OutboxEntry::aggregateId).containsExactly("v-fast");
      outbox.acknowledge("portal", first.get(0).position());
      slow.commit();
    }
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::aggregateId)
        .containsExactly("v-slow");
  }

  @Test
  void skewedClocksNeverReorderOneAggregatesVersions() {
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int round = 0; round < 200; round++) {
      List<JdbcOutbox.Waiting> waiting = new ArrayList<>();
      for (int a = 0; a < 4; a++) {
        for (int v = 1; v <= 6; v++) {
          long skewedTime = random.nextLong(0, 10);
          waiting.add(new JdbcOutbox.Waiting("e" + a + v, "vote", "v-" + a, v, 0, skewedTime));
        }
      }
      java.util.Collections.shuffle(waiting, new java.util.Random(random.nextLong()));
      List<JdbcOutbox.Waiting> ordered = JdbcOutbox.inOrder(waiting);
      assertThat(ordered).containsExactlyInAnyOrderElementsOf(waiting);
      for (int a = 0; a < 4; a++) {
        String id = "v-" + a;
        assertThat(ordered.stream().filter(w -> w.aggregateId().equals(id)))
            .as("seed 20261130 round %s", round)
            .extracting(JdbcOutbox.Waiting::version)
            .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
      }
    }
  }

  @Test
  void aStoppedDatabaseIsACodedErrorAndTheOutboxWorksAfterARestart() {
    JdbcOutbox outbox = outbox();
    jdbc.inTransaction("store", c -> append(outbox, c, save("v-1", 1, T0)));
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> outbox.read("portal", 10))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE));
    } finally {
      TestDatabase.start();
    }
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::aggregateId)
        .containsExactly("v-1");
  }

  @Test
  void openingWithoutTheTablesIsACodedError() {
    assertThatThrownBy(() -> JdbcOutbox.open(jdbc))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_TABLE_MISSING));
  }

  private static Void append(JdbcOutbox outbox, Connection c, List<OutboxEvent> events)
      throws java.sql.SQLException {
    outbox.append(c, events);
    return null;
  }
}
