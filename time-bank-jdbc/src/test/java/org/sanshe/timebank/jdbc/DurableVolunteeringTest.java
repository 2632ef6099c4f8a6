package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.ActivitySnapshot;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.TeamSnapshot;
import org.sanshe.timebank.team.VolunteerTeam;

/**
 * Teams and activities on a real PostgreSQL: a stopped database (a coded error, nothing half
 * written, the same write succeeds after the restart), two servers on two data sources signing
 * volunteers up at once (never over the capacity), and events in the outbox in the save's
 * transaction.
 */
class DurableVolunteeringTest {

  private static final PartyId ORG = PartyId.of("org-xincheng");
  private static final PartyId BY = PartyId.of("coord-li");
  private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  {
    JdbcActivities.migrate(jdbc);
  }

  private SansheJdbc secondServer() {
    return SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
        .tablePrefix(jdbc.tablePrefix())
        .build();
  }

  private static Activity activity(String id, int capacity) {
    return Activity.publish(
        ActivityId.of(id),
        ActivityKind.ACTIVITY,
        "Clean-up",
        "Riverside",
        T,
        T.plus(Duration.ofHours(2)),
        capacity,
        "environment",
        ORG,
        TeamId.of("team-1"),
        BY,
        T);
  }

  @Test
  void a_stopped_database_gives_a_coded_error_writes_nothing_and_the_write_succeeds_after() {
    JdbcVolunteerTeams teams = JdbcVolunteerTeams.open(jdbc);
    JdbcActivities activities = JdbcActivities.open(jdbc);
    teams.add(
        VolunteerTeam.form(
            TeamId.of("team-1"),
            "巡查队",
            DivisionCode.parse("330411102001"),
            null,
            PartyId.of("vol-0"),
            BY,
            T));
    activities.add(activity("act-1", 50));
    VolunteerTeam team = teams.find(TeamId.of("team-1")).orElseThrow();
    Activity act = activities.find(ActivityId.of("act-1")).orElseThrow();
    TeamSnapshot teamBefore = team.snapshot();
    ActivitySnapshot actBefore = act.snapshot();
    for (int i = 0; i < 40; i++) {
      team.join(PartyId.of("vol-" + (i + 1)), BY, T);
      act.signUp(PartyId.of("vol-" + i), AccountId.of("acct-" + i), BY, T);
    }
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> teams.update(team))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE));
      assertThatThrownBy(() -> activities.update(act))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    JdbcVolunteerTeams teams2 = JdbcVolunteerTeams.open(secondServer());
    JdbcActivities activities2 = JdbcActivities.open(secondServer());
    assertThat(teams2.find(TeamId.of("team-1")).orElseThrow().snapshot()).isEqualTo(teamBefore);
    assertThat(activities2.find(ActivityId.of("act-1")).orElseThrow().snapshot())
        .isEqualTo(actBefore);
    teams.update(team);
    activities.update(act);
    assertThat(teams2.find(TeamId.of("team-1")).orElseThrow().members()).hasSize(41);
    assertThat(activities2.find(ActivityId.of("act-1")).orElseThrow().snapshot())
        .isEqualTo(act.snapshot().withVersion(2));
  }

  @Test
  void two_servers_signing_up_at_once_never_exceed_the_capacity() throws Exception {
    int capacity = 12;
    JdbcActivities.open(jdbc).add(activity("act-1", capacity));
    List<JdbcActivities> servers =
        List.of(JdbcActivities.open(jdbc), JdbcActivities.open(secondServer()));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      JdbcActivities store = servers.get(i % 2);
      PartyId v = PartyId.of("vol-" + i);
      AccountId a = AccountId.of("acct-" + i);
      results.add(
          pool.submit(
              () -> {
                for (int attempt = 0; attempt < 200; attempt++) {
                  Activity act = store.find(ActivityId.of("act-1")).orElseThrow();
                  try {
                    act.signUp(v, a, v, T);
                    store.update(act);
                    return true;
                  } catch (TimeBankException e) {
                    if (e.error() == TimeBankError.TIMEBANK_ACTIVITY_FULL) {
                      return false;
                    }
                    assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_VERSION_CONFLICT);
                  }
                }
                throw new AssertionError("no progress");
              }));
    }
    int accepted = 0;
    for (Future<Boolean> f : results) {
      accepted += f.get(120, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    assertThat(accepted).isEqualTo(capacity);
    Activity stored = servers.get(1).find(ActivityId.of("act-1")).orElseThrow();
    assertThat(stored.attendance()).hasSize(capacity);
    assertThat(stored.version()).isEqualTo(1 + capacity);
  }

  @Test
  void the_events_of_a_save_are_in_the_outbox_and_a_refused_save_adds_none() {
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    JdbcActivities activities = JdbcActivities.open(jdbc, outbox);
    Activity a = activity("act-1", 5);
    a.signUp(PartyId.of("vol-1"), AccountId.of("acct-1"), BY, T);
    activities.add(a);
    Activity stale = activities.find(a.id()).orElseThrow();
    Activity fresh = activities.find(a.id()).orElseThrow();
    fresh.signUp(PartyId.of("vol-2"), AccountId.of("acct-2"), BY, T);
    activities.update(fresh);
    stale.signUp(PartyId.of("vol-3"), AccountId.of("acct-3"), BY, T);
    assertThatThrownBy(() -> activities.update(stale)).isInstanceOf(TimeBankException.class);
    outbox.handOut();
    List<OutboxEntry> entries = outbox.read("test", 100);
    assertThat(entries)
        .extracting(OutboxEntry::eventType)
        .containsExactly("ActivityPublished", "VolunteerSignedUp", "VolunteerSignedUp");
  }
}
