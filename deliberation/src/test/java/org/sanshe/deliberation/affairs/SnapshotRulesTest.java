package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.parkingReport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationEvent;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.ConsultationSnapshot;
import org.sanshe.deliberation.consultation.Objection;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.consultation.Status;
import org.sanshe.deliberation.escalation.AuditEntry;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationCaseSnapshot;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.Level;

/** Snapshots of matters, cases and consultations: round trips, and broken ones refused by rule. */
class SnapshotRulesTest {

  private static void refused(Runnable restore, String rule) {
    assertThatThrownBy(restore::run)
        .hasMessageStartingWith("[AFFAIRS_SNAPSHOT_INVALID]")
        .hasMessageContaining(rule);
  }

  @Test
  void a_matter_round_trips_and_a_broken_one_is_refused_by_rule() {
    Matter m =
        Matter.record(
            MatterId.of("m-1"), parkingReport(T0), ActorId.of("clerk-1"), T0.plusSeconds(30));
    assertThat(m.pendingEvents()).containsExactly(m.recorded());
    m.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "police", T0.plusSeconds(60));
    assertThat(m.pendingEvents()).hasSize(2);
    MatterSnapshot s = m.snapshot().withVersion(4);
    Matter back = Matter.restore(s);
    assertThat(back.snapshot()).isEqualTo(s);
    assertThat(back.version()).isEqualTo(4);
    assertThat(back.pendingEvents()).isEmpty();
    assertThat(s.toString()).doesNotContain("张三丰").doesNotContain("13812345678");
    refused(() -> Matter.restore(s.withVersion(-1)), "version");
    refused(
        () -> Matter.restore(new MatterSnapshot(s.id(), 1, s.report(), null, null)), "required");
    refused(
        () ->
            Matter.restore(new MatterSnapshot(s.id(), 1, s.report(), T0.minusSeconds(3600), null)),
        "reported before it is recorded");
    refused(
        () ->
            Matter.restore(
                new MatterSnapshot(
                    s.id(),
                    1,
                    s.report(),
                    s.recordedAt(),
                    new Triage(ResolutionPath.REFERRAL, "x", T0))),
        "triaged after it is recorded");
  }

  private static EscalationCaseSnapshot with(
      EscalationCaseSnapshot s, Level level, Instant deadline, String note, List<AuditEntry> t) {
    return new EscalationCaseSnapshot(
        s.id(), s.version(), s.matter(), s.deadlines(), level, deadline, s.lastTime(), note, t);
  }

  @Test
  void a_broken_case_is_refused_by_rule() {
    EscalationCase c =
        EscalationCase.open(
            CaseId.of("c-1"),
            MatterId.of("m-1"),
            Level.VOLUNTEER,
            EscalationDeadlines.standard(),
            T0);
    c.escalateOverdue(T0.plus(Duration.ofDays(2)));
    EscalationCaseSnapshot s = c.snapshot();
    assertThat(EscalationCase.restore(s).snapshot()).isEqualTo(s);
    List<AuditEntry> trail = s.trail();
    refused(
        () -> EscalationCase.restore(with(s, s.level(), s.deadline(), null, List.of())), "opening");
    refused(
        () -> EscalationCase.restore(with(s, Level.VOLUNTEER, s.deadline(), null, trail)),
        "level and deadline");
    refused(
        () -> EscalationCase.restore(with(s, s.level(), s.deadline().plusSeconds(1), null, trail)),
        "level and deadline");
    refused(
        () -> EscalationCase.restore(with(s, s.level(), s.deadline(), "settled", trail)),
        "closing note");
    List<AuditEntry> skipping = new ArrayList<>(trail);
    AuditEntry up = trail.get(1);
    skipping.set(
        1,
        new AuditEntry(
            up.at(), up.action(), up.from(), Level.HEAD_OFFICE_MEETING, up.effectiveAt(), ""));
    refused(
        () ->
            EscalationCase.restore(
                with(s, Level.HEAD_OFFICE_MEETING, s.deadline(), null, skipping)),
        "one rung up");
    List<AuditEntry> backwards = new ArrayList<>(trail);
    backwards.add(
        new AuditEntry(
            T0, AuditEntry.Action.HANDED_UP, up.to(), Level.COMMUNITY_OR_DEPARTMENT, T0, "why"));
    refused(
        () ->
            EscalationCase.restore(
                with(s, Level.COMMUNITY_OR_DEPARTMENT, s.deadline(), null, backwards)),
        "never go backwards");
  }

  @Test
  void a_broken_consultation_is_refused_by_rule() {
    Consultation c =
        Consultation.propose(
            ConsultationId.of("k-1"),
            ConsultationForm.ONLINE,
            "topic",
            null,
            ConsultationRules.standard(),
            T0);
    Instant t = T0.plusSeconds(1);
    c.accept(t);
    c.publish(t);
    c.join(Participant.of("rc", Party.RESIDENTS_COMMITTEE), t);
    c.join(Participant.of("r", Party.RESIDENT), t);
    c.startDeliberation(t);
    c.decide("do it", List.of(), t);
    c.publicize(t);
    c.object("noise", t);
    ConsultationSnapshot s = c.snapshot();
    assertThat(Consultation.restore(s).snapshot()).isEqualTo(s);
    refused(() -> Consultation.restore(s.withVersion(-2)), "version");
    List<ConsultationEvent.StatusChanged> skipped = new ArrayList<>(s.statusChanges());
    skipped.remove(1);
    refused(
        () -> Consultation.restore(copy(s, skipped, s.participants(), s.objections())), "chain");
    refused(
        () ->
            Consultation.restore(
                copy(s, s.statusChanges(), s.participants().subList(0, 1), s.objections())),
        "required party");
    Objection o = s.objections().get(0);
    Objection numberedTwo =
        new Objection(2, o.grounds(), o.raisedAt(), o.outcome(), o.ruling(), o.ruledAt());
    refused(
        () ->
            Consultation.restore(
                copy(s, s.statusChanges(), s.participants(), List.of(numberedTwo))),
        "numbered from 1");
    Objection upheld =
        new Objection(1, o.grounds(), o.raisedAt(), Objection.Outcome.UPHELD, "yes", t);
    refused(
        () -> Consultation.restore(copy(s, s.statusChanges(), s.participants(), List.of(upheld))),
        "superseded");
    assertThat(s.status()).isEqualTo(Status.PUBLICIZED);
  }

  private static ConsultationSnapshot copy(
      ConsultationSnapshot s,
      List<ConsultationEvent.StatusChanged> changes,
      List<Participant> participants,
      List<Objection> objections) {
    return new ConsultationSnapshot(
        s.id(),
        s.version(),
        s.form(),
        s.topic(),
        s.matter(),
        s.rules(),
        s.proposedAt(),
        s.status(),
        changes,
        participants,
        s.minutes(),
        s.decision(),
        s.supersededDecisions(),
        objections,
        s.publicityEnds(),
        s.lastTime());
  }
}
