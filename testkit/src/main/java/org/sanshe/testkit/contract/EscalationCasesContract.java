package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Channel;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationCases;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.deliberation.memory.InMemoryMatters;
import org.sanshe.testkit.MutableClock;

/**
 * The contract of the {@link EscalationCases} port. Extend it with a fresh, empty store per test
 * and a way to open a second instance over the same data (as a second server or a restarted process
 * would); every test here must pass.
 *
 * <p>What it holds a store to: a case reads back with an equal snapshot (the deadlines to the
 * nanosecond, the whole audit trail with notes, the closing note) at version 1 after an add and one
 * more after each update; a stale write is refused with {@code AFFAIRS_VERSION_CONFLICT} and
 * changes nothing, also from a spent instance; every read hands out fresh instances; one open case
 * per matter, also when two servers open one at once; {@link EscalationCases#open()} and {@link
 * EscalationCases#open(CaseId, int)} list the open cases by id; two writers on two instances
 * updating one case at once give one success and one conflict; and desks over separate instances
 * closing and escalating at once lose nothing.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class EscalationCasesContract {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00.123456789Z");
  private static final EscalationDeadlines DEADLINES =
      EscalationDeadlines.standard().with(Level.SOCIAL_WORKER, Duration.ofHours(71).plusNanos(7));

  /** Creates the contract. */
  protected EscalationCasesContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract EscalationCases newCases();

  /**
   * Returns another instance over the same stored data, as a second server or a restarted process
   * would open it.
   *
   * @param cases a store from {@link #newCases()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract EscalationCases sameData(EscalationCases cases);

  private static EscalationCase opened(String id, String matter, Instant at) {
    return EscalationCase.open(CaseId.of(id), MatterId.of(matter), Level.VOLUNTEER, DEADLINES, at);
  }

  private static AffairsError code(Throwable e) {
    return (AffairsError) ((AffairsException) e).errorCode();
  }

  @Test
  void a_case_reads_back_equal_with_its_whole_trail() {
    EscalationCases cases = newCases();
    EscalationCase c = opened("c-1", "m-1", T0);
    c.escalateOverdue(T0.plus(Duration.ofDays(2)));
    c.handUp("需要街道协调", T0.plus(Duration.ofDays(2).plusHours(1)));
    cases.add(c);
    EscalationCase found = sameData(cases).find(CaseId.of("c-1")).orElseThrow();
    assertThat(found.snapshot()).isEqualTo(c.snapshot().withVersion(1));
    assertThat(found.pendingEvents()).isEmpty();
    found.close("已由照明部门修复路灯", T0.plus(Duration.ofDays(3)));
    sameData(cases).update(found);
    EscalationCase closed = cases.find(CaseId.of("c-1")).orElseThrow();
    assertThat(closed.snapshot()).isEqualTo(found.snapshot().withVersion(2));
    assertThat(closed.isClosed()).isTrue();
    assertThat(cases.find(CaseId.of("none"))).isEmpty();
  }

  @Test
  void a_stale_update_is_refused_and_changes_nothing() {
    EscalationCases cases = newCases();
    cases.add(opened("c-1", "m-1", T0));
    EscalationCase first = cases.find(CaseId.of("c-1")).orElseThrow();
    EscalationCase second = sameData(cases).find(CaseId.of("c-1")).orElseThrow();
    first.handUp("社工接手", T0.plusSeconds(60));
    cases.update(first);
    second.close("已解决", T0.plusSeconds(61));
    assertThatThrownBy(() -> sameData(cases).update(second))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThatThrownBy(() -> cases.update(first))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    EscalationCase stored = cases.find(CaseId.of("c-1")).orElseThrow();
    assertThat(stored.snapshot()).isEqualTo(first.snapshot().withVersion(2));
    assertThat(cases.open()).extracting(EscalationCase::id).containsExactly(CaseId.of("c-1"));
  }

  @Test
  void every_read_hands_out_fresh_instances() {
    EscalationCases cases = newCases();
    cases.add(opened("c-1", "m-1", T0));
    EscalationCase a = cases.find(CaseId.of("c-1")).orElseThrow();
    EscalationCase b = cases.open().get(0);
    assertThat(a).isNotSameAs(b);
    a.close("已解决", T0.plusSeconds(5));
    assertThat(b.isClosed()).isFalse();
    assertThat(cases.find(CaseId.of("c-1")).orElseThrow().isClosed()).isFalse();
  }

  @Test
  void unknown_ids_and_second_open_cases_are_refused_and_change_nothing() {
    EscalationCases cases = newCases();
    EscalationCase c = opened("c-1", "m-1", T0);
    cases.add(c);
    assertThatThrownBy(() -> sameData(cases).add(opened("c-1", "m-2", T0)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.ESCALATION_CASE_DUPLICATE));
    assertThatThrownBy(() -> sameData(cases).add(opened("c-2", "m-1", T0)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.ESCALATION_CASE_DUPLICATE));
    assertThatThrownBy(() -> cases.update(opened("c-9", "m-9", T0)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.ESCALATION_CASE_UNKNOWN));
    assertThat(cases.find(CaseId.of("c-2"))).isEmpty();
    assertThat(cases.find(CaseId.of("c-9"))).isEmpty();
    assertThat(cases.find(CaseId.of("c-1")).orElseThrow().snapshot())
        .isEqualTo(c.snapshot().withVersion(1));
    // once the case is closed, the matter may have a new one
    EscalationCase read = cases.find(CaseId.of("c-1")).orElseThrow();
    read.close("已解决", T0.plusSeconds(10));
    cases.update(read);
    sameData(cases).add(opened("c-2", "m-1", T0.plusSeconds(20)));
    assertThat(cases.open()).extracting(EscalationCase::id).containsExactly(CaseId.of("c-2"));
  }

  @Test
  void open_cases_are_listed_by_id() {
    EscalationCases cases = newCases();
    List<String> ids = List.of("c-3", "a-1", "c-10", "B-2", "c-2");
    for (int i = 0; i < ids.size(); i++) {
      cases.add(opened(ids.get(i), "m-" + i, T0));
    }
    EscalationCase closing = cases.find(CaseId.of("c-10")).orElseThrow();
    closing.close("已解决", T0.plusSeconds(1));
    cases.update(closing);
    assertThat(sameData(cases).open())
        .extracting(c -> c.id().value())
        .containsExactly("B-2", "a-1", "c-2", "c-3");
    assertThat(cases.open(null, 2)).extracting(c -> c.id().value()).containsExactly("B-2", "a-1");
    assertThat(cases.open(CaseId.of("a-1"), 2))
        .extracting(c -> c.id().value())
        .containsExactly("c-2", "c-3");
    assertThat(cases.open(CaseId.of("c-10"), 5))
        .extracting(c -> c.id().value())
        .containsExactly("c-2", "c-3");
    assertThatThrownBy(() -> cases.open(null, 0)).hasMessageStartingWith("[ARGUMENT_INVALID]");
  }

  @Test
  void two_writers_updating_one_case_at_once_give_one_success_and_one_conflict() {
    EscalationCases cases = newCases();
    for (int round = 0; round < 5; round++) {
      String id = "race-" + round;
      cases.add(opened(id, "m-" + round, T0));
      EscalationCases one = sameData(cases);
      EscalationCases two = sameData(cases);
      EscalationCase a = one.find(CaseId.of(id)).orElseThrow();
      EscalationCase b = two.find(CaseId.of(id)).orElseThrow();
      a.close("一号服务器", T0.plusSeconds(1));
      b.handUp("二号服务器", T0.plusSeconds(2));
      List<Writers.Outcome> outcomes =
          Writers.race(
              List.<Callable<?>>of(
                  () -> {
                    one.update(a);
                    return null;
                  },
                  () -> {
                    two.update(b);
                    return null;
                  }));
      assertThat(outcomes).filteredOn(Writers.Outcome::succeeded).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> !o.succeeded())
          .allSatisfy(o -> assertThat(Writers.code(o)).isEqualTo("AFFAIRS_VERSION_CONFLICT"));
      EscalationCase stored = cases.find(CaseId.of(id)).orElseThrow();
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.isClosed()).isEqualTo(outcomes.get(0).succeeded());
    }
  }

  @Test
  void two_servers_opening_a_case_for_one_matter_at_once_get_one_case() {
    EscalationCases cases = newCases();
    for (int round = 0; round < 5; round++) {
      String matter = "m-" + round;
      String a = "a-" + round;
      String b = "b-" + round;
      EscalationCases one = sameData(cases);
      EscalationCases two = sameData(cases);
      List<Writers.Outcome> outcomes =
          Writers.race(
              List.<Callable<?>>of(
                  () -> {
                    one.add(opened(a, matter, T0));
                    return null;
                  },
                  () -> {
                    two.add(opened(b, matter, T0));
                    return null;
                  }));
      assertThat(outcomes).filteredOn(Writers.Outcome::succeeded).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> !o.succeeded())
          .allSatisfy(o -> assertThat(Writers.code(o)).isEqualTo("ESCALATION_CASE_DUPLICATE"));
    }
    assertThat(cases.open()).hasSize(5);
  }

  @Test
  void desks_over_separate_instances_lose_nothing() {
    EscalationCases cases = newCases();
    InMemoryMatters matters = new InMemoryMatters();
    MutableClock clock = MutableClock.at(T0, java.time.ZoneOffset.UTC);
    int n = 12;
    EscalationDesk opener =
        EscalationDesk.builder(sameData(cases), matters)
            .deadlines(DEADLINES)
            .clock(clock)
            .ids(IdSource.sequential("c"))
            .build();
    for (int i = 0; i < n; i++) {
      MatterId m = MatterId.of("m-" + i);
      matters.add(
          Matter.record(
              m,
              new MatterReport(
                  Channel.GRID,
                  MatterCategory.of("lighting"),
                  Place.of(DivisionCode.parse("320114001001")),
                  Reporter.anonymous(),
                  Urgency.ROUTINE,
                  "路灯不亮",
                  T0),
              ActorId.of("clerk-1"),
              T0));
      opener.open(m, Level.VOLUNTEER);
    }
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    // two servers escalate every overdue case while a third closes half of them
    List<Callable<?>> work = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      EscalationDesk desk =
          EscalationDesk.builder(sameData(cases), matters)
              .deadlines(DEADLINES)
              .clock(clock)
              .ids(IdSource.sequential("x"))
              .build();
      work.add(() -> desk.escalateOverdue(clock.instant()));
    }
    EscalationDesk closer =
        EscalationDesk.builder(sameData(cases), matters)
            .deadlines(DEADLINES)
            .clock(clock)
            .ids(IdSource.sequential("y"))
            .build();
    work.add(
        () -> {
          for (int i = 1; i <= n; i += 2) {
            closer.close(CaseId.of("c-" + i), "已解决");
          }
          return null;
        });
    assertThat(Writers.race(work)).allMatch(Writers.Outcome::succeeded);
    for (int i = 1; i <= n; i++) {
      EscalationCase c = cases.find(CaseId.of("c-" + i)).orElseThrow();
      long escalations =
          c.trail().stream().filter(e -> e.action().name().startsWith("ESCALATED")).count();
      assertThat(escalations).as("case c-%d escalated once at most", i).isLessThanOrEqualTo(1);
      if (i % 2 == 1) {
        assertThat(c.isClosed()).as("case c-%d closed", i).isTrue();
      } else {
        assertThat(c.level()).as("case c-%d escalated", i).isEqualTo(Level.SOCIAL_WORKER);
        assertThat(escalations).isEqualTo(1);
      }
    }
  }
}
