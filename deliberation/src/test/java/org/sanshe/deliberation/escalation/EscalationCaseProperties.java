package org.sanshe.deliberation.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.sanshe.deliberation.affairs.MatterId;

class EscalationCaseProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  @Property(tries = 200)
  void polling_at_any_times_gives_the_same_ladder_as_polling_once(
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 100) Integer> pollHours,
      @ForAll @IntRange(min = 0, max = 2000) int finalHours) {
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
}
