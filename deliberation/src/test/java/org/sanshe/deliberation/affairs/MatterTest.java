package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.STREET;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.parkingReport;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sanshe.core.intake.Channel;

class MatterTest {

  private final Matter matter =
      Matter.record(MatterId.of("m-1"), parkingReport(T0), ActorId.of("clerk-1"), T0);

  @Test
  void a_matter_is_triaged_once_with_a_reason() {
    MatterTriaged event =
        matter.triage(
            ActorId.of("clerk-1"),
            ResolutionPath.COMMUNITY_DELIBERATION,
            " residents share the lane ",
            T0.plusSeconds(60));
    assertThat(event.reason()).isEqualTo("residents share the lane");
    assertThat(matter.triage())
        .hasValueSatisfying(
            t -> assertThat(t.path()).isEqualTo(ResolutionPath.COMMUNITY_DELIBERATION));
    assertThatThrownBy(
            () ->
                matter.triage(
                    ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "police", T0.plusSeconds(120)))
        .hasMessageStartingWith("[AFFAIRS_ALREADY_TRIAGED]");
    assertThat(matter.triage().orElseThrow().path())
        .isEqualTo(ResolutionPath.COMMUNITY_DELIBERATION);
  }

  @Test
  void triage_needs_a_reason_and_changes_nothing_without_one() {
    assertThatThrownBy(
            () -> matter.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "  ", T0))
        .hasMessageStartingWith("[AFFAIRS_TEXT_BLANK]");
    assertThat(matter.triage()).isEmpty();
  }

  @Test
  void triage_cannot_predate_the_recording() {
    assertThatThrownBy(
            () ->
                matter.triage(
                    ActorId.of("clerk-1"),
                    ResolutionPath.REFERRAL,
                    "police",
                    T0.minus(Duration.ofHours(1))))
        .hasMessageStartingWith("[AFFAIRS_TIME_BEFORE_LAST]");
    assertThat(matter.triage()).isEmpty();
  }

  @Test
  void a_matter_must_lie_within_a_community() {
    assertThatThrownBy(
            () ->
                new MatterReport(
                    Channel.HOTLINE_12345,
                    MatterCategory.of("noise"),
                    Place.of(STREET),
                    Reporter.anonymous(),
                    Urgency.URGENT,
                    "noise at night",
                    T0))
        .hasMessageStartingWith("[AFFAIRS_PLACE_NOT_IN_COMMUNITY]");
  }

  @Test
  void categories_are_lower_case_codes() {
    assertThat(MatterCategory.of("elderly-care").toString()).isEqualTo("elderly-care");
    assertThat(MatterCategory.of("a")).isLessThan(MatterCategory.of("b"));
    assertThatThrownBy(() -> MatterCategory.of("Parking"))
        .hasMessageStartingWith("[AFFAIRS_CATEGORY_INVALID]");
    assertThatThrownBy(() -> MatterCategory.of("1st"))
        .hasMessageStartingWith("[AFFAIRS_CATEGORY_INVALID]");
  }

  @Test
  void urgencies_rank_from_routine_to_emergency() {
    assertThat(Urgency.EMERGENCY).isGreaterThan(Urgency.URGENT);
    assertThat(Urgency.URGENT).isGreaterThan(Urgency.ROUTINE);
  }
}
