package org.sanshe.timebank.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.memory.MemoryVolunteerTeams;

class VolunteerTeamTest {

  static final DivisionCode COMMUNITY = DivisionCode.parse("330411102001");
  static final DivisionCode OTHER = DivisionCode.parse("330411102002");
  static final PartyId LEADER = PartyId.of("vol-leader");
  static final PartyId WORKER = PartyId.of("sw-chen");
  static final PartyId BY = PartyId.of("coord-li");
  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

  static VolunteerTeam team(String id, DivisionCode community) {
    return VolunteerTeam.form(TeamId.of(id), "环境巡查队", community, null, LEADER, BY, AT);
  }

  private static void refused(Runnable r, TimeBankError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
  }

  @Test
  void a_team_has_a_leader_among_its_members_and_a_guiding_social_worker() {
    VolunteerTeam t = team("t1", COMMUNITY);
    t.join(PartyId.of("vol-a"), BY, AT);
    t.assignGuide(WORKER, BY, AT);
    t.changeLeader(PartyId.of("vol-a"), BY, AT);
    t.leave(LEADER, BY, AT);
    assertThat(t.members()).containsExactly(PartyId.of("vol-a"));
    assertThat(t.guide()).isEqualTo(WORKER);
    assertThat(t.pendingEvents()).hasSize(5);
    refused(
        () -> t.join(PartyId.of("vol-a"), BY, AT), TimeBankError.TIMEBANK_TEAM_MEMBER_DUPLICATE);
    refused(() -> t.leave(LEADER, BY, AT), TimeBankError.TIMEBANK_TEAM_NOT_MEMBER);
    refused(() -> t.leave(PartyId.of("vol-a"), BY, AT), TimeBankError.TIMEBANK_TEAM_LEADER_LEAVING);
    refused(() -> t.changeLeader(LEADER, BY, AT), TimeBankError.TIMEBANK_TEAM_NOT_MEMBER);
    t.dissolve(BY, AT);
    refused(() -> t.join(LEADER, BY, AT), TimeBankError.TIMEBANK_TEAM_DISSOLVED);
    TeamSnapshot s = t.snapshot();
    assertThat(VolunteerTeam.restore(s).snapshot()).isEqualTo(s);
  }

  @Test
  void a_team_serves_a_community_and_a_broken_snapshot_is_refused() {
    refused(
        () -> team("t1", DivisionCode.parse("330411102")), TimeBankError.TIMEBANK_POLICY_INVALID);
    assertThatThrownBy(
            () -> VolunteerTeam.form(TeamId.of("t1"), " ", COMMUNITY, null, LEADER, BY, AT))
        .isInstanceOf(SansheException.class);
    TeamSnapshot s = team("t1", COMMUNITY).snapshot();
    refused(
        () ->
            VolunteerTeam.restore(
                new TeamSnapshot(
                    s.id(),
                    1,
                    s.name(),
                    s.community(),
                    null,
                    PartyId.of("vol-x"),
                    null,
                    s.members(),
                    AT,
                    null)),
        TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(
        () ->
            VolunteerTeam.restore(
                new TeamSnapshot(
                    s.id(),
                    1,
                    s.name(),
                    s.community(),
                    null,
                    LEADER,
                    null,
                    List.of(LEADER, LEADER),
                    AT,
                    null)),
        TimeBankError.TIMEBANK_POLICY_INVALID);
  }

  @Test
  void the_store_checks_versions_writes_events_and_pages_by_community_and_member() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    MemoryVolunteerTeams teams = new MemoryVolunteerTeams(outbox);
    for (int i = 0; i < 12; i++) {
      VolunteerTeam t = team(String.format("t%02d", i), i < 10 ? COMMUNITY : OTHER);
      if (i % 2 == 0) {
        t.join(PartyId.of("vol-" + i), BY, AT);
      }
      teams.add(t);
    }
    VolunteerTeam a = teams.find(TeamId.of("t01")).orElseThrow();
    VolunteerTeam b = teams.find(TeamId.of("t01")).orElseThrow();
    a.join(PartyId.of("vol-z"), BY, AT);
    teams.update(a);
    b.join(PartyId.of("vol-y"), BY, AT);
    refused(() -> teams.update(b), TimeBankError.TIMEBANK_VERSION_CONFLICT);
    refused(() -> teams.add(team("t01", COMMUNITY)), TimeBankError.TIMEBANK_ENTITY_DUPLICATE);
    assertThat(teams.find(TeamId.of("t01")).orElseThrow().members())
        .containsExactlyInAnyOrder(LEADER, PartyId.of("vol-z"));
    List<VolunteerTeam> first = teams.ofCommunity(COMMUNITY, null, 4);
    List<VolunteerTeam> second = teams.ofCommunity(COMMUNITY, first.get(3).id(), 100);
    assertThat(first).extracting(t -> t.id().value()).containsExactly("t00", "t01", "t02", "t03");
    assertThat(second).hasSize(6);
    assertThat(teams.ofMember(PartyId.of("vol-z"), null, 10))
        .extracting(VolunteerTeam::id)
        .containsExactly(TeamId.of("t01"));
    assertThat(outbox.size())
        .isEqualTo(12 + 6 + 1); // 12 formed, 6 joined, 1 update; the refused write added none

    Map<TeamId, Set<PartyId>> rotas = Map.of(TeamId.of("t00"), Set.of(LEADER, PartyId.of("vol-0")));
    CoverageReport report =
        CoverageReport.of(
            COMMUNITY,
            CoverageTargets.xincheng(),
            teams.ofCommunity(COMMUNITY, null, 100),
            team -> rotas.getOrDefault(team, Set.of()));
    assertThat(report.activeTeams()).isEqualTo(10);
    assertThat(report.teamsMet()).isTrue();
    assertThat(report.members()).isEqualTo(1 + 5 + 1);
    assertThat(report.volunteersOnRota()).isEqualTo(2);
    assertThat(report.rotaMet()).isFalse();
    refused(() -> new CoverageTargets(0, 200), TimeBankError.TIMEBANK_POLICY_INVALID);
  }
}
