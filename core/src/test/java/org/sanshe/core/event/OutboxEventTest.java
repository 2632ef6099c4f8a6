package org.sanshe.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;

class OutboxEventTest {

  private static final Instant T = Instant.parse("2026-11-30T02:00:00Z");

  record Opened(String secret) {}

  @Test
  void eventsOfOneSaveAreNumberedInOrderAndTypedByClass() {
    List<OutboxEvent> events =
        OutboxEvent.of("vote", "v-1", 2, List.of(new Opened("x"), new Opened("y")), e -> T);
    assertThat(events).extracting(OutboxEvent::index).containsExactly(0, 1);
    assertThat(events)
        .extracting(OutboxEvent::eventId)
        .containsExactly("vote:v-1:2:0", "vote:v-1:2:1");
    assertThat(events).extracting(OutboxEvent::eventType).containsOnly("Opened");
  }

  @Test
  void toStringNeverShowsTheEvent() {
    OutboxEvent e =
        OutboxEvent.of("vote", "v-1", 1, List.of(new Opened("13800138000")), x -> T).get(0);
    assertThat(e.toString()).contains("vote:v-1:1:0").doesNotContain("13800138000");
    OutboxEntry entry =
        new OutboxEntry(1, "vote:v-1:1:0", "vote", "v-1", 1, "Opened", T, "13800138000");
    assertThat(entry.toString()).doesNotContain("13800138000");
  }

  @Test
  void everyRuleIsACodedErrorNamingTheRuleNotTheValue() {
    Object ev = new Opened("x");
    List<Runnable> bad =
        List.of(
            () -> new OutboxEvent("Vote", "v", 1, 0, "Opened", T, ev),
            () -> new OutboxEvent("", "v", 1, 0, "Opened", T, ev),
            () -> new OutboxEvent("v".repeat(41), "v", 1, 0, "Opened", T, ev),
            () -> new OutboxEvent("vote", "", 1, 0, "Opened", T, ev),
            () -> new OutboxEvent("vote", "v\n1", 1, 0, "Opened", T, ev),
            () -> new OutboxEvent("vote", "v".repeat(65), 1, 0, "Opened", T, ev),
            () -> new OutboxEvent("vote", "v", 0, 0, "Opened", T, ev),
            () -> new OutboxEvent("vote", "v", 1, -1, "Opened", T, ev),
            () -> new OutboxEvent("vote", "v", 1, 0, "Op ened", T, ev),
            () -> new OutboxEvent("vote", "v", 1, 0, "Opened", null, ev),
            () -> new OutboxEvent("vote", "v", 1, 0, "Opened", T, null),
            () -> OutboxEvent.of("vote", "v", 1, java.util.Arrays.asList(ev, null), x -> T));
    for (Runnable r : bad) {
      assertThatThrownBy(r::run)
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> assertThat(e.errorCode()).isEqualTo(CoreError.OUTBOX_EVENT_INVALID))
          .hasMessageNotContaining("v\n1");
    }
  }

  @Test
  void theLongestValuesAreAccepted() {
    OutboxEvent e =
        new OutboxEvent("v".repeat(40), "i".repeat(64), Long.MAX_VALUE, 0, "T".repeat(80), T, "x");
    assertThat(e.eventId()).endsWith(":" + Long.MAX_VALUE + ":0");
  }
}
