package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activities;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKey;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.ActivitySnapshot;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * The contract of the {@link Activities} port. Extend it with a fresh, empty store per test and a
 * way to open a second instance over the same data.
 *
 * <p>What it holds a store to: every component of an activity reads back equal (instants to the
 * nanosecond, places in any script, every attendance state with its times, record and credit, and
 * the order of sign-up), also from a reopened instance; add stores version 1 and refuses a taken
 * id; a stale update is refused with {@code TIMEBANK_VERSION_CONFLICT} and changes nothing, so of
 * concurrent sign-ups from one version exactly one is stored; a volunteer's upcoming shifts and a
 * team's activities come in pages by (start, id).
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ActivitiesContract {

  private static final PartyId ORG = PartyId.of("org-xincheng");
  private static final PartyId BY = PartyId.of("coord-li");
  private static final TeamId TEAM = TeamId.of("team-1");
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00.000000001Z");

  /** Creates the contract. */
  protected ActivitiesContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Activities newActivities();

  /**
   * Returns another instance over the same stored data.
   *
   * @param activities a store from {@link #newActivities()}
   * @return the other instance (the same for a store that lives only in memory)
   */
  protected abstract Activities reopen(Activities activities);

  private static Activity activity(String id, Instant start, TeamId team, int capacity) {
    return Activity.publish(
        ActivityId.of(id),
        ActivityKind.PATROL,
        "夜间巡查 Night patrol",
        "新城镇 3 号网格 🚲",
        start,
        start.plus(Duration.ofHours(2)),
        capacity,
        "patrol",
        ORG,
        team,
        BY,
        T0);
  }

  private static PartyId v(int i) {
    return PartyId.of("vol-" + i);
  }

  private static AccountId acct(int i) {
    return AccountId.of("acct-" + i);
  }

  @Test
  void an_activity_in_every_attendance_state_reads_back_equal_also_after_a_reopen() {
    Activities store = newActivities();
    Activity a = activity("act-1", T0.plus(Duration.ofDays(1)), TEAM, 10);
    Instant s = T0.plus(Duration.ofDays(1));
    for (int i = 0; i < 5; i++) {
      a.signUp(v(i), acct(i), BY, T0.plusNanos(i));
    }
    a.checkIn(v(1), BY, s.plusNanos(7));
    a.checkIn(v(2), BY, s);
    a.checkOut(v(2), v(2), s.plusSeconds(3600).plusNanos(999));
    a.checkIn(v(3), BY, s);
    a.checkOut(v(3), BY, s.plusSeconds(60));
    a.confirm(v(3), ServiceRecordId.of("rec-3"), TimeCredit.ofMinutes(1), BY, s.plusSeconds(90));
    store.add(a);
    ActivitySnapshot expected = a.snapshot().withVersion(1);
    assertThat(store.find(a.id()).orElseThrow().snapshot()).isEqualTo(expected);
    assertThat(reopen(store).find(a.id()).orElseThrow().snapshot()).isEqualTo(expected);
    Activity b = activity("act-2", T0, null, 1);
    b.cancel(BY, T0);
    store.add(b);
    assertThat(reopen(store).find(b.id()).orElseThrow().snapshot())
        .isEqualTo(b.snapshot().withVersion(1));
    assertThat(store.find(ActivityId.of("none"))).isEmpty();
  }

  @Test
  void a_stale_update_is_refused_and_changes_nothing() {
    Activities store = newActivities();
    store.add(activity("act-1", T0, TEAM, 3));
    assertThatThrownBy(() -> store.add(activity("act-1", T0, null, 5)))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_ENTITY_DUPLICATE));
    Activity a = store.find(ActivityId.of("act-1")).orElseThrow();
    Activity b = reopen(store).find(ActivityId.of("act-1")).orElseThrow();
    a.signUp(v(1), acct(1), BY, T0);
    store.update(a);
    b.signUp(v(2), acct(2), BY, T0);
    assertThatThrownBy(() -> reopen(store).update(b))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_VERSION_CONFLICT));
    Activity stored = store.find(ActivityId.of("act-1")).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.attendance()).extracting(x -> x.volunteer()).containsExactly(v(1));
    assertThat(store.upcomingOf(v(2), T0, null, 10)).isEmpty();
    assertThatThrownBy(() -> store.update(activity("act-9", T0, null, 1)))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_ENTITY_UNKNOWN));
  }

  @Test
  void of_concurrent_sign_ups_from_one_version_exactly_one_is_stored() {
    Activities store = newActivities();
    store.add(activity("act-1", T0, TEAM, 100));
    List<Callable<?>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Activities s = i % 2 == 0 ? store : reopen(store);
      Activity a = s.find(ActivityId.of("act-1")).orElseThrow();
      a.signUp(v(i), acct(i), BY, T0);
      tasks.add(
          () -> {
            s.update(a);
            return null;
          });
    }
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    assertThat(outcomes.stream().filter(Writers.Outcome::succeeded).count()).isEqualTo(1);
    assertThat(store.find(ActivityId.of("act-1")).orElseThrow().attendance()).hasSize(1);
  }

  @Test
  void upcoming_shifts_and_team_activities_come_in_pages_by_start_and_id() {
    Activities store = newActivities();
    Instant now = T0.plus(Duration.ofDays(10));
    for (int i = 0; i < 30; i++) {
      // three activities share each start; ids sort differently from the insertion order
      Instant start = now.plus(Duration.ofHours(i / 3 * 5 - 20));
      Activity a = activity("act-" + (char) ('z' - i % 3) + i, start, i % 4 == 0 ? null : TEAM, 5);
      a.signUp(v(1), acct(1), BY, T0);
      if (i == 10) {
        a.cancel(BY, T0);
      }
      if (i == 13) {
        a.checkIn(v(1), BY, start);
        a.checkOut(v(1), BY, start.plusSeconds(60));
      }
      store.add(a);
    }
    Activities other = reopen(store);
    List<ActivityKey> keys = new ArrayList<>();
    ActivityKey after = null;
    while (true) {
      List<Activity> page = other.upcomingOf(v(1), now, after, 4);
      if (page.isEmpty()) {
        break;
      }
      for (Activity a : page) {
        keys.add(new ActivityKey(a.start(), a.id()));
        assertThat(a.end()).isAfter(now);
        assertThat(a.isCancelled()).isFalse();
      }
      after = keys.get(keys.size() - 1);
    }
    assertThat(keys).isSorted().doesNotHaveDuplicates();
    // ends after now: starts from now - 2h (exclusive) on: i from 12 (start now) ... 29, less 13
    assertThat(keys).hasSize(17);
    assertThat(other.upcomingOf(v(2), now, null, 10)).isEmpty();
    List<Activity> team = other.ofTeam(TEAM, now.minus(Duration.ofHours(20)), now, null, 100);
    assertThat(team)
        .allMatch(a -> TEAM.equals(a.team()))
        .allMatch(
            a -> !a.start().isBefore(now.minus(Duration.ofHours(20))) && a.start().isBefore(now));
    assertThat(team).hasSize(12 - 3); // i = 0..11, less those without a team (0, 4, 8)
    List<Activity> second =
        other.ofTeam(
            TEAM,
            now.minus(Duration.ofHours(20)),
            now,
            new ActivityKey(team.get(4).start(), team.get(4).id()),
            100);
    assertThat(second)
        .extracting(Activity::id)
        .containsExactlyElementsOf(
            team.subList(5, team.size()).stream().map(Activity::id).toList());
    assertThatThrownBy(() -> other.ofTeam(TEAM, now, now, null, 10_001))
        .isInstanceOf(org.sanshe.core.error.SansheException.class);
  }
}
