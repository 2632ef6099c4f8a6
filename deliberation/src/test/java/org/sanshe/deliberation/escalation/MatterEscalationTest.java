package org.sanshe.deliberation.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.deliberation.affairs.AffairsFixtures.COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.STREET;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.AffairsFixtures;
import org.sanshe.deliberation.affairs.DepartmentCatalogue;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.HandlerDirectory;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.MatterDesk;
import org.sanshe.deliberation.affairs.MatterDispatched;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterResolved;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TimeLimits;
import org.sanshe.deliberation.memory.InMemoryEscalationCases;
import org.sanshe.deliberation.memory.InMemoryMatters;

class MatterEscalationTest {

  private final AffairsFixtures.TestClock clock = new AffairsFixtures.TestClock(T0);
  private final InMemoryMatters matters = new InMemoryMatters();
  private final InMemoryEscalationCases cases = new InMemoryEscalationCases();
  private final Intake intake = new Intake(matters, clock, IdSource.sequential("m"));
  private final MatterDesk desk =
      MatterDesk.builder()
          .matters(matters)
          .handlers(
              HandlerDirectory.of(
                  code -> code.isWithin(STREET), id -> false, DepartmentCatalogue.illustrative()))
          .limits(TimeLimits.illustrative())
          .confirmationWindow(Duration.ofDays(7))
          .clock(clock)
          .build();
  private final EscalationDesk ladder =
      EscalationDesk.builder(cases, matters)
          .deadlines(EscalationDeadlines.standard())
          .clock(clock)
          .ids(IdSource.sequential("case"))
          .build();
  private final ActorId worker = ActorId.of("worker-1");
  private final MatterEscalation link =
      MatterEscalation.builder()
          .ladder(ladder)
          .cases(cases)
          .desk(desk)
          .matters(matters)
          .actor(ActorId.of("scheduler"))
          .build();

  private MatterId triaged() {
    MatterId id = intake.record(worker, AffairsFixtures.parkingReport(clock.instant())).matter();
    intake.triage(id, worker, ResolutionPath.REFERRAL, "转部门");
    return id;
  }

  @Test
  void a_dispatch_opens_the_case_and_the_resolution_closes_it() {
    MatterId id = triaged();
    MatterDispatched d = desk.dispatch(id, worker, Handler.department("enforcement"));
    assertThat(link.on(d)).containsInstanceOf(CaseOpened.class);
    assertThat(link.on(d)).isEmpty(); // seen twice: nothing more
    EscalationCase open = cases.open().get(0);
    assertThat(open.matter()).isEqualTo(id);
    assertThat(open.level()).isEqualTo(Level.COMMUNITY_OR_DEPARTMENT);
    desk.start(id, worker);
    MatterResolved r = desk.resolve(id, worker, ResolutionPath.REFERRAL, "已处理");
    assertThat(link.on(r)).containsInstanceOf(CaseClosed.class);
    assertThat(cases.open()).isEmpty();
    assertThat(link.on(r)).isEmpty();
  }

  @Test
  void a_referral_to_the_office_meeting_hands_the_case_up() {
    MatterId id = triaged();
    link.on(desk.dispatch(id, worker, Handler.community(COMMUNITY)));
    MatterDispatched up = desk.referToOfficeMeeting(id, worker);
    assertThat(link.on(up)).containsInstanceOf(CaseEscalated.class);
    assertThat(cases.open().get(0).level()).isEqualTo(Level.HEAD_OFFICE_MEETING);
  }

  @Test
  void a_case_that_reaches_the_top_by_its_deadlines_refers_the_matter_to_the_office_meeting() {
    MatterId id = triaged();
    link.on(desk.dispatch(id, worker, Handler.department("enforcement")));
    clock.advance(Duration.ofDays(60));
    List<CaseEscalated> climbed = ladder.escalateOverdue(clock.instant());
    CaseEscalated top =
        climbed.stream().filter(e -> e.to() == Level.HEAD_OFFICE_MEETING).findFirst().orElseThrow();
    MatterDispatched referred = link.on(top).orElseThrow();
    assertThat(referred.handler()).isEqualTo(Handler.officeMeeting(STREET));
    assertThat(link.on(top)).isEmpty(); // there already
  }
}
