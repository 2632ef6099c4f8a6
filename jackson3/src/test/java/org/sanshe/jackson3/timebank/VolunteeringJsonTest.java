package org.sanshe.jackson3.timebank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.jackson.fixture.VolunteeringSamples;
import org.sanshe.jackson3.SansheJson;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.AttendanceState;
import tools.jackson.databind.ObjectMapper;

/** Activities in JSON: seeded random activities read back with the same attendance. */
class VolunteeringJsonTest {

  private final ObjectMapper mapper = SansheJson.mapper();

  @Test
  void a_random_activity_reads_back_with_the_same_snapshot_and_attendance() throws Exception {
    long seed = System.nanoTime();
    System.out.println("VolunteeringJsonTest seed " + seed);
    List<Activity> activities = VolunteeringSamples.activities(seed, 200);
    for (Activity a : activities) {
      String json = mapper.writeValueAsString(a);
      Activity back = mapper.readValue(json, Activity.class);
      assertThat(back.snapshot()).as("seed %d: %s", seed, json).isEqualTo(a.snapshot());
      assertThat(back.attendance()).isEqualTo(a.attendance());
      assertThat(back.isCancelled()).isEqualTo(a.isCancelled());
    }
    assertThat(
            activities.stream()
                .flatMap(a -> a.attendance().stream())
                .map(t -> t.state())
                .distinct()
                .count())
        .as("seed %d reaches every attendance state", seed)
        .isEqualTo(AttendanceState.values().length);
  }
}
