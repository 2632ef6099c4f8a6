package org.sanshe.jackson.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterEvent;
import org.sanshe.deliberation.affairs.MatterSnapshot;
import org.sanshe.jackson.SansheJson;
import org.sanshe.jackson.core.PersonalData;
import org.sanshe.jackson.fixture.AffairsSamples;

/** Community public matters in JSON: seeded random matters and the masked portal output. */
class AffairsJsonTest {

  private final ObjectMapper full = SansheJson.builder().personalData(PersonalData.FULL).build();
  private final ObjectMapper masked = SansheJson.mapper();

  @Test
  void a_random_matter_reads_back_with_the_same_snapshot_and_no_pending_events() throws Exception {
    long seed = System.nanoTime();
    System.out.println("AffairsJsonTest seed " + seed);
    List<Matter> matters = AffairsSamples.matters(seed, 200);
    for (Matter m : matters) {
      String json = full.writeValueAsString(m);
      Matter back = full.readValue(json, Matter.class);
      assertThat(back.snapshot()).as("seed %d: %s", seed, json).isEqualTo(m.snapshot());
      assertThat(back.status()).isEqualTo(m.status());
      assertThat(back.pendingEvents()).isEmpty();
      for (MatterEvent e : m.history()) {
        assertThat(full.readValue(full.writeValueAsString(e), MatterEvent.class)).isEqualTo(e);
      }
    }
    assertThat(matters.stream().map(Matter::status).distinct().count())
        .as("seed %d reaches several statuses", seed)
        .isGreaterThan(3);
  }

  @Test
  void the_portal_mapper_masks_the_reporter_and_its_output_does_not_read_back() throws Exception {
    Matter named =
        AffairsSamples.matters(7L, 200).stream()
            .filter(m -> !m.report().reporter().isAnonymous())
            .findFirst()
            .orElseThrow();
    String json = masked.writeValueAsString(named);
    assertThat(json).doesNotContain("王小明").doesNotContain("13812345678").contains("王**");
    assertThatThrownBy(() -> masked.readValue(json, Matter.class))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            f ->
                assertThat(SansheJson.toException(f).problems().all().get(0).path())
                    .isEqualTo("report.reporter"));
  }

  @Test
  void a_snapshot_whose_steps_break_the_lifecycle_is_refused_as_a_matter_but_reads_as_a_snapshot()
      throws Exception {
    Matter m = AffairsSamples.matters(11L, 1).get(0);
    MatterSnapshot s = m.snapshot();
    String json = full.writeValueAsString(s);
    String broken =
        json.replace(
            "\"history\":[",
            "\"history\":[{\"type\":\"MATTER_CLOSED\",\"matter\":\""
                + s.id().value()
                + "\",\"by\":\"x\",\"confirmed\":true,\"at\":\"2026-03-01T08:00:00Z\"},");
    assertThat(full.readValue(broken, MatterSnapshot.class).history())
        .hasSize(s.history().size() + 1);
    assertThatThrownBy(() -> full.readValue(broken, Matter.class))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            f ->
                assertThat(SansheJson.toException(f).problems().all().get(0).code())
                    .isEqualTo("AFFAIRS_SNAPSHOT_INVALID"));
  }
}
