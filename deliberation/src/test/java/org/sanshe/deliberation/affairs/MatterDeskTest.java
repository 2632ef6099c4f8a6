package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.OTHER_COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.STREET;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.ZONE;
import static org.sanshe.deliberation.affairs.MatterLifecycleTest.CLERK;
import static org.sanshe.deliberation.affairs.MatterLifecycleTest.RESIDENT;
import static org.sanshe.deliberation.affairs.MatterLifecycleTest.SERVICE;
import static org.sanshe.deliberation.affairs.MatterLifecycleTest.STRANGER;
import static org.sanshe.deliberation.affairs.MatterLifecycleTest.WORKER;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;
import org.sanshe.core.satisfaction.response.memory.InMemoryResponses;
import org.sanshe.core.satisfaction.score.SatisfactionTally;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.memory.InMemoryMatters;

class MatterDeskTest {

  private final AffairsFixtures.TestClock clock = new AffairsFixtures.TestClock(T0);
  private final AtomicLong next = new AtomicLong();
  private final InMemoryMatters matters = new InMemoryMatters();
  private final Intake intake = new Intake(matters, clock, () -> "m-" + next.incrementAndGet());
  private final HandlerDirectory directory =
      HandlerDirectory.of(
          code -> code.isWithin(STREET),
          id -> id.value().equals("org-42"),
          DepartmentCatalogue.illustrative());
  private final MatterDesk desk =
      MatterDesk.builder()
          .matters(matters)
          .handlers(directory)
          .limits(
              TimeLimits.illustrative()
                  .with(MatterCategory.of("parking"), Urgency.URGENT, Duration.ofHours(2)))
          .confirmationWindow(Duration.ofDays(7))
          .clock(clock)
          .build();

  private MatterId record(DivisionCode community) {
    clock.advance(Duration.ofMinutes(1));
    MatterReport report =
        MatterReport.builder()
            .channel(Channel.HOTLINE_12345)
            .category("parking")
            .place(Place.of(community, "G03"))
            .urgency(Urgency.URGENT)
            .summary("消防通道被占")
            .reportedAt(clock.instant())
            .resident(RESIDENT)
            .build();
    return intake.record(CLERK, report).matter();
  }

  private static AffairsError code(Throwable e) {
    return ((AffairsException) e).affairsError();
  }

  @Test
  void the_three_level_response_routes_a_matter_up_to_the_office_meeting() {
    MatterId id = record(COMMUNITY);
    desk.accept(id, CLERK);
    intake.triage(id, WORKER, ResolutionPath.REFERRAL, "需部门处理");
    MatterDispatched first = desk.dispatch(id, WORKER, Handler.department("enforcement"));
    Matter recorded = matters.find(id).orElseThrow();
    assertThat(first.due()).isEqualTo(recorded.recordedAt().plus(Duration.ofHours(2)));
    desk.start(id, ActorId.of("enforcement-1"));
    MatterDispatched up = desk.referToOfficeMeeting(id, WORKER);
    assertThat(up.handler()).isEqualTo(Handler.officeMeeting(STREET));
    assertThat(up.due()).isEqualTo(first.due());
    desk.start(id, ActorId.of("office"));
    desk.resolve(id, ActorId.of("office"), ResolutionPath.REFERRAL, "办公会协调解决");
    assertThat(matters.find(id).orElseThrow().status()).isEqualTo(MatterStatus.RESOLVED);
  }

