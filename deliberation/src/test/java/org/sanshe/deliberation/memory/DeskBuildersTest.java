package org.sanshe.deliberation.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.parkingReport;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationEvent;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.escalation.CaseOpened;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.escalation.Level;

/** The desks' builders: required parts checked, every other part with its documented default. */
class DeskBuildersTest {

  private static InMemoryMatters oneMatter() {
    InMemoryMatters matters = new InMemoryMatters();
    matters.add(Matter.record(MatterId.of("m-1"), parkingReport(T0), ActorId.of("clerk-1"), T0));
    return matters;
  }

  @Test
  void an_escalation_desk_with_defaults_uses_the_system_clock_and_random_ids() {
    EscalationDesk desk =
        EscalationDesk.builder(new InMemoryEscalationCases(), oneMatter()).build();
    Instant before = Instant.now();
    CaseOpened opened = desk.open(MatterId.of("m-1"), Level.VOLUNTEER);
    assertThat(opened.at()).isBetween(before, Instant.now());
    assertThat(opened.caseId().value())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(opened.deadline()).isAfter(opened.at());
  }

  @Test
  void a_consultation_desk_with_defaults_uses_the_standard_rules_and_random_ids() {
    ConsultationDesk desk =
        ConsultationDesk.builder(new InMemoryConsultations(), oneMatter()).build();
    ConsultationEvent.Proposed a =
        desk.propose(ConsultationForm.DIALOGUE, "parking", MatterId.of("m-1"));
    ConsultationEvent.Proposed b =
        desk.propose(ConsultationForm.DIALOGUE, "parking", MatterId.of("m-1"));
    assertThat(a.consultation()).isNotEqualTo(b.consultation());
  }

  @Test
  void required_parts_and_setters_refuse_null_by_name() {
    assertThatThrownBy(() -> EscalationDesk.builder(null, new InMemoryMatters()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cases");
    assertThatThrownBy(
            () ->
                ConsultationDesk.builder(new InMemoryConsultations(), new InMemoryMatters())
                    .rules(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
  }
}
