package org.sanshe.timebank.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.TimeBankFixture;
import org.sanshe.timebank.VolunteeringFixture;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.TeamAttendance;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.memory.MemoryVolunteerTeams;

class TeamDeskTest {

  static final DivisionCode COMMUNITY = DivisionCode.parse("330411102001");

  private static void refused(Runnable r, TimeBankError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
  }

  @Test
  void coordinators_and_leaders_manage_teams_and_others_are_refused() {
    VolunteeringFixture f = new VolunteeringFixture();
    MemoryVolunteerTeams teams = new MemoryVolunteerTeams();
    TeamDesk desk = new TeamDesk(teams, f.base.roles, f.base.clock);
    PartyId leader = PartyId.of("vol-leader");
    TeamId id = TeamId.of("team-1");
    refused(
        () -> desk.form(leader, id, "巡查队", COMMUNITY, TimeBankFixture.ORG, leader),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    refused(
        () -> desk.form(TimeBankFixture.COORDINATOR, id, "巡查队", COMMUNITY, null, leader),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED); // a community's own team takes an operator
    desk.form(TimeBankFixture.COORDINATOR, id, "巡查队", COMMUNITY, TimeBankFixture.ORG, leader);
    desk.join(leader, id, PartyId.of("vol-a"));
    desk.join(TimeBankFixture.COORDINATOR, id, PartyId.of("vol-b"));
    refused(
        () -> desk.join(PartyId.of("vol-a"), id, PartyId.of("vol-c")),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    desk.leave(PartyId.of("vol-b"), id, PartyId.of("vol-b")); // leaving on one's own
    refused(
        () -> desk.assignGuide(leader, id, PartyId.of("sw-chen")),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    desk.assignGuide(TimeBankFixture.COORDINATOR, id, PartyId.of("sw-chen"));
    desk.form(TimeBankFixture.OPERATOR, TeamId.of("team-2"), "社区队", COMMUNITY, null, leader);
    VolunteerTeam t = teams.find(id).orElseThrow();
    assertThat(t.members()).containsExactlyInAnyOrder(leader, PartyId.of("vol-a"));
    assertThat(t.guide()).isEqualTo(PartyId.of("sw-chen"));
    assertThat(t.version()).isEqualTo(5);
  }

  @Test
  void a_teams_attendance_sums_its_shifts_per_volunteer() {
    VolunteeringFixture f = new VolunteeringFixture();
    PartyId wang = f.volunteer("wang");
    PartyId li = f.volunteer("li");
    TeamId team = TeamId.of("team-1");
    Instant from = f.now();
    for (int k = 0; k < 2; k++) {
      Instant start = f.now().plus(Duration.ofMinutes(5));
      ActivityId id = ActivityId.of("shift-" + k);
      f.desk.publishWithCrew(
          TimeBankFixture.COORDINATOR,
          id,
          ActivityKind.PATROL,
          "Patrol",
          "Grid 1",
          start,
          start.plus(Duration.ofHours(1)),
          "patrol",
          TimeBankFixture.ORG,
          team,
          new java.util.LinkedHashMap<>(
              java.util.Map.of(
                  wang, VolunteeringFixture.account(wang), li, VolunteeringFixture.account(li))));
      f.advance(Duration.ofMinutes(5));
      f.desk.checkIn(wang, id, wang);
      if (k == 0) {
        f.desk.checkIn(li, id, li);
      }
      f.advance(Duration.ofHours(1));
      f.desk.checkOut(wang, id, wang);
      if (k == 0) {
        f.desk.checkOut(li, id, li);
      }
      f.desk.confirmAll(TimeBankFixture.COORDINATOR, id);
      f.advance(Duration.ofHours(1));
    }
    refused(
        () ->
            f.desk.publishWithCrew(
                TimeBankFixture.COORDINATOR,
                ActivityId.of("empty"),
                ActivityKind.PATROL,
                "P",
                "",
                f.now(),
                f.now().plusSeconds(60),
                "patrol",
                TimeBankFixture.ORG,
                team,
                new java.util.LinkedHashMap<>()),
        TimeBankError.TIMEBANK_ACTIVITY_CAPACITY_INVALID);
    List<Activity> page = f.activities.ofTeam(team, from, f.now(), null, 100);
    TeamAttendance attendance = TeamAttendance.of(page);
    assertThat(attendance.lines())
        .containsExactly(
            new TeamAttendance.Line(li, 2, 1, 1, 60), new TeamAttendance.Line(wang, 2, 2, 2, 120));
    assertThat(attendance.lines().get(0).missed()).isEqualTo(1);
  }
}