  @Test
  void a_dispatch_to_an_unknown_handler_is_refused_and_changes_nothing() {
    MatterId id = record(COMMUNITY);
    intake.triage(id, WORKER, ResolutionPath.REFERRAL, "需部门处理");
    Matter before = matters.find(id).orElseThrow();
    for (Handler unknown :
        List.of(
            Handler.department("tax-office"),
            Handler.organization(OrganizationId.of("org-99")),
            Handler.community(DivisionCode.parse("320114002001")))) {
      assertThatThrownBy(() -> desk.dispatch(id, WORKER, unknown))
          .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_HANDLER_UNKNOWN))
          .hasMessageNotContaining("13812345678");
    }
    Matter after = matters.find(id).orElseThrow();
    assertThat(after.snapshot()).isEqualTo(before.snapshot());
  }

  @Test
  void feedback_becomes_a_satisfaction_response_for_the_handler() {
    MatterId id = record(COMMUNITY);
    intake.triage(id, WORKER, ResolutionPath.SOCIAL_ORGANIZATION_SERVICE, "专业服务");
    desk.dispatch(id, WORKER, SERVICE);
    desk.start(id, ActorId.of("org-42-staff"));
    desk.resolve(id, ActorId.of("org-42-staff"), ResolutionPath.SOCIAL_ORGANIZATION_SERVICE, "已挪车");
    assertThatThrownBy(() -> desk.feedback(id, STRANGER, true, null))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_FEEDBACK_NOT_REPORTER));
    FeedbackGiven f = desk.feedback(id, RESIDENT, false, "仍有车辆停放");
    Response r = MatterFeedback.response(f, Period.ofYear(2026));
    assertThat(r.subject()).isEqualTo(SubjectId.of(SubjectKind.ORGANIZATION, "org-42"));
    assertThat(r.respondent()).isEqualTo(RESIDENT);
    InMemoryResponses responses = new InMemoryResponses(DuplicatePolicy.REJECT);
    responses.record(r);
    SatisfactionTally tally = new SatisfactionTally(MatterFeedback.QUESTIONNAIRE);
    responses.about(r.subject(), Period.ofYear(2026)).forEach(tally::add);
    assertThat(tally.counts(r.subject()).levelCount(0, 0)).isEqualTo(1);
    assertThat(tally.counts(r.subject()).levelCount(0, 1)).isZero();
    assertThat(MatterFeedback.subject(Handler.department("enforcement")).kind())
        .isEqualTo(SubjectKind.DEPARTMENT);
    assertThat(MatterFeedback.subject(Handler.community(COMMUNITY)).kind())
        .isEqualTo(SubjectKind.COMMUNITY);
  }

  @Test
  void unconfirmed_matters_close_after_the_window_and_confirmed_ones_on_confirmation() {
    MatterId a = settle(COMMUNITY, ResolutionPath.COMMUNITY_DELIBERATION);
    MatterId b = settle(COMMUNITY, ResolutionPath.COMMUNITY_DELIBERATION);
    desk.confirm(b, RESIDENT);
    assertThat(desk.closeUnconfirmed(STREET, CLERK, clock.instant())).isEmpty();
    clock.advance(Duration.ofDays(8));
    List<MatterClosed> closed = desk.closeUnconfirmed(STREET, CLERK, clock.instant());
    assertThat(closed).extracting(MatterClosed::matter).containsExactly(a);
    assertThat(matters.find(a).orElseThrow().status()).isEqualTo(MatterStatus.CLOSED);
  }

  private MatterId settle(DivisionCode community, ResolutionPath how) {
    MatterId id = record(community);
    intake.triage(id, WORKER, ResolutionPath.COMMUNITY_DELIBERATION, "议事");
    desk.dispatch(id, WORKER, Handler.community(community));
    desk.start(id, WORKER);
    desk.resolve(id, WORKER, how, "已办结");
    return id;
  }

  @Test
  void the_settlement_report_counts_how_matters_were_settled_beside_the_triage() {
    settle(COMMUNITY, ResolutionPath.COMMUNITY_DELIBERATION);
    settle(COMMUNITY, ResolutionPath.COMMUNITY_DELIBERATION);
    settle(OTHER_COMMUNITY, ResolutionPath.SOCIAL_ORGANIZATION_SERVICE);
    MatterId reopened = settle(COMMUNITY, ResolutionPath.REFERRAL);
    desk.reopen(reopened, WORKER, "投诉属实");
    MatterId open = record(COMMUNITY);
    intake.triage(open, WORKER, ResolutionPath.REFERRAL, "转部门");
    SettlementReport r =
        matters.settlementReport(STREET, ReportPeriod.year(2026), ZONE, TriageTargets.preset622());
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.settled(ResolutionPath.COMMUNITY_DELIBERATION)).isEqualTo(2);
    assertThat(r.settled(ResolutionPath.SOCIAL_ORGANIZATION_SERVICE)).isEqualTo(1);
    assertThat(r.settled(ResolutionPath.REFERRAL)).isZero();
    assertThat(r.intended(ResolutionPath.COMMUNITY_DELIBERATION)).isEqualTo(3);
    assertThat(r.gap(ResolutionPath.SOCIAL_ORGANIZATION_SERVICE)).isEqualTo(1);
    assertThat(r.gap(ResolutionPath.COMMUNITY_DELIBERATION)).isEqualTo(-1);
    assertThat(r.allHold()).isTrue();
    assertThat(r)
        .isEqualTo(
            new Matters() {
              @Override
              public void add(Matter matter) {}

              @Override
              public void update(Matter matter) {}

              @Override
              public java.util.Optional<Matter> find(MatterId id) {
                return matters.find(id);
              }

              @Override
              public List<Matter> all() {
                return matters.all();
              }
            }.settlementReport(STREET, ReportPeriod.year(2026), ZONE, TriageTargets.preset622()));
    assertThat(
            matters
                .settlementReport(
                    COMMUNITY, ReportPeriod.year(2025), ZONE, TriageTargets.preset622())
                .total())
        .isZero();
    assertThat(
            matters
                .triageReport(STREET, ReportPeriod.year(2026), ZONE, TriageTargets.preset622())
                .recorded())
        .isEqualTo(5);
  }

  @Test
  void queries_page_by_handler_status_street_and_overdue() {
    MatterId a = record(COMMUNITY);
    MatterId b = record(OTHER_COMMUNITY);
    MatterId c = record(COMMUNITY);
    for (MatterId id : List.of(a, b, c)) {
      intake.triage(id, WORKER, ResolutionPath.REFERRAL, "转部门");
      desk.dispatch(id, WORKER, Handler.department("enforcement"));
    }
    desk.start(c, WORKER);
    desk.resolve(c, WORKER, ResolutionPath.REFERRAL, "已处理");
    Handler enforcement = Handler.department("enforcement");
    assertThat(matters.query(MatterQuery.inbox(enforcement), null, 10))
        .extracting(Matter::id)
        .containsExactly(a, b);
    assertThat(matters.query(MatterQuery.inbox(enforcement), a, 10))
        .extracting(Matter::id)
        .containsExactly(b);
    assertThat(matters.query(MatterQuery.inbox(enforcement), null, 1))
        .extracting(Matter::id)
        .containsExactly(a);
    assertThat(matters.query(MatterQuery.ALL.withHandler(enforcement), null, 10)).hasSize(3);
    assertThat(
            matters.query(
                MatterQuery.ALL.withStatuses(EnumSet.of(MatterStatus.RESOLVED)), null, 10))
        .extracting(Matter::id)
        .containsExactly(c);
    assertThat(matters.query(MatterQuery.ALL.within(OTHER_COMMUNITY), null, 10))
        .extracting(Matter::id)
        .containsExactly(b);
    java.time.Instant late = clock.instant().plus(Duration.ofDays(1));
    assertThat(matters.query(MatterQuery.ALL.overdueAt(late), null, 10))
        .extracting(Matter::id)
        .containsExactly(a, b);
    assertThat(matters.query(MatterQuery.ALL.overdueAt(clock.instant()), null, 10)).isEmpty();
    OverdueReport overdue = matters.overdueReport(STREET, late);
    assertThat(overdue.total()).isEqualTo(2);
    assertThat(overdue.byHandler()).containsEntry(enforcement, 2L);
    assertThat(overdue.byStreet()).containsEntry(STREET, 2L);
    assertThat(matters.query(MatterQuery.ALL.withStatuses(Set.of()), null, 10)).hasSize(3);
  }
}
