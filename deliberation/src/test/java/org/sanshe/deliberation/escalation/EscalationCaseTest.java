package org.sanshe.deliberation.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.affairs.MatterId;

class EscalationCaseTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private final EscalationCase c =
      EscalationCase.open(
          CaseId.of("c-1"),
          MatterId.of("m-1"),
          Level.VOLUNTEER,
          EscalationDeadlines.standard(),
          T0);

  @Test
  void a_case_at_its_deadline_is_not_yet_overdue() {
    assertThat(c.deadline()).isEqualTo(T0.plus(DAY));
    assertThat(c.escalateOverdue(T0.plus(DAY))).isEmpty();
    assertThat(c.level()).isEqualTo(Level.VOLUNTEER);
    assertThat(c.isOverdue(T0.plus(DAY))).isFalse();
  }

  @Test
  void a_case_past_its_deadline_escalates_one_rung() {
    Instant now = T0.plus(DAY).plusSeconds(1);
    List<CaseEscalated> events = c.escalateOverdue(now);
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isEqualTo(Level.VOLUNTEER);
              assertThat(e.to()).isEqualTo(Level.SOCIAL_WORKER);
              assertThat(e.overdue()).isTrue();
              assertThat(e.effectiveAt()).isEqualTo(T0.plus(DAY));
              assertThat(e.at()).isEqualTo(now);
            });
    assertThat(c.level()).isEqualTo(Level.SOCIAL_WORKER);
    assertThat(c.deadline()).isEqualTo(T0.plus(DAY).plus(Duration.ofDays(3)));
  }

  @Test
  void a_long_overdue_case_climbs_every_missed_rung_from_the_missed_deadlines() {
    // Deadlines 1, 3, 7 days: at day 11 + 1 s every deadline below the top has passed.
    Instant now = T0.plus(Duration.ofDays(11)).plusSeconds(1);
    List<CaseEscalated> events = c.escalateOverdue(now);
    assertThat(events)
        .extracting(CaseEscalated::to)
        .containsExactly(
            Level.SOCIAL_WORKER, Level.COMMUNITY_OR_DEPARTMENT, Level.HEAD_OFFICE_MEETING);
    assertThat(events)
        .extracting(CaseEscalated::effectiveAt)
        .containsExactly(T0.plus(DAY), T0.plus(Duration.ofDays(4)), T0.plus(Duration.ofDays(11)));
    assertThat(c.level()).isEqualTo(Level.HEAD_OFFICE_MEETING);
  }

  @Test
  void the_outcome_does_not_depend_on_how_often_the_clock_is_read() {
    EscalationCase daily =
        EscalationCase.open(
            CaseId.of("c-2"),
            MatterId.of("m-2"),
            Level.VOLUNTEER,
            EscalationDeadlines.standard(),
            T0);
    for (int d = 1; d <= 12; d++) {
      daily.escalateOverdue(T0.plus(Duration.ofDays(d)).plusSeconds(1));
    }
    c.escalateOverdue(T0.plus(Duration.ofDays(12)).plusSeconds(1));
    assertThat(daily.level()).isEqualTo(c.level());
    assertThat(daily.deadline()).isEqualTo(c.deadline());
  }

  @Test
  void at_the_top_an_overdue_case_stays_overdue_without_escalating() {
    c.escalateOverdue(T0.plus(Duration.ofDays(100)));
    assertThat(c.level()).isEqualTo(Level.HEAD_OFFICE_MEETING);
    assertThat(c.isOverdue(T0.plus(Duration.ofDays(100)))).isTrue();
    assertThat(c.escalateOverdue(T0.plus(Duration.ofDays(200)))).isEmpty();
    assertThatThrownBy(() -> c.handUp("too hard", T0.plus(Duration.ofDays(200))))
        .hasMessageStartingWith("[ESCALATION_TOP_LEVEL]");
  }

  @Test
  void a_handler_can_pass_a_case_up_before_its_deadline() {
    Instant now = T0.plus(Duration.ofHours(2));
    CaseEscalated e = c.handUp("needs the property company", now);
    assertThat(e.overdue()).isFalse();
    assertThat(c.level()).isEqualTo(Level.SOCIAL_WORKER);
    assertThat(c.deadline()).isEqualTo(now.plus(Duration.ofDays(3)));
  }

  @Test
  void closing_needs_a_resolution_note() {
    assertThatThrownBy(() -> c.close("  ", T0.plusSeconds(1)))
        .hasMessageStartingWith("[ESCALATION_RESOLUTION_NOTE_REQUIRED]");
    assertThatThrownBy(() -> c.close(null, T0.plusSeconds(1)))
        .hasMessageStartingWith("[ESCALATION_RESOLUTION_NOTE_REQUIRED]");
    assertThat(c.isClosed()).isFalse();
    CaseClosed closed = c.close("Lane cleared; residents agreed parking rules", T0.plusSeconds(1));
    assertThat(closed.level()).isEqualTo(Level.VOLUNTEER);
    assertThat(c.resolutionNote()).contains("Lane cleared; residents agreed parking rules");
  }

  @Test
  void a_closed_case_refuses_further_commands_and_never_escalates() {
    c.close("done", T0.plusSeconds(1));
    assertThatThrownBy(() -> c.close("again", T0.plusSeconds(2)))
        .hasMessageStartingWith("[ESCALATION_CASE_CLOSED]");
    assertThatThrownBy(() -> c.handUp("why", T0.plusSeconds(2)))
        .hasMessageStartingWith("[ESCALATION_CASE_CLOSED]");
    assertThat(c.escalateOverdue(T0.plus(Duration.ofDays(30)))).isEmpty();
    assertThat(c.isOverdue(T0.plus(Duration.ofDays(30)))).isFalse();
  }

  @Test
  void time_cannot_go_backwards() {
    c.handUp("hard", T0.plus(Duration.ofHours(5)));
    assertThatThrownBy(() -> c.close("done", T0.plus(Duration.ofHours(4))))
        .hasMessageStartingWith("[AFFAIRS_TIME_BEFORE_LAST]");
    assertThat(c.isClosed()).isFalse();
  }

  @Test
  void the_audit_trail_records_every_step() {
    c.handUp("beyond volunteers", T0.plus(Duration.ofHours(1)));
    c.escalateOverdue(T0.plus(Duration.ofDays(5)));
    c.close("settled at the community meeting", T0.plus(Duration.ofDays(5)));
    assertThat(c.trail())
        .extracting(AuditEntry::action)
        .containsExactly(
            AuditEntry.Action.OPENED,
            AuditEntry.Action.HANDED_UP,
            AuditEntry.Action.ESCALATED_OVERDUE,
            AuditEntry.Action.CLOSED);
    assertThat(c.trail().get(2).effectiveAt())
        .isEqualTo(T0.plus(Duration.ofHours(1)).plus(Duration.ofDays(3)));
    assertThat(c.trail().get(3).note()).isEqualTo("settled at the community meeting");
  }

  @Test
  void deadlines_are_configurable_and_must_be_positive() {
    EscalationDeadlines fast =
        EscalationDeadlines.standard().with(Level.VOLUNTEER, Duration.ofHours(4));
    assertThat(fast.of(Level.VOLUNTEER)).isEqualTo(Duration.ofHours(4));
    assertThat(fast.of(Level.SOCIAL_WORKER)).isEqualTo(Duration.ofDays(3));
    assertThatThrownBy(() -> fast.with(Level.SOCIAL_WORKER, Duration.ZERO))
        .hasMessageStartingWith("[ESCALATION_DEADLINE_INVALID]");
    assertThatThrownBy(() -> EscalationDeadlines.of(Map.of(Level.VOLUNTEER, DAY)))
        .hasMessageStartingWith("[ESCALATION_DEADLINE_INVALID]");
    assertThatThrownBy(() -> fast.with(Level.VOLUNTEER, Duration.ofHours(-1)))
        .hasMessageStartingWith("[ESCALATION_DEADLINE_INVALID]");
  }

  @Test
  void the_ladder_has_four_rungs() {
    assertThat(Level.VOLUNTEER.next()).contains(Level.SOCIAL_WORKER);
    assertThat(Level.COMMUNITY_OR_DEPARTMENT.next()).contains(Level.HEAD_OFFICE_MEETING);
    assertThat(Level.HEAD_OFFICE_MEETING.next()).isEmpty();
  }
}
