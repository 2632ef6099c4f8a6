package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.jackson3.SansheJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An outbox event as a relay publishes it: where it comes from, its stable order, and the event in
 * its own JSON, with personal data masked by the default mapper. Read back, the event is a JSON
 * tree (maps, lists, strings, numbers): its Java type is not in the document, and a consumer reads
 * it by {@code aggregateType} and {@code eventType}.
 */
class OutboxJsonTest {

  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

  private static OutboxEvent reported() {
    return OutboxEvent.of("matter", "m-1", 3, List.of(Reporter.of("王小明", "13812345678")), e -> AT)
        .get(0);
  }

  @Test
  void an_outbox_event_is_written_with_its_origin_and_the_event_masked() throws Exception {
    String json = SansheJson.mapper().writeValueAsString(reported());
    JsonNode tree = SansheJson.mapper().readTree(json);
    assertThat(tree.get("aggregateType").asString()).isEqualTo("matter");
    assertThat(tree.get("aggregateId").asString()).isEqualTo("m-1");
    assertThat(tree.get("aggregateVersion").asLong()).isEqualTo(3);
    assertThat(tree.get("index").asInt()).isZero();
    assertThat(tree.get("eventType").asString()).isEqualTo("Reporter");
    assertThat(tree.get("occurredAt").asString()).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(tree.get("event").isObject()).isTrue();
    assertThat(json).doesNotContain("王小明").doesNotContain("13812345678");
  }

  @Test
  void read_back_the_event_is_a_json_tree_and_writes_the_same_bytes() throws Exception {
    ObjectMapper full = SansheJson.builder().personalData(PersonalData.FULL).build();
    String json = full.writeValueAsString(reported());
    OutboxEvent back = full.readValue(json, OutboxEvent.class);
    assertThat(back.eventId()).isEqualTo("matter:m-1:3:0");
    assertThat(back.event()).isInstanceOf(Map.class);
    assertThat(full.writeValueAsString(back)).isEqualTo(json);
  }
}
