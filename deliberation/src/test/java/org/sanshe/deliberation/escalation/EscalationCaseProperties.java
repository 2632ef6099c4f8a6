package org.sanshe.deliberation.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.error.AffairsException;

class EscalationCaseProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void polling_at_any_times_gives_the_same_ladder_as_polling_once() {
    qt().forAll(
            lists().of(integers().between(0, 100)).ofSizeBetween(0, 20),
            integers().between(0, 2000))
        .checkAssert(EscalationCaseProperties::pollingMatchesPollingOnce);
  }

  private static void pollingMatchesPollingOnce(List<Integer> pollHours, int finalHours) {
    EscalationDeadlines deadlines = EscalationDeadlines.standard();
    EscalationCase polled =
        EscalationCase.open(CaseId.of("a"), MatterId.of("m"), Level.VOLUNTEER, deadlines, T0);
    EscalationCase once =
        EscalationCase.open(CaseId.of("b"), MatterId.of("m"), Level.VOLUNTEER, deadlines, T0);
    Instant now = T0;
    for (int h : pollHours) {
      now = now.plus(Duration.ofHours(h));
      polled.escalateOverdue(now);
    }
    Instant end = now.plus(Duration.ofHours(finalHours));
    polled.escalateOverdue(end);
    once.escalateOverdue(end);
    assertThat(polled.level()).isEqualTo(once.level());
    assertThat(polled.deadline()).isEqualTo(once.deadline());
    // Below the top, a case is never left overdue after a poll.
    if (polled.level() != Level.HEAD_OFFICE_MEETING) {
      assertThat(polled.isOverdue(end)).isFalse();
    }
    // The trail lists each rung once, in order.
    List<Level> reached = polled.trail().stream().map(AuditEntry::to).distinct().toList();
    assertThat(reached).isSorted();
  }

  @Test
  void a_restored_snapshot_behaves_like_the_original_at_every_step() {
    qt().forAll(
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 30),
            lists().of(integers().between(0, 200)).ofSize(30))
        .checkAssert(EscalationCaseProperties::restoredBehavesLikeOriginal);
  }

  private static void restoredBehavesLikeOriginal(List<Integer> commands, List<Integer> hours) {
    EscalationCase c =
        EscalationCase.open(
            CaseId.of("a"), MatterId.of("m"), Level.VOLUNTEER, EscalationDeadlines.standard(), T0);
    Instant now = T0;
    for (int i = 0; i < commands.size(); i++) {
      now = now.plus(Duration.ofHours(hours.get(i)));
      EscalationCase restored = EscalationCase.restore(c.snapshot());
      assertThat(restored.snapshot()).isEqualTo(c.snapshot());
      assertThat(restored.pendingEvents()).isEmpty();
      assertThat(outcome(restored, commands.get(i), now))
          .isEqualTo(outcome(c, commands.get(i), now));
      assertThat(restored.snapshot()).isEqualTo(c.snapshot());
    }
  }

  private static String outcome(EscalationCase c, int command, Instant now) {
    try {
      return switch (command) {
        case 0 -> c.handUp("reason", now).toString();
        case 1 -> c.close("settled", now).toString();
        case 2 -> c.escalateOverdue(now.minus(Duration.ofHours(300))).toString();
        default -> c.escalateOverdue(now).toString();
      };
    } catch (AffairsException refused) {
      return refused.errorCode().code();
    }
  }
}
