package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.TeamSnapshot;
import org.sanshe.timebank.team.VolunteerTeam;
import org.sanshe.timebank.team.VolunteerTeams;

/**
 * The contract of the {@link VolunteerTeams} port. Extend it with a fresh, empty store per test and
 * a way to open a second instance over the same data (a restarted process or a second server).
 *
 * <p>What it holds a store to: every component of a team reads back equal (name in any script,
 * organization and guide present or absent, dissolution, many members), also from a reopened
 * instance; add stores version 1 and refuses a taken id; update checks the version and refuses a
 * stale one with {@code TIMEBANK_VERSION_CONFLICT}, changing nothing (so does an add of a team read
 * from a store); of two writers racing from the same version exactly one wins; the queries page by
 * id, by community and by member.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class VolunteerTeamsContract {

  private static final DivisionCode COMMUNITY = DivisionCode.parse("330411102001");
  private static final DivisionCode OTHER = DivisionCode.parse("330411102002");
  private static final PartyId LEADER = PartyId.of("vol-leader");
  private static final PartyId BY = PartyId.of("coord-li");
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00.123456789Z");

  /** Creates the contract. */
  protected VolunteerTeamsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract VolunteerTeams newTeams();

  /**
   * Returns another instance over the same stored data.
   *
   * @param teams a store from {@link #newTeams()}
   * @return the other instance (the same for a store that lives only in memory)
   */
  protected abstract VolunteerTeams reopen(VolunteerTeams teams);

  private static VolunteerTeam team(String id, DivisionCode community) {
    return VolunteerTeam.form(TeamId.of(id), "新城环境巡查队 Team", community, null, LEADER, BY, AT);
  }

  private static void conflict(Runnable r, TimeBankError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
  }

  @Test
  void a_team_reads_back_equal_at_version_1_also_after_a_reopen() {
    VolunteerTeams teams = newTeams();
    VolunteerTeam t =
        VolunteerTeam.form(
            TeamId.of("team-1"),
            "新城镇 🌿 志愿服务队",
            COMMUNITY,
            PartyId.of("org-red-cross"),
            LEADER,
            BY,
            AT);
    for (int i = 0; i < 300; i++) {
      t.join(PartyId.of("vol-" + i), BY, AT);
    }
    t.assignGuide(PartyId.of("sw-chen"), BY, AT);
    teams.add(t);
    TeamSnapshot expected = t.snapshot().withVersion(1);
    assertThat(teams.find(t.id()).orElseThrow().snapshot()).isEqualTo(expected);
    assertThat(reopen(teams).find(t.id()).orElseThrow().snapshot()).isEqualTo(expected);
    assertThat(teams.find(TeamId.of("none"))).isEmpty();
  }

  @Test
  void updates_check_the_version_and_a_stale_write_changes_nothing() {
    VolunteerTeams teams = newTeams();
    teams.add(team("team-1", COMMUNITY));
    conflict(() -> teams.add(team("team-1", OTHER)), TimeBankError.TIMEBANK_ENTITY_DUPLICATE);
    VolunteerTeam a = teams.find(TeamId.of("team-1")).orElseThrow();
    VolunteerTeam b = reopen(teams).find(TeamId.of("team-1")).orElseThrow();
    a.join(PartyId.of("vol-a"), BY, AT);
    a.dissolve(BY, AT.plusSeconds(1));
    teams.update(a);
    b.join(PartyId.of("vol-b"), BY, AT);
    conflict(() -> reopen(teams).update(b), TimeBankError.TIMEBANK_VERSION_CONFLICT);
    TeamSnapshot stored = teams.find(TeamId.of("team-1")).orElseThrow().snapshot();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.members()).containsExactly(PartyId.of("vol-a"), LEADER); // ordered by id
    assertThat(stored.dissolvedAt()).isEqualTo(AT.plusSeconds(1));
    conflict(() -> teams.update(team("team-9", COMMUNITY)), TimeBankError.TIMEBANK_ENTITY_UNKNOWN);
    conflict(() -> teams.add(a), TimeBankError.TIMEBANK_VERSION_CONFLICT); // read from a store
  }

  @Test
  void of_two_writers_from_the_same_version_exactly_one_wins() {
    VolunteerTeams teams = newTeams();
    teams.add(team("team-1", COMMUNITY));
    List<Callable<?>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      VolunteerTeams store = i % 2 == 0 ? teams : reopen(teams);
      VolunteerTeam t = store.find(TeamId.of("team-1")).orElseThrow();
      t.join(PartyId.of("vol-w" + i), BY, AT);
      tasks.add(
          () -> {
            store.update(t);
            return null;
          });
    }
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    assertThat(outcomes.stream().filter(Writers.Outcome::succeeded).count()).isEqualTo(1);
    for (Writers.Outcome o : outcomes) {
      if (!o.succeeded()) {
        assertThat(((TimeBankException) o.failure()).error())
            .isEqualTo(TimeBankError.TIMEBANK_VERSION_CONFLICT);
      }
    }
    VolunteerTeam stored = teams.find(TeamId.of("team-1")).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.members()).hasSize(2);
  }

  @Test
  void queries_page_by_id_by_community_and_by_active_membership() {
    VolunteerTeams teams = newTeams();
    for (int i = 0; i < 25; i++) {
      VolunteerTeam t = team(String.format("team-%02d", i), i % 5 == 0 ? OTHER : COMMUNITY);
      if (i % 3 == 0) {
        t.join(PartyId.of("vol-x"), BY, AT);
      }
      if (i == 3) {
        t.dissolve(BY, AT);
      }
      teams.add(t);
    }
    VolunteerTeams other = reopen(teams);
    List<String> ids = new ArrayList<>();
    TeamId after = null;
    while (true) {
      List<VolunteerTeam> page = other.ofCommunity(COMMUNITY, after, 7);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(t -> ids.add(t.id().value()));
      after = page.get(page.size() - 1).id();
    }
    assertThat(ids).hasSize(20).isSorted().doesNotContain("team-00", "team-05");
    assertThat(other.ofMember(PartyId.of("vol-x"), null, 100))
        .extracting(t -> t.id().value())
        .containsExactly(
            "team-00", "team-06", "team-09", "team-12", "team-15", "team-18", "team-21", "team-24");
    assertThat(other.ofMember(LEADER, TeamId.of("team-22"), 100))
        .extracting(t -> t.id().value())
        .containsExactly("team-23", "team-24");
    assertThatThrownBy(() -> other.ofCommunity(COMMUNITY, null, 0))
        .isInstanceOf(org.sanshe.core.error.SansheException.class);
  }
}
