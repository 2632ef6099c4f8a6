package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessDecisions;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.Approval;
import org.sanshe.core.registry.access.BurdenReport;
import org.sanshe.core.registry.access.RefusalReason;
import org.sanshe.core.registry.access.ReportInterval;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.core.registry.access.TaskRequest;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link AccessDecisions} port. Extend it with a fresh, empty store per test
 * over the given clock, a way to reopen a store over the same data, and a store writing to an
 * outbox; every test here must pass.
 *
 * <p>What it holds a store to: every kind of decision (listed, approved, refused with each reason,
 * with or without an approval on the request) reads back equal and in the order recorded after a
 * reopen; the burden report from the store equals {@link BurdenReport#of} over the decisions for
 * random decisions, ranges and periods (seeded, the seed in the failure message); a bad actor id is
 * refused and records nothing; two store instances recording at once lose no decision and number
 * each community's decisions 1, 2, 3 without gaps; every decision writes one event.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class AccessDecisionsContract {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final DivisionCode COMMUNITY = DistrictFixture.COMMUNITY;
  private static final DivisionCode OTHER = DistrictFixture.FAR_COMMUNITY;
  private static final AccessEntry ENTRY =
      new AccessEntry(TaskCode.of("T-1"), "入户走访", "区民政局", "《江苏省城乡社区工作准入清单》", Money.ofYuan(3000));

  /** The clock the stores stamp events with. */
  protected final MutableClock clock = DistrictFixture.clock();

  /** Creates the contract. */
  protected AccessDecisionsContract() {}

  /**
   * Returns a new, empty store for one test, stamping events with {@link #clock}.
   *
   * @return the store
   */
  protected abstract AccessDecisions newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process (or a second server)
   * would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract AccessDecisions reopen(AccessDecisions store);

  /**
   * Returns a new, empty store writing its events to an outbox, with that outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<AccessDecisions> newStoreWithOutbox();

  private static AccessDecision decision(
      SplittableRandom rnd, DivisionCode community, LocalDate on) {
    TaskRequest r = TaskRequest.of(TaskCode.of("T-" + rnd.nextInt(3)), "区民政局", community, on);
    Approval approval =
        new Approval(
            "区社区治理领导小组", on.minusDays(rnd.nextInt(30)), "宁治办〔2025〕" + rnd.nextInt(90) + "号");
    switch (rnd.nextInt(5)) {
      case 0:
        return new AccessDecision.Listed(r, ENTRY);
      case 1:
        return new AccessDecision.Listed(r.approvedBy(approval), ENTRY);
      case 2:
        return new AccessDecision.Approved(r.approvedBy(approval), approval);
      case 3:
        return new AccessDecision.Refused(
            r, rnd.nextBoolean() ? RefusalReason.UNLISTED : RefusalReason.DEPARTMENT_NOT_LISTED);
      default:
        return new AccessDecision.Refused(
            r.approvedBy(approval),
            rnd.nextBoolean()
                ? RefusalReason.APPROVER_NOT_NAMED
                : RefusalReason.APPROVAL_AFTER_REQUEST);
    }
  }

  @Test
  void every_kind_of_decision_reads_back_equal_in_the_order_recorded_after_a_reopen() {
    AccessDecisions store = newStore();
    SplittableRandom rnd = new SplittableRandom(19);
    List<AccessDecision> mine = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      AccessDecision d = decision(rnd, COMMUNITY, DAY.plusDays(rnd.nextInt(60)));
      assertThat(store.record(d, "clerk-1")).isEqualTo(i + 1);
      mine.add(d);
      store.record(decision(rnd, OTHER, DAY), "clerk-2");
    }
    AccessDecisions read = reopen(store);
    assertThat(read.inCommunity(COMMUNITY, DAY, DAY.plusDays(60))).containsExactlyElementsOf(mine);
    assertThat(read.inCommunity(COMMUNITY, DAY.plusDays(10), DAY.plusDays(20)))
        .containsExactlyElementsOf(
            mine.stream()
                .filter(
                    d ->
                        !d.request().handedOn().isBefore(DAY.plusDays(10))
                            && d.request().handedOn().isBefore(DAY.plusDays(20)))
                .toList());
    assertThat(read.inCommunity(DistrictFixture.NEIGHBOUR_COMMUNITY, DAY, DAY.plusDays(60)))
        .isEmpty();
    assertThat(read.report(COMMUNITY, DAY, DAY.plusDays(60), ReportInterval.MONTH))
        .isEqualTo(BurdenReport.of(COMMUNITY, mine, DAY, DAY.plusDays(60), ReportInterval.MONTH));
  }

  @Test
  void the_report_from_the_store_equals_the_report_over_the_decisions() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom rnd = new SplittableRandom(seed);
    AccessDecisions store = newStore();
    List<AccessDecision> all = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      AccessDecision d =
          decision(rnd, rnd.nextInt(4) == 0 ? OTHER : COMMUNITY, DAY.plusDays(rnd.nextInt(800)));
      store.record(d, "clerk-1");
      all.add(d);
    }
    AccessDecisions read = reopen(store);
    for (int i = 0; i < 12; i++) {
      LocalDate from = DAY.minusDays(40).plusDays(rnd.nextInt(800));
      LocalDate until = from.plusDays(1 + rnd.nextInt(500));
      ReportInterval period = ReportInterval.values()[rnd.nextInt(3)];
      for (DivisionCode c : List.of(COMMUNITY, OTHER)) {
        assertThat(read.report(c, from, until, period))
            .as("seed %d, %s %s..%s %s", seed, c, from, until, period)
            .isEqualTo(BurdenReport.of(c, all, from, until, period));
      }
    }
  }

  @Test
  void bad_input_has_its_code_and_records_nothing() {
    AccessDecisions store = newStore();
    AccessDecision d =
        new AccessDecision.Listed(TaskRequest.of(ENTRY.task(), "区民政局", COMMUNITY, DAY), ENTRY);
    assertThatThrownBy(() -> store.record(d, "two words"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_ID_INVALID));
    assertThatThrownBy(() -> store.inCommunity(COMMUNITY, DAY, DAY.minusDays(1)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_DATE_ORDER));
    assertThatThrownBy(() -> store.report(COMMUNITY, DAY, DAY, ReportInterval.MONTH))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_DATE_ORDER));
    AccessDecisions read = reopen(store);
    assertThat(read.inCommunity(COMMUNITY, DAY, DAY.plusDays(1))).isEmpty();
    assertThat(read.report(COMMUNITY, DAY, DAY.plusDays(1), ReportInterval.MONTH).rows())
        .allMatch(r -> r.received() == 0);
    assertThat(store.record(d, "clerk-1")).isEqualTo(1);
  }

  @Test
  void two_store_instances_recording_at_once_lose_nothing_and_number_without_gaps() {
    AccessDecisions first = newStore();
    AccessDecisions second = reopen(first);
    List<Callable<?>> tasks = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      AccessDecisions store = w % 2 == 0 ? first : second;
      int writer = w;
      tasks.add(
          () -> {
            List<Long> seqs = new ArrayList<>();
            SplittableRandom rnd = new SplittableRandom(writer);
            for (int i = 0; i < 10; i++) {
              seqs.add(store.record(decision(rnd, COMMUNITY, DAY.plusDays(i)), "w" + writer));
            }
            return seqs;
          });
    }
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    assertThat(outcomes).allMatch(Writers.Outcome::succeeded);
    List<Long> seqs = new ArrayList<>();
    for (Writers.Outcome o : outcomes) {
      for (Object s : (List<?>) o.result()) {
        seqs.add((Long) s);
      }
    }
    assertThat(seqs)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
    AccessDecisions read = reopen(first);
    List<AccessDecision> all = read.inCommunity(COMMUNITY, DAY, DAY.plusDays(10));
    assertThat(all).hasSize(40);
    assertThat(read.report(COMMUNITY, DAY, DAY.plusDays(10), ReportInterval.YEAR))
        .isEqualTo(BurdenReport.of(COMMUNITY, all, DAY, DAY.plusDays(10), ReportInterval.YEAR));
  }

  @Test
  void every_decision_writes_one_event_and_a_refused_recording_none() {
    WithOutbox<AccessDecisions> w = newStoreWithOutbox();
    SplittableRandom rnd = new SplittableRandom(7);
    w.store().record(decision(rnd, COMMUNITY, DAY), "clerk-1");
    w.store().record(decision(rnd, COMMUNITY, DAY), "clerk-2");
    w.store().record(decision(rnd, OTHER, DAY), "clerk-3");
    assertThatThrownBy(() -> w.store().record(decision(rnd, OTHER, DAY), " "))
        .isInstanceOf(SansheException.class);
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(
            e ->
                e.aggregateType()
                    + ":"
                    + e.aggregateId()
                    + ":"
                    + e.eventType()
                    + "@"
                    + e.aggregateVersion())
        .containsExactlyInAnyOrder(
            "access-decisions:" + COMMUNITY.value() + ":AccessDecisionRecorded@1",
            "access-decisions:" + COMMUNITY.value() + ":AccessDecisionRecorded@2",
            "access-decisions:" + OTHER.value() + ":AccessDecisionRecorded@1");
    assertThat(entries).allMatch(e -> e.occurredAt().equals(clock.instant()));
  }
}
