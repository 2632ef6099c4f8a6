package org.sanshe.deliberation.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.parkingReport;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.AffairsFixtures.TestClock;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.escalation.Level;

/**
 * A command given with the version a portal's form showed (If-Match) runs only on that version:
 * another one is refused at once with {@code AFFAIRS_VERSION_CONFLICT} and nothing changes.
 */
class ExpectedVersionTest {

  private final TestClock clock = new TestClock(T0);
  private final InMemoryMatters matters = new InMemoryMatters();
  private final Intake intake = new Intake(matters, clock, IdSource.sequential("m"));

  @Test
  void a_triage_runs_only_on_the_version_the_caller_saw() {
    MatterId m = intake.record(ActorId.of("clerk-1"), parkingReport(T0)).matter();
    assertThatThrownBy(
            () -> intake.triage(m, ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "police", 2))
        .hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]")
        .hasMessageContaining("version 2 read, 1 stored");
    assertThat(matters.find(m).orElseThrow().triage()).isEmpty();
    assertThatThrownBy(
            () -> intake.triage(m, ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "police", 0))
        .hasMessageStartingWith("[ARGUMENT_INVALID]");
    intake.triage(m, ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "police", 1);
    assertThat(matters.find(m).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void a_hand_up_or_closing_runs_only_on_the_version_the_caller_saw() {
    MatterId m = intake.record(ActorId.of("clerk-1"), parkingReport(T0)).matter();
    InMemoryEscalationCases cases = new InMemoryEscalationCases();
    EscalationDesk desk =
        EscalationDesk.builder(cases, matters)
            .deadlines(EscalationDeadlines.standard())
            .clock(clock)
            .ids(IdSource.sequential("c"))
            .build();
    CaseId c = desk.open(m, Level.VOLUNTEER).caseId();
    clock.advance(Duration.ofDays(2));
    desk.escalateOverdue(clock.instant()); // version 2: another server moved the case on
    assertThatThrownBy(() -> desk.handUp(c, "needs the street", 1))
        .hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    assertThatThrownBy(() -> desk.close(c, "settled", 1))
        .hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    assertThat(cases.find(c).orElseThrow().level()).isEqualTo(Level.SOCIAL_WORKER);
    desk.handUp(c, "needs the street", 2);
    desk.close(c, "settled", 3);
    assertThat(cases.find(c).orElseThrow().isClosed()).isTrue();
  }
}
