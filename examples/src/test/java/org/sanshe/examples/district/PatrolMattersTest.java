package org.sanshe.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterCategoryCatalogue;
import org.sanshe.deliberation.affairs.MatterOrigin;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.memory.InMemoryMatters;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.PatrolFinding;

class PatrolMattersTest {

  private static final Instant T = Instant.parse("2026-03-27T02:00:00Z");
  private static final ActivityId SHIFT = ActivityId.of("patrol-1");

  private final InMemoryMatters matters = new InMemoryMatters();
  private final Intake intake =
      new Intake(matters, Clock.fixed(T, ZoneOffset.UTC), IdSource.sequential("m"))
          .withCategories(MatterCategoryCatalogue.illustrative());

  private static PatrolFinding finding(String category) {
    return new PatrolFinding(SHIFT, "3 栋楼道", category, "楼道堆放杂物", PartyId.of("vol-wang"), T);
  }

  private PatrolMatters adapter() {
    return new PatrolMatters(
        intake, f -> Place.of(DistrictData.YUHUA_COMMUNITY), f -> MatterCategory.of(f.category()));
  }

  @Test
  void a_finding_becomes_a_matter_on_the_volunteer_patrol_channel_linked_to_the_shift() {
    PatrolMatters findings = adapter();
    findings.report(finding("safety"));
    assertThat(findings.ofShift(SHIFT)).hasSize(1);
    assertThat(findings.mattersOfShift(SHIFT)).hasSize(1);
    MatterReport r =
        matters.find(findings.mattersOfShift(SHIFT).get(0)).orElseThrow().snapshot().report();
    assertThat(r.channel()).isEqualTo(Channel.VOLUNTEER_PATROL);
    assertThat(r.origin()).isEqualTo(MatterOrigin.patrolShift("patrol-1"));
    assertThat(r.summary()).isEqualTo("3 栋楼道：楼道堆放杂物");
    assertThat(r.reportedAt()).isEqualTo(T);
    assertThat(r.place()).isEqualTo(Place.of(DistrictData.YUHUA_COMMUNITY));
    assertThat(
            matters
                .find(findings.mattersOfShift(SHIFT).get(0))
                .orElseThrow()
                .snapshot()
                .recordedBy()
                .value())
        .isEqualTo("vol-wang");
  }

  @Test
  void a_finding_the_intake_refuses_is_not_kept_and_records_no_matter() {
    PatrolMatters findings = adapter();
    assertThatThrownBy(() -> findings.report(finding("tutoring")))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN));
    assertThat(findings.ofShift(SHIFT)).isEmpty();
    assertThat(findings.mattersOfShift(SHIFT)).isEmpty();
    assertThat(matters.all()).isEmpty();
  }
}
