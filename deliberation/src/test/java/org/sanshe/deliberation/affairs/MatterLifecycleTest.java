package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

class MatterLifecycleTest {

  static final HashedIdentity RESIDENT = new HashedIdentity("a".repeat(64));
  static final HashedIdentity STRANGER = new HashedIdentity("b".repeat(64));
  static final ActorId CLERK = ActorId.of("clerk-7");
  static final ActorId WORKER = ActorId.of("social-worker-3");
  static final Handler SERVICE = Handler.organization(OrganizationId.of("org-42"));

  static MatterReport report(Instant at) {
    return MatterReport.builder()
        .channel(Channel.GRID)
        .category("parking")
        .place(Place.of(COMMUNITY, "G03", "B12"))
        .reporter(Reporter.of("张三丰", "13812345678"))
        .urgency(Urgency.URGENT)
        .summary("车辆堵住消防通道")
        .reportedAt(at)
        .resident(RESIDENT)
        .build();
  }

  static Matter resolved() {
    Matter m = Matter.record(MatterId.of("m-1"), report(T0), CLERK, T0);
    m.accept(CLERK, T0.plusSeconds(10));
    m.triage(WORKER, ResolutionPath.SOCIAL_ORGANIZATION_SERVICE, "专业服务", T0.plusSeconds(20));
    m.dispatch(WORKER, SERVICE, T0.plus(Duration.ofDays(3)), T0.plusSeconds(30));
    m.start(ActorId.of("org-42-staff"), T0.plusSeconds(40));
    m.resolve(
        ActorId.of("org-42-staff"),
        ResolutionPath.SOCIAL_ORGANIZATION_SERVICE,
        "已协调挪车",
        T0.plusSeconds(50));
    return m;
  }

  private static AffairsError code(Throwable e) {
    return ((AffairsException) e).affairsError();
  }

