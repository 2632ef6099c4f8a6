package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterOrigin;
import org.sanshe.deliberation.affairs.MatterQuery;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.MatterStatus;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TriageTable;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The contract of the {@link Matters} port. Extend it with a fresh, empty store per test and a way
 * to open a second instance over the same data (as a second server or a restarted process would);
 * every test here must pass.
 *
 * <p>What it holds a store to: a matter reads back with an equal snapshot (every component of the
 * report, instants to the nanosecond, places with and without grid and building, named and
 * anonymous reporters, the triage) at version 1 after an add and one more after each update; a
 * stale write is refused with {@code AFFAIRS_VERSION_CONFLICT} and changes nothing, also from a
 * spent instance; every find hands out a fresh instance; unknown and duplicate ids are refused by
 * code; {@link Matters#all()} and {@link Matters#page(MatterId, int)} list by id; the "622" report
 * agrees with a {@link TriageTable} over the same matters for every scope and period; two writers
 * on two instances updating one matter at once give one success and one conflict; and many intakes
 * over separate instances triaging at once lose nothing. Since the lifecycle (issue 17): every
 * lifecycle step (acceptance to reopening, with actors, the reporter's hash and the origin) reads
 * back equal; {@link Matters#query} pages through exactly what {@link MatterQuery#matches} finds
 * over all matters; and the settlement and overdue reports equal the port's defaults over {@link
 * Matters#all()}.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class MattersContract {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");
  private static final DivisionCode NEIGHBOUR = DivisionCode.parse("320114001002");
  private static final DivisionCode OTHER_STREET = DivisionCode.parse("320114002001");
  private static final DivisionCode OTHER_DISTRICT = DivisionCode.parse("320113001001");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00.123456789Z");

  /** Creates the contract. */
  protected MattersContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Matters newMatters();

  /**
   * Returns another instance over the same stored data, as a second server or a restarted process
   * would open it.
   *
   * @param matters a store from {@link #newMatters()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Matters sameData(Matters matters);

  private static MatterReport report(Place place, Reporter reporter, Instant at) {
    return new MatterReport(
        Channel.HOTLINE_12345,
        MatterCategory.of("parking"),
        place,
        reporter,
        Urgency.URGENT,
        "车辆堵住 12 号楼后的消防通道",
        at);
  }

  private static Matter matter(String id, Instant at) {
    return Matter.record(
        MatterId.of(id),
        report(Place.of(COMMUNITY, "G03", "B12"), Reporter.of("张三丰", "13812345678"), at),
        ActorId.of("clerk-1"),
        at);
  }

  private static AffairsError code(Throwable e) {
    return (AffairsError) ((AffairsException) e).errorCode();
  }

  @Test
  void a_matter_reads_back_equal_at_version_one() {
    Matters matters = newMatters();
    Matter full = matter("m-1", T0);
    Matter anonymous =
        Matter.record(
            MatterId.of("m-2"),
            report(Place.of(NEIGHBOUR), Reporter.anonymous(), T0.minusSeconds(3600)),
            ActorId.of("clerk-1"),
            T0);
    Matter phoneless =
        Matter.record(
            MatterId.of("m-3"),
            report(
                Place.of(COMMUNITY, "G-1"),
                Reporter.of("李四", null),
                Instant.parse("1969-12-31T23:00:00.5Z")),
            ActorId.of("clerk-1"),
            Instant.parse("1969-12-31T23:59:59.999999999Z"));
    matters.add(full);
    matters.add(anonymous);
    matters.add(phoneless);
    for (Matter m : List.of(full, anonymous, phoneless)) {
      Matter found = sameData(matters).find(m.id()).orElseThrow();
      assertThat(found.snapshot()).isEqualTo(m.snapshot().withVersion(1));
      assertThat(found.version()).isEqualTo(1);
      assertThat(found.pendingEvents()).isEmpty();
    }
    assertThat(matters.find(MatterId.of("none"))).isEmpty();
  }

  @Test
  void each_update_stores_the_next_version() {
    Matters matters = newMatters();
    matters.add(matter("m-1", T0));
    Matter read = matters.find(MatterId.of("m-1")).orElseThrow();
    read.triage(
        ActorId.of("clerk-1"),
        ResolutionPath.SOCIAL_ORGANIZATION_SERVICE,
        "交由专业机构",
        T0.plusSeconds(60));
    matters.update(read);
    Matter again = sameData(matters).find(MatterId.of("m-1")).orElseThrow();
    assertThat(again.version()).isEqualTo(2);
    assertThat(again.snapshot()).isEqualTo(read.snapshot().withVersion(2));
    assertThat(again.triage().orElseThrow().path())
        .isEqualTo(ResolutionPath.SOCIAL_ORGANIZATION_SERVICE);
  }

  @Test
  void a_stale_update_is_refused_and_changes_nothing() {
    Matters matters = newMatters();
    matters.add(matter("m-1", T0));
    Matter first = matters.find(MatterId.of("m-1")).orElseThrow();
    Matter second = sameData(matters).find(MatterId.of("m-1")).orElseThrow();
    first.triage(
        ActorId.of("clerk-1"), ResolutionPath.COMMUNITY_DELIBERATION, "议事会", T0.plusSeconds(60));
    matters.update(first);
    second.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "转派", T0.plusSeconds(61));
    assertThatThrownBy(() -> sameData(matters).update(second))
        .isInstanceOfSatisfying(
            AffairsException.class,
            e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT))
        .hasMessageContaining("version 1 read, 2 stored");
    // the caller's instance is spent after a successful update
    assertThatThrownBy(() -> matters.update(first))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    Matter stored = matters.find(MatterId.of("m-1")).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.triage().orElseThrow().path())
        .isEqualTo(ResolutionPath.COMMUNITY_DELIBERATION);
  }

  @Test
  void every_find_hands_out_a_fresh_instance() {
    Matters matters = newMatters();
    matters.add(matter("m-1", T0));
    Matter a = matters.find(MatterId.of("m-1")).orElseThrow();
    Matter b = matters.find(MatterId.of("m-1")).orElseThrow();
    assertThat(a).isNotSameAs(b);
    a.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "转派", T0.plusSeconds(60));
    assertThat(b.triage()).isEmpty();
    assertThat(matters.find(MatterId.of("m-1")).orElseThrow().triage()).isEmpty();
  }

  @Test
  void unknown_and_duplicate_ids_are_refused_by_code_and_change_nothing() {
    Matters matters = newMatters();
    Matter m = matter("m-1", T0);
    matters.add(m);
    Matter other = matter("m-1", T0.plusSeconds(5));
    assertThatThrownBy(() -> sameData(matters).add(other))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_MATTER_DUPLICATE));
    assertThatThrownBy(() -> matters.update(matter("m-9", T0)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_MATTER_UNKNOWN));
    Matter stored = matters.find(MatterId.of("m-1")).orElseThrow();
    assertThat(stored.snapshot()).isEqualTo(m.snapshot().withVersion(1));
    assertThat(matters.find(MatterId.of("m-9"))).isEmpty();
    // a matter read from a store is not new
    Matter read = Matter.restore(stored.snapshot().withVersion(3));
    Matter renamed =
        Matter.restore(
            new org.sanshe.deliberation.affairs.MatterSnapshot(
                MatterId.of("m-10"), 3, read.report(), read.recordedAt(), null));
    assertThatThrownBy(() -> matters.add(renamed))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThat(matters.find(MatterId.of("m-10"))).isEmpty();
  }

  @Test
  void matters_are_listed_by_id_and_in_keyset_pages() {
    Matters matters = newMatters();
    List<String> ids = List.of("m-3", "a-1", "m-10", "B-2", "m-2", "z");
    for (int i = 0; i < ids.size(); i++) {
      matters.add(matter(ids.get(i), T0.plusSeconds(i)));
    }
    List<String> sorted = ids.stream().sorted().toList();
    assertThat(sameData(matters).all()).extracting(m -> m.id().value()).isEqualTo(sorted);
    List<String> paged = new ArrayList<>();
    MatterId after = null;
    while (true) {
      List<Matter> page = matters.page(after, 4);
      assertThat(page.size()).isLessThanOrEqualTo(4);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(m -> paged.add(m.id().value()));
      after = page.get(page.size() - 1).id();
    }
    assertThat(paged).isEqualTo(sorted);
    assertThat(matters.page(MatterId.of("m-3"), 2))
        .extracting(m -> m.id().value())
        .containsExactly("z");
    assertThatThrownBy(() -> matters.page(null, 0)).hasMessageStartingWith("[ARGUMENT_INVALID]");
  }

  @Test
  void the_622_report_agrees_with_a_triage_table_over_the_same_matters() {
    Matters matters = newMatters();
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    List<DivisionCode> communities = List.of(COMMUNITY, NEIGHBOUR, OTHER_STREET, OTHER_DISTRICT);
    ResolutionPath[] paths = ResolutionPath.values();
    Instant base = Instant.parse("2025-12-30T15:00:00Z");
    for (int i = 0; i < 120; i++) {
      Instant at = base.plusSeconds(random.nextLong(0, 20L * 24 * 3600));
      DivisionCode c = communities.get(random.nextInt(communities.size()));
      Matter m =
          Matter.record(
              MatterId.of(String.format("r-%04d", i)),
              report(Place.of(c), Reporter.anonymous(), at),
              ActorId.of("clerk-1"),
              at);
      int p = random.nextInt(paths.length + 1);
      if (p < paths.length) {
        m.triage(ActorId.of("clerk-1"), paths[p], "分流", at.plusSeconds(30));
      }
      matters.add(m);
    }
    TriageTable table = TriageTable.of(matters.all(), ZONE);
    List<DivisionCode> scopes =
        List.of(
            COMMUNITY,
            DivisionCode.parse("320114001"),
            DivisionCode.parse("320114"),
            DivisionCode.parse("320100"),
            DivisionCode.parse("320000"),
            DivisionCode.parse("100000"),
            DivisionCode.parse("320115"));
    List<ReportPeriod> periods =
        List.of(
            ReportPeriod.year(2026),
            ReportPeriod.year(2025),
            ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)),
            ReportPeriod.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 10)));
    Matters other = sameData(matters);
    for (DivisionCode scope : scopes) {
      for (ReportPeriod period : periods) {
        assertThat(other.triageReport(scope, period, ZONE, TriageTargets.preset622()))
            .as("seed %d, %s %s", seed, scope, period)
            .isEqualTo(table.report(scope, period, TriageTargets.preset622()));
      }
    }
    // the edges of a day in the zone: its first nanosecond counts, the one before does not
    Instant midnight = LocalDate.of(2027, 1, 1).atStartOfDay(ZONE).toInstant();
    matters.add(
        Matter.record(
            MatterId.of("edge-1"),
            report(Place.of(COMMUNITY), Reporter.anonymous(), midnight),
            ActorId.of("clerk-1"),
            midnight));
    matters.add(
        Matter.record(
            MatterId.of("edge-2"),
            report(Place.of(COMMUNITY), Reporter.anonymous(), midnight.minusNanos(1)),
            ActorId.of("clerk-1"),
            midnight.minusNanos(1)));
    assertThat(
            other
                .triageReport(COMMUNITY, ReportPeriod.year(2027), ZONE, TriageTargets.preset622())
                .untriaged())
        .isEqualTo(1);
    assertThat(
            other.triageReport(COMMUNITY, ReportPeriod.year(2026), ZONE, TriageTargets.preset622()))
        .isEqualTo(
            TriageTable.of(matters.all(), ZONE)
                .report(COMMUNITY, ReportPeriod.year(2026), TriageTargets.preset622()));
    assertThat(
            other.triageReport(
                COMMUNITY, ReportPeriod.year(2026), ZoneOffset.UTC, TriageTargets.preset622()))
        .isEqualTo(
            TriageTable.of(matters.all(), ZoneOffset.UTC)
                .report(COMMUNITY, ReportPeriod.year(2026), TriageTargets.preset622()));
  }

  @Test
  void two_writers_updating_one_matter_at_once_give_one_success_and_one_conflict() {
    Matters matters = newMatters();
    for (int round = 0; round < 5; round++) {
      String id = "race-" + round;
      matters.add(matter(id, T0));
      Matters one = sameData(matters);
      Matters two = sameData(matters);
      Matter a = one.find(MatterId.of(id)).orElseThrow();
      Matter b = two.find(MatterId.of(id)).orElseThrow();
      a.triage(
          ActorId.of("clerk-1"), ResolutionPath.COMMUNITY_DELIBERATION, "一号服务器", T0.plusSeconds(1));
      b.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "二号服务器", T0.plusSeconds(2));
      List<Writers.Outcome> outcomes =
          Writers.race(
              List.<Callable<?>>of(
                  () -> {
                    one.update(a);
                    return "one";
                  },
                  () -> {
                    two.update(b);
                    return "two";
                  }));
      assertThat(outcomes).filteredOn(Writers.Outcome::succeeded).hasSize(1);
      Writers.Outcome lost = outcomes.stream().filter(o -> !o.succeeded()).findFirst().get();
      assertThat(Writers.code(lost)).isEqualTo("AFFAIRS_VERSION_CONFLICT");
      Matter stored = matters.find(MatterId.of(id)).orElseThrow();
      assertThat(stored.version()).isEqualTo(2);
      ResolutionPath winner =
          outcomes.get(0).succeeded()
              ? ResolutionPath.COMMUNITY_DELIBERATION
              : ResolutionPath.REFERRAL;
      assertThat(stored.triage().orElseThrow().path()).isEqualTo(winner);
    }
  }

  @Test
  void intakes_over_separate_instances_lose_nothing() {
    Matters matters = newMatters();
    Clock clock = Clock.fixed(T0.plus(Duration.ofHours(1)), ZONE);
    int threads = 4;
    int each = 10;
    List<Callable<?>> recorders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Intake intake = new Intake(sameData(matters), clock, IdSource.sequential("t" + t));
      recorders.add(
          () -> {
            for (int i = 0; i < each; i++) {
              intake.record(
                  ActorId.of("clerk-1"), report(Place.of(COMMUNITY), Reporter.anonymous(), T0));
            }
            return null;
          });
    }
    assertThat(Writers.race(recorders)).allMatch(Writers.Outcome::succeeded);
    assertThat(matters.all()).hasSize(threads * each);
    // every intake triages the same matter at once: exactly one triage, the others are refused
    AtomicInteger n = new AtomicInteger();
    List<Callable<?>> triagers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Intake intake = new Intake(sameData(matters), clock, IdSource.sequential("x" + t));
      ResolutionPath path = ResolutionPath.values()[t % 3];
      triagers.add(
          () -> {
            n.incrementAndGet();
            return intake.triage(MatterId.of("t0-1"), ActorId.of("clerk-1"), path, "分流");
          });
    }
    List<Writers.Outcome> outcomes = Writers.race(triagers);
    assertThat(outcomes).filteredOn(Writers.Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.succeeded())
        .allSatisfy(o -> assertThat(Writers.code(o)).isEqualTo("AFFAIRS_ALREADY_TRIAGED"));
    Matter stored = matters.find(MatterId.of("t0-1")).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(n.get()).isEqualTo(threads);
  }

  private static final org.sanshe.core.identifier.HashedIdentity RESIDENT =
      new org.sanshe.core.identifier.HashedIdentity("c".repeat(64));
  private static final ActorId WORKER = ActorId.of("worker-1");
  private static final Handler[] HANDLERS = {
    Handler.community(COMMUNITY),
    Handler.department("enforcement"),
    Handler.organization(org.sanshe.core.registry.organization.OrganizationId.of("org-42")),
    Handler.officeMeeting(DivisionCode.parse("320114001"))
  };

  /** A matter carried through random lifecycle steps, legal or not (refused ones are skipped). */
  private static Matter lifecycle(SplittableRandom r, String id, DivisionCode community) {
    Instant at = T0.plusSeconds(r.nextLong(0, 400L * 86_400));
    MatterReport report =
        MatterReport.builder()
            .channel(Channel.VOLUNTEER_PATROL)
            .category("environment")
            .place(Place.of(community, "G1"))
            .reporter(Reporter.of("王五", "13900001111"))
            .urgency(Urgency.values()[r.nextInt(3)])
            .summary("巡查发现垃圾堆放")
            .reportedAt(at)
            .resident(r.nextInt(3) == 0 ? null : RESIDENT)
            .origin(r.nextBoolean() ? MatterOrigin.patrolShift("shift-" + id) : null)
            .build();
    Matter m = Matter.record(MatterId.of(id), report, ActorId.of("clerk-1"), at);
    int steps = r.nextInt(25);
    for (int i = 0; i < steps; i++) {
      at = at.plusSeconds(r.nextInt(1, 3 * 86_400));
      ResolutionPath path = ResolutionPath.values()[r.nextInt(3)];
      try {
        switch (r.nextInt(10)) {
          case 0 -> m.accept(WORKER, at);
          case 1 -> m.refuse(WORKER, "不予受理", at);
          case 2 -> m.triage(WORKER, path, "分流", at);
          case 3 ->
              m.dispatch(
                  WORKER,
                  HANDLERS[r.nextInt(HANDLERS.length)],
                  at.plusSeconds(r.nextInt(-86_400, 5 * 86_400)),
                  at);
          case 4, 5 -> m.start(WORKER, at);
          case 6 -> m.resolve(WORKER, path, "已办结", at);
          case 7 -> m.confirm(RESIDENT, at);
          case 8 -> m.feedback(RESIDENT, r.nextBoolean(), "理由", at);
          default -> m.reopen(WORKER, "投诉属实", at);
        }
      } catch (AffairsException refused) {
        // an illegal step in this state: the matter is unchanged, go on
      }
    }
    return m;
  }

  private static List<Matter> lifecycles(Matters matters, SplittableRandom r, int n) {
    List<DivisionCode> communities = List.of(COMMUNITY, NEIGHBOUR, OTHER_STREET, OTHER_DISTRICT);
    List<Matter> added = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Matter m =
          lifecycle(r, String.format("q-%04d", i), communities.get(r.nextInt(communities.size())));
      matters.add(m);
      added.add(m);
    }
    return added;
  }

  /**
   * The port's defaults over {@link Matters#all()} (writes go to the store itself): what every
   * store's answers must equal.
   */
  private static Matters naive(Matters matters) {
    return new Matters() {
      @Override
      public void add(Matter matter) {
        matters.add(matter);
      }

      @Override
      public void update(Matter matter) {
        matters.update(matter);
      }

      @Override
      public java.util.Optional<Matter> find(MatterId id) {
        return matters.find(id);
      }

      @Override
      public List<Matter> all() {
        return matters.all();
      }
    };
  }

  @Test
  void every_channel_reads_back_presets_and_integrator_defined_alike() {
    Matters matters = newMatters();
    List<Channel> channels = new java.util.ArrayList<>(Channel.presets());
    channels.add(Channel.of("building-leader"));
    channels.add(Channel.of("Owners_Group_" + "x".repeat(27)));
    int n = 0;
    for (Channel channel : channels) {
      Matter m =
          Matter.record(
              MatterId.of("ch-" + n++),
              MatterReport.builder()
                  .channel(channel)
                  .category("parking")
                  .place(Place.of(COMMUNITY))
                  .reporter(Reporter.anonymous())
                  .urgency(Urgency.ROUTINE)
                  .summary("占道停车")
                  .reportedAt(T0)
                  .build(),
              ActorId.of("clerk-1"),
              T0);
      matters.add(m);
      Matter read = sameData(matters).find(m.id()).orElseThrow();
      assertThat(read.snapshot().report().channel()).isEqualTo(channel);
      assertThat(read.snapshot()).isEqualTo(m.snapshot().withVersion(1));
    }
  }

  @Test
  void every_lifecycle_step_reads_back_equal() {
    Matters matters = newMatters();
    Instant at = T0;
    Matter m =
        Matter.record(
            MatterId.of("life-1"),
            MatterReport.builder()
                .channel(Channel.HOTLINE_12349)
                .category("parking")
                .place(Place.of(COMMUNITY, "G03", "B12"))
                .reporter(Reporter.of("张三丰", "13812345678"))
                .urgency(Urgency.URGENT)
                .summary("消防通道被占")
                .reportedAt(at)
                .resident(RESIDENT)
                .origin(MatterOrigin.patrolShift("shift-7"))
                .build(),
            ActorId.of("clerk-1"),
            at);
    m.accept(WORKER, at.plusSeconds(1));
    m.triage(WORKER, ResolutionPath.COMMUNITY_DELIBERATION, "议事会", at.plusSeconds(2));
    Matter longCodes =
        Matter.record(
            MatterId.of("life-2"),
            report(
                Place.of(COMMUNITY, "grid_" + "3".repeat(27), "B_" + "9".repeat(30)),
                Reporter.anonymous(),
                at),
            ActorId.of("clerk-1"),
            at);
    matters.add(longCodes);
    assertThat(sameData(matters).find(longCodes.id()).orElseThrow().snapshot())
        .isEqualTo(longCodes.snapshot().withVersion(1));
    m.dispatch(WORKER, HANDLERS[0], at.plusSeconds(86_400), at.plusSeconds(3));
    matters.add(m);
    Matter read = sameData(matters).find(m.id()).orElseThrow();
    assertThat(read.snapshot()).isEqualTo(m.snapshot().withVersion(1));
    read.start(WORKER, at.plusSeconds(4));
    read.dispatch(WORKER, HANDLERS[1], at.plusSeconds(86_400), at.plusSeconds(5));
    read.start(WORKER, at.plusSeconds(6));
    read.resolve(WORKER, ResolutionPath.REFERRAL, "部门已处理", at.plusSeconds(7));
    read.feedback(RESIDENT, false, "仍未解决", at.plusSeconds(8));
    read.reopen(WORKER, "投诉属实", at.plusSeconds(9));
    read.start(WORKER, at.plusSeconds(10));
    read.resolve(WORKER, ResolutionPath.COMMUNITY_DELIBERATION, "议事会解决", at.plusSeconds(11));
    read.feedback(RESIDENT, true, null, at.plusSeconds(12));
    read.confirm(RESIDENT, at.plusSeconds(13));
    matters.update(read);
    Matter again = sameData(matters).find(m.id()).orElseThrow();
    assertThat(again.snapshot()).isEqualTo(read.snapshot().withVersion(2));
    assertThat(again.status()).isEqualTo(MatterStatus.CLOSED);
    again.reopen(WORKER, "再次投诉", at.plusSeconds(14));
    again.dispatch(WORKER, HANDLERS[3], at.plusSeconds(20), at.plusSeconds(15));
    matters.update(again);
    assertThat(sameData(matters).find(m.id()).orElseThrow().snapshot())
        .isEqualTo(again.snapshot().withVersion(3));
    Matter stale = read;
    assertThatThrownBy(() -> matters.update(stale))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    SplittableRandom r = new SplittableRandom(new SplittableRandom().nextLong());
    for (Matter random : lifecycles(matters, r, 40)) {
      assertThat(sameData(matters).find(random.id()).orElseThrow().snapshot())
          .isEqualTo(random.snapshot().withVersion(1));
    }
  }

  @Test
  void queries_page_through_what_a_filter_over_all_matters_finds() {
    Matters matters = newMatters();
    long seed = new SplittableRandom().nextLong();
    lifecycles(matters, new SplittableRandom(seed), 150);
    Matters other = sameData(matters);
    Instant late = T0.plusSeconds(200L * 86_400);
    List<MatterQuery> queries = new ArrayList<>();
    queries.add(MatterQuery.ALL);
    for (Handler h : HANDLERS) {
      queries.add(MatterQuery.inbox(h));
      queries.add(MatterQuery.ALL.withHandler(h));
      queries.add(MatterQuery.inbox(h).overdueAt(late));
    }
    for (MatterStatus s : MatterStatus.values()) {
      queries.add(MatterQuery.ALL.withStatuses(java.util.Set.of(s)));
    }
    queries.add(MatterQuery.ALL.within(DivisionCode.parse("320114001")));
    queries.add(MatterQuery.ALL.within(OTHER_DISTRICT).overdueAt(late));
    queries.add(MatterQuery.ALL.overdueAt(late));
    queries.add(
        MatterQuery.ALL.withStatuses(
            java.util.EnumSet.of(MatterStatus.RESOLVED, MatterStatus.CLOSED)));
    for (MatterQuery q : queries) {
      List<String> expected =
          matters.all().stream().filter(q::matches).map(m -> m.id().value()).toList();
      List<String> paged = new ArrayList<>();
      MatterId after = null;
      for (List<Matter> page = other.query(q, null, 7);
          !page.isEmpty();
          page = other.query(q, after, 7)) {
        assertThat(page.size()).isLessThanOrEqualTo(7);
        page.forEach(m -> paged.add(m.id().value()));
        after = page.get(page.size() - 1).id();
      }
      assertThat(paged).as("seed %d, %s", seed, q).isEqualTo(expected);
    }
    assertThatThrownBy(() -> matters.query(MatterQuery.ALL, null, 0))
        .hasMessageStartingWith("[ARGUMENT_INVALID]");
  }

  @Test
  void the_settlement_and_overdue_reports_agree_with_a_count_over_all_matters() {
    Matters matters = newMatters();
    long seed = new SplittableRandom().nextLong();
    SplittableRandom r = new SplittableRandom(seed);
    List<Matter> added = lifecycles(matters, r, 150);
    // change some stored matters, so that incremental counts see updates
    for (int i = 0; i < 30; i++) {
      Matter m = matters.find(added.get(r.nextInt(added.size())).id()).orElseThrow();
      Instant at = T0.plusSeconds(500L * 86_400);
      try {
        m.reopen(WORKER, "投诉属实", at);
      } catch (AffairsException refused) {
        continue;
      }
      matters.update(m);
    }
    Matters other = sameData(matters);
    Matters naive = naive(matters);
    for (DivisionCode scope :
        List.of(
            COMMUNITY,
            DivisionCode.parse("320114001"),
            DivisionCode.parse("320114"),
            DivisionCode.parse("320100"),
            DivisionCode.parse("320000"),
            DivisionCode.parse("100000"))) {
      for (ReportPeriod period :
          List.of(
              ReportPeriod.year(2026),
              ReportPeriod.year(2027),
              ReportPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)))) {
        assertThat(other.settlementReport(scope, period, ZONE, TriageTargets.preset622()))
            .as("seed %d, %s %s", seed, scope, period)
            .isEqualTo(naive.settlementReport(scope, period, ZONE, TriageTargets.preset622()));
      }
      for (Instant at : List.of(T0, T0.plusSeconds(100L * 86_400), T0.plusSeconds(900L * 86_400))) {
        assertThat(other.overdueReport(scope, at))
            .as("seed %d, %s %s", seed, scope, at)
            .isEqualTo(naive.overdueReport(scope, at));
      }
    }
  }
}
