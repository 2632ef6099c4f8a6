package org.sanshe.deliberation.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.parkingReport;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.Level;

/**
 * The in-memory stores append the events of a successful save to the outbox, in order, at the
 * version stored; a refused save appends nothing.
 */
class OutboxWiringTest {

  private final InMemoryOutbox outbox = new InMemoryOutbox();

  private List<String> ids() {
    return outbox.read("test", 100).stream().map(OutboxEntry::eventId).toList();
  }

  @Test
  void matters_append_their_events_when_stored_and_nothing_when_refused() {
    InMemoryMatters matters = new InMemoryMatters(outbox);
    matters.add(Matter.record(MatterId.of("m-1"), parkingReport(T0), ActorId.of("clerk-1"), T0));
    Matter first = matters.find(MatterId.of("m-1")).orElseThrow();
    Matter second = matters.find(MatterId.of("m-1")).orElseThrow();
    first.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "police", T0.plusSeconds(5));
    matters.update(first);
    second.triage(
        ActorId.of("clerk-1"), ResolutionPath.COMMUNITY_DELIBERATION, "council", T0.plusSeconds(6));
    assertThatThrownBy(() -> matters.update(second))
        .hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    assertThatThrownBy(
            () ->
                matters.add(
                    Matter.record(
                        MatterId.of("m-1"), parkingReport(T0), ActorId.of("clerk-1"), T0)))
        .hasMessageStartingWith("[AFFAIRS_MATTER_DUPLICATE]");
    List<OutboxEntry> entries = outbox.read("test", 100);
    assertThat(entries)
        .extracting(OutboxEntry::eventId, OutboxEntry::eventType, OutboxEntry::aggregateVersion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("matter:m-1:1:0", "MatterRecorded", 1L),
            org.assertj.core.groups.Tuple.tuple("matter:m-1:2:0", "MatterTriaged", 2L));
    assertThat(entries.get(1).occurredAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void cases_and_consultations_append_every_event_of_a_save_in_order() {
    InMemoryEscalationCases cases = new InMemoryEscalationCases(outbox);
    EscalationCase c =
        EscalationCase.open(
            CaseId.of("c-1"),
            MatterId.of("m-1"),
            Level.VOLUNTEER,
            EscalationDeadlines.standard(),
            T0);
    c.escalateOverdue(T0.plus(Duration.ofDays(5)));
    cases.add(c);
    assertThat(ids())
        .containsExactly(
            "escalation-case:c-1:1:0", "escalation-case:c-1:1:1", "escalation-case:c-1:1:2");
    assertThatThrownBy(() -> cases.update(c)).hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    assertThat(ids()).hasSize(3);

    InMemoryConsultations consultations = new InMemoryConsultations(outbox);
    Consultation k =
        Consultation.propose(
            ConsultationId.of("k-1"),
            ConsultationForm.ONLINE,
            "topic",
            null,
            ConsultationRules.standard(),
            T0);
    k.accept(T0.plusSeconds(1));
    consultations.add(k);
    assertThat(ids()).endsWith("consultation:k-1:1:0", "consultation:k-1:1:1");
    assertThat(outbox.read("test", 100))
        .extracting(OutboxEntry::eventType)
        .endsWith("Proposed", "StatusChanged");
  }
}