  @Test
  void a_matter_goes_from_report_to_closure_with_every_step_naming_who_acted() {
    Matter m = resolved();
    assertThat(m.status()).isEqualTo(MatterStatus.RESOLVED);
    assertThat(m.settlement().orElseThrow().path())
        .isEqualTo(ResolutionPath.SOCIAL_ORGANIZATION_SERVICE);
    FeedbackGiven f = m.feedback(RESIDENT, true, null, T0.plusSeconds(60));
    assertThat(f.handler()).isEqualTo(SERVICE);
    MatterClosed closed = m.confirm(RESIDENT, T0.plusSeconds(70));
    assertThat(closed.confirmed()).isTrue();
    assertThat(closed.by()).isEqualTo(ActorId.resident(RESIDENT));
    assertThat(m.status()).isEqualTo(MatterStatus.CLOSED);
    assertThat(m.pendingEvents())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "MatterRecorded",
            "MatterAccepted",
            "MatterTriaged",
            "MatterDispatched",
            "MatterStarted",
            "MatterResolved",
            "FeedbackGiven",
            "MatterClosed");
    assertThat(m.pendingEvents()).allSatisfy(e -> assertThat(e.by()).isNotNull());
    assertThat(m.pendingEvents().get(0).by()).isEqualTo(CLERK);
  }

  @Test
  void closing_an_unresolved_matter_is_refused_and_changes_nothing() {
    Matter m = Matter.record(MatterId.of("m-1"), report(T0), CLERK, T0);
    m.triage(WORKER, ResolutionPath.COMMUNITY_DELIBERATION, "议事会", T0.plusSeconds(1));
    MatterSnapshot before = m.snapshot();
    assertThatThrownBy(() -> m.confirm(RESIDENT, T0.plusSeconds(2)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_MATTER_NOT_RESOLVED));
    assertThatThrownBy(
            () -> m.closeAfterWindow(CLERK, Duration.ofDays(7), T0.plus(Duration.ofDays(30))))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_MATTER_NOT_RESOLVED));
    assertThat(m.snapshot()).isEqualTo(before);
    assertThat(m.pendingEvents()).hasSize(2);
  }

  @Test
  void only_the_reporter_may_give_feedback_or_confirm() {
    Matter m = resolved();
    MatterSnapshot before = m.snapshot();
    assertThatThrownBy(() -> m.feedback(STRANGER, false, "不满意", T0.plusSeconds(60)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_FEEDBACK_NOT_REPORTER));
    assertThatThrownBy(() -> m.confirm(STRANGER, T0.plusSeconds(60)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_FEEDBACK_NOT_REPORTER));
    assertThat(m.snapshot()).isEqualTo(before);
  }

  @Test
  void an_anonymous_report_takes_no_feedback() {
    Matter m =
        Matter.record(
            MatterId.of("m-2"),
            new MatterReport(
                Channel.APP,
                MatterCategory.of("noise"),
                Place.of(COMMUNITY),
                Reporter.anonymous(),
                Urgency.ROUTINE,
                "夜间施工",
                T0),
            CLERK,
            T0);
    m.triage(WORKER, ResolutionPath.REFERRAL, "转城管", T0);
    m.dispatch(WORKER, Handler.department("urban-management"), T0.plusSeconds(9), T0);
    m.start(WORKER, T0);
    m.resolve(WORKER, ResolutionPath.REFERRAL, "已停工", T0);
    assertThatThrownBy(() -> m.feedback(RESIDENT, true, null, T0))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_FEEDBACK_NOT_REPORTER));
  }

  @Test
  void feedback_is_given_once_per_settlement_and_a_dissatisfied_one_needs_a_reason() {
    Matter m = resolved();
    assertThatThrownBy(() -> m.feedback(RESIDENT, false, " ", T0.plusSeconds(60)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_TEXT_BLANK));
    m.feedback(RESIDENT, false, "车又停回来了", T0.plusSeconds(60));
    assertThatThrownBy(() -> m.feedback(RESIDENT, true, null, T0.plusSeconds(61)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_FEEDBACK_DUPLICATE));
    m.reopen(WORKER, "投诉属实：车辆再次堵塞", T0.plusSeconds(62));
    assertThat(m.status()).isEqualTo(MatterStatus.REOPENED);
    assertThat(m.settlement()).isEmpty();
    assertThat(m.limitStart()).isEqualTo(T0.plusSeconds(62));
    m.start(WORKER, T0.plusSeconds(63));
    m.resolve(WORKER, ResolutionPath.COMMUNITY_DELIBERATION, "议事会定了停车公约", T0.plusSeconds(64));
    m.feedback(RESIDENT, true, null, T0.plusSeconds(65));
    assertThat(m.settlement().orElseThrow().path())
        .isEqualTo(ResolutionPath.COMMUNITY_DELIBERATION);
  }

  @Test
  void a_matter_closes_without_confirmation_only_after_the_window() {
    Matter m = resolved();
    Instant resolvedAt = T0.plusSeconds(50);
    assertThatThrownBy(
            () ->
                m.closeAfterWindow(CLERK, Duration.ofDays(7), resolvedAt.plus(Duration.ofDays(6))))
        .satisfies(
            e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_CONFIRMATION_WINDOW_OPEN));
    assertThatThrownBy(() -> m.closeAfterWindow(CLERK, Duration.ZERO, resolvedAt))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_TIME_LIMIT_INVALID));
    MatterClosed c =
        m.closeAfterWindow(CLERK, Duration.ofDays(7), resolvedAt.plus(Duration.ofDays(7)));
    assertThat(c.confirmed()).isFalse();
    assertThat(m.status()).isEqualTo(MatterStatus.CLOSED);
  }

  @Test
  void illegal_steps_get_their_code_and_change_nothing() {
    Matter m = Matter.record(MatterId.of("m-1"), report(T0), CLERK, T0);
    MatterSnapshot before = m.snapshot();
    assertThatThrownBy(() -> m.start(WORKER, T0))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ILLEGAL_TRANSITION));
    assertThatThrownBy(() -> m.dispatch(WORKER, SERVICE, T0, T0))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ILLEGAL_TRANSITION));
    assertThatThrownBy(() -> m.resolve(WORKER, ResolutionPath.REFERRAL, "x", T0))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ILLEGAL_TRANSITION));
    assertThatThrownBy(() -> m.reopen(WORKER, "x", T0))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ILLEGAL_TRANSITION));
    assertThat(m.snapshot()).isEqualTo(before);
    m.refuse(CLERK, "不属于社区事务", T0.plusSeconds(1));
    assertThat(m.status()).isEqualTo(MatterStatus.REFUSED);
    assertThatThrownBy(() -> m.triage(WORKER, ResolutionPath.REFERRAL, "x", T0.plusSeconds(2)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ILLEGAL_TRANSITION));
    assertThatThrownBy(() -> m.accept(CLERK, T0.plusSeconds(2)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ILLEGAL_TRANSITION));
  }

  @Test
  void steps_never_go_back_in_time() {
    Matter m = Matter.record(MatterId.of("m-1"), report(T0), CLERK, T0);
    m.accept(CLERK, T0.plusSeconds(10));
    assertThatThrownBy(() -> m.triage(WORKER, ResolutionPath.REFERRAL, "x", T0.plusSeconds(9)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_TIME_BEFORE_LAST));
  }

  @Test
  void a_matter_is_overdue_when_open_and_past_its_due_time() {
    Matter m = Matter.record(MatterId.of("m-1"), report(T0), CLERK, T0);
    m.triage(WORKER, ResolutionPath.REFERRAL, "转部门", T0);
    Instant due = T0.plus(Duration.ofDays(3));
    m.dispatch(WORKER, Handler.department("enforcement"), due, T0);
    assertThat(m.isOverdue(due)).isFalse();
    assertThat(m.isOverdue(due.plusNanos(1))).isTrue();
    m.start(WORKER, T0);
    m.resolve(WORKER, ResolutionPath.REFERRAL, "已处理", T0);
    assertThat(m.isOverdue(due.plusSeconds(1))).isFalse();
  }

  @Test
  void a_snapshot_that_skips_the_resolution_is_refused() {
    Matter m = Matter.record(MatterId.of("m-1"), report(T0), CLERK, T0);
    m.triage(WORKER, ResolutionPath.REFERRAL, "转部门", T0);
    MatterSnapshot s = m.snapshot();
    java.util.List<MatterEvent> broken = new java.util.ArrayList<>(s.history());
    broken.add(new MatterClosed(s.id(), CLERK, false, T0.plusSeconds(1)));
    assertThatThrownBy(
            () ->
                Matter.restore(
                    new MatterSnapshot(
                        s.id(), 1, s.report(), s.recordedAt(), s.recordedBy(), broken)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_SNAPSHOT_INVALID));
  }

  @Test
  void a_legacy_snapshot_restores_with_an_unrecorded_actor() {
    Matter m =
        Matter.restore(
            new MatterSnapshot(
                MatterId.of("m-9"),
                3,
                report(T0),
                T0,
                new Triage(ResolutionPath.REFERRAL, "转派", T0.plusSeconds(5))));
    assertThat(m.recordedBy()).isEqualTo(ActorId.UNRECORDED);
    assertThat(m.status()).isEqualTo(MatterStatus.TRIAGED);
    assertThat(m.triage().orElseThrow().by()).isEqualTo(ActorId.UNRECORDED);
  }

  @Test
  void the_builder_sets_named_values_and_defaults() {
    MatterReport r =
        MatterReport.builder()
            .channel(Channel.VOLUNTEER_PATROL)
            .category("environment")
            .place(Place.of(COMMUNITY))
            .summary("垃圾堆放")
            .reportedAt(T0)
            .origin(MatterOrigin.patrolShift("shift-2026-03-02-a"))
            .build();
    assertThat(r.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(r.reporter().isAnonymous()).isTrue();
    assertThat(r.originGiven().orElseThrow().kind()).isEqualTo(MatterOrigin.PATROL_SHIFT);
    assertThat(r.residentGiven()).isEmpty();
    assertThat(r)
        .isEqualTo(
            new MatterReport(
                Channel.VOLUNTEER_PATROL,
                MatterCategory.of("environment"),
                Place.of(COMMUNITY),
                Reporter.anonymous(),
                Urgency.ROUTINE,
                "垃圾堆放",
                T0,
                null,
                MatterOrigin.patrolShift("shift-2026-03-02-a")));
    assertThatThrownBy(() -> new MatterOrigin("Patrol", "x"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
    assertThatThrownBy(() -> MatterOrigin.patrolShift("has space"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
  }

  @Test
  void handlers_read_back_and_refuse_codes_that_do_not_fit_their_kind() {
    for (Handler h :
        new Handler[] {
          Handler.community(COMMUNITY),
          SERVICE,
          Handler.department("enforcement"),
          Handler.officeMeeting(AffairsFixtures.STREET)
        }) {
      assertThat(Handler.parse(h.toString())).isEqualTo(h);
    }
    assertThatThrownBy(() -> new Handler(HandlerKind.COMMUNITY, "320114001"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
    assertThatThrownBy(() -> Handler.parse("NOBODY:x"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
    assertThatThrownBy(() -> Handler.department("Urban Management"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
  }

  @Test
  void a_settlement_report_whose_counts_disagree_is_refused() {
    assertThatThrownBy(
            () ->
                new SettlementReport(
                    COMMUNITY,
                    ReportPeriod.year(2026),
                    java.util.List.of(1L, 0L, 0L),
                    java.util.List.of(0L, 0L, 0L),
                    0,
                    java.util.List.of()))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_SNAPSHOT_INVALID));
    assertThatThrownBy(
            () ->
                new SettlementReport(
                    COMMUNITY,
                    ReportPeriod.year(2026),
                    java.util.List.of(1L, 0L),
                    java.util.List.of(1L, 0L),
                    0,
                    java.util.List.of()))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_SNAPSHOT_INVALID));
  }

  @Test
  void time_limits_come_per_urgency_with_overrides_per_category() {
    TimeLimits limits =
        TimeLimits.illustrative()
            .with(MatterCategory.of("parking"), Urgency.URGENT, Duration.ofHours(2));
    assertThat(limits.limit(MatterCategory.of("parking"), Urgency.URGENT))
        .isEqualTo(Duration.ofHours(2));
    assertThat(limits.limit(MatterCategory.of("noise"), Urgency.URGENT))
        .isEqualTo(Duration.ofDays(3));
    assertThat(limits.limit(MatterCategory.of("parking"), Urgency.ROUTINE))
        .isEqualTo(Duration.ofDays(15));
    for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofDays(-1), Duration.ofDays(367)}) {
      assertThatThrownBy(() -> TimeLimits.of(bad, bad, bad))
          .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_TIME_LIMIT_INVALID));
    }
    assertThatThrownBy(
            () ->
                DepartmentCatalogue.illustrative()
                    .with(new CatalogueEntry("housing", "房管", "Housing")))
        .satisfies(
            e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_CATALOGUE_ENTRY_INVALID));
    assertThatThrownBy(() -> new CatalogueEntry("Housing", "房管", "Housing"))
        .satisfies(
            e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_CATALOGUE_ENTRY_INVALID));
  }
}
