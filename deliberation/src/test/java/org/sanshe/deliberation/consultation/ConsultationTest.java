package org.sanshe.deliberation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.ownersvote.VoteId;

class ConsultationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private Instant now = T0;

  private Instant tick() {
    now = now.plus(Duration.ofHours(1));
    return now;
  }

  private Consultation council() {
    return Consultation.propose(
        ConsultationId.of("c-1"),
        ConsultationForm.COUNCIL,
        "Parking in the fire lane",
        MatterId.of("m-1"),
        ConsultationRules.standard(),
        T0);
  }

  private void joinFiveParties(Consultation c) {
    c.join(Participant.of("p1", Party.PARTY_ORGANIZATION), tick());
    c.join(Participant.of("p2", Party.RESIDENTS_COMMITTEE), tick());
    c.join(Participant.of("p3", Party.SOCIAL_ORGANIZATION), tick());
    c.join(Participant.of("p4", Party.RESIDENT_UNIT), tick());
    c.join(Participant.of("p5", Party.RESIDENT), tick());
  }

  private Consultation decided() {
    Consultation c = council();
    c.accept(tick());
    c.publish(tick());
    joinFiveParties(c);
    c.startDeliberation(tick());
    c.recordMinutes("p2", "Agreed: marked bays, towing after warning", tick());
    c.decide("Mark 12 bays; tow after one warning", List.of(VoteId.of("v-1")), tick());
    return c;
  }

  @Test
  void a_consultation_runs_from_proposal_to_review() {
    Consultation c = decided();
    assertThat(c.decision())
        .hasValueSatisfying(d -> assertThat(d.votes()).containsExactly(VoteId.of("v-1")));
    c.publicize(tick());
    Instant ends = c.publicityEnds().orElseThrow();
    assertThat(ends).isEqualTo(now.plus(Duration.ofDays(7)));
    c.startImplementing(ends);
    c.review("Bays marked; no blocked lane in April", ends.plus(Duration.ofDays(30)));
    assertThat(c.status()).isEqualTo(Status.REVIEWED);
    assertThat(c.pendingEvents())
        .filteredOn(ConsultationEvent.StatusChanged.class::isInstance)
        .extracting(e -> ((ConsultationEvent.StatusChanged) e).to())
        .containsExactly(
            Status.ACCEPTED,
            Status.PUBLISHED,
            Status.DELIBERATING,
            Status.DECIDED,
            Status.PUBLICIZED,
            Status.IMPLEMENTING,
            Status.REVIEWED);
    assertThat(c.minutes()).hasSize(1);
    assertThat(c.matter()).contains(MatterId.of("m-1"));
  }

  @Test
  void illegal_transitions_are_refused_and_change_nothing() {
    Consultation c = council();
    int events = c.pendingEvents().size();
    assertThatThrownBy(() -> c.publish(tick()))
        .hasMessageStartingWith("[CONSULTATION_ILLEGAL_TRANSITION]")
        .hasMessageContaining("from PROPOSED to PUBLISHED");
    assertThatThrownBy(() -> c.decide("x", List.of(), tick()))
        .hasMessageStartingWith("[CONSULTATION_ILLEGAL_TRANSITION]");
    assertThatThrownBy(() -> c.review("x", tick()))
        .hasMessageStartingWith("[CONSULTATION_ILLEGAL_TRANSITION]");
    assertThat(c.status()).isEqualTo(Status.PROPOSED);
    assertThat(c.pendingEvents()).hasSize(events);
    c.reject("Not a public matter", tick());
    assertThatThrownBy(() -> c.accept(tick()))
        .hasMessageStartingWith("[CONSULTATION_ILLEGAL_TRANSITION]");
  }

  @Test
  void a_decided_consultation_cannot_be_withdrawn() {
    Consultation c = decided();
    assertThatThrownBy(() -> c.withdraw("changed our minds", tick()))
        .hasMessageStartingWith("[CONSULTATION_ILLEGAL_TRANSITION]");
    Consultation early = council();
    early.withdraw("solved by itself", tick());
    assertThat(early.status()).isEqualTo(Status.WITHDRAWN);
    assertThat(early.status().isFinal()).isTrue();
  }

  @Test
  void deliberation_needs_every_required_party() {
    Consultation c = council();
    c.accept(tick());
    c.publish(tick());
    c.join(Participant.of("p2", Party.RESIDENTS_COMMITTEE), tick());
    c.join(Participant.of("p5", Party.RESIDENT), tick());
    assertThatThrownBy(() -> c.startDeliberation(tick()))
        .hasMessageStartingWith("[CONSULTATION_REQUIRED_PARTY_MISSING]")
        .hasMessageContaining("PARTY_ORGANIZATION");
    assertThat(c.status()).isEqualTo(Status.PUBLISHED);
    assertThat(c.missingParties())
        .containsExactlyInAnyOrder(
            Party.PARTY_ORGANIZATION, Party.SOCIAL_ORGANIZATION, Party.RESIDENT_UNIT);
  }

  @Test
  void required_parties_are_configurable_per_form() {
    ConsultationRules rules =
        ConsultationRules.standard()
            .requiring(ConsultationForm.COUNCIL, EnumSet.of(Party.RESIDENT));
    Consultation c =
        Consultation.propose(
            ConsultationId.of("c-2"), ConsultationForm.COUNCIL, "Benches", null, rules, T0);
    c.accept(tick());
    c.publish(tick());
    c.join(Participant.of("p5", Party.RESIDENT), tick());
    c.startDeliberation(tick());
    assertThat(c.status()).isEqualTo(Status.DELIBERATING);
    assertThat(ConsultationRules.standard().required(ConsultationForm.DIALOGUE))
        .isEqualTo(Set.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT));
  }

  @Test
  void participants_join_once_and_not_after_the_decision() {
    Consultation c = council();
    c.join(Participant.of("p1", Party.RESIDENT), tick());
    assertThatThrownBy(() -> c.join(Participant.of("p1", Party.RESIDENT_UNIT), tick()))
        .hasMessageStartingWith("[CONSULTATION_PARTICIPANT_DUPLICATE]");
    Consultation d = decided();
    assertThatThrownBy(() -> d.join(Participant.of("late", Party.RESIDENT), tick()))
        .hasMessageStartingWith("[CONSULTATION_PARTICIPATION_CLOSED]");
  }

  @Test
  void minutes_are_recorded_only_while_deliberating() {
    Consultation c = council();
    assertThatThrownBy(() -> c.recordMinutes("p1", "early notes", tick()))
        .hasMessageStartingWith("[CONSULTATION_MINUTES_NOT_ALLOWED]");
    assertThat(c.minutes()).isEmpty();
  }

  @Test
  void the_publicity_period_is_seven_days_by_default_and_configurable() {
    assertThat(ConsultationRules.standard().publicity()).isEqualTo(Duration.ofDays(7));
    assertThat(ConsultationRules.standard().publicizedFor(Duration.ofDays(5)).publicity())
        .isEqualTo(Duration.ofDays(5));
    assertThatThrownBy(() -> ConsultationRules.standard().publicizedFor(Duration.ZERO))
        .hasMessageStartingWith("[CONSULTATION_PUBLICITY_PERIOD_INVALID]");
  }

  @Test
  void implementation_waits_for_the_end_of_publicity() {
    Consultation c = decided();
    c.publicize(tick());
    Instant ends = c.publicityEnds().orElseThrow();
    assertThatThrownBy(() -> c.startImplementing(ends.minusSeconds(1)))
        .hasMessageStartingWith("[CONSULTATION_PUBLICITY_NOT_OVER]");
    assertThat(c.status()).isEqualTo(Status.PUBLICIZED);
  }

  @Test
  void objections_are_taken_only_during_publicity() {
    Consultation c = decided();
    assertThatThrownBy(() -> c.object("too early", tick()))
        .hasMessageStartingWith("[CONSULTATION_OUTSIDE_PUBLICITY]");
    c.publicize(tick());
    Instant ends = c.publicityEnds().orElseThrow();
    assertThatThrownBy(() -> c.object("too late", ends))
        .hasMessageStartingWith("[CONSULTATION_OUTSIDE_PUBLICITY]");
    assertThat(c.objections()).isEmpty();
  }

  @Test
  void a_pending_objection_blocks_implementation_and_a_dismissed_one_does_not() {
    Consultation c = decided();
    c.publicize(tick());
    Instant ends = c.publicityEnds().orElseThrow();
    assertThat(c.object("Bays too narrow for vans", tick()).number()).isEqualTo(1);
    assertThatThrownBy(() -> c.startImplementing(ends))
        .hasMessageStartingWith("[CONSULTATION_OBJECTIONS_PENDING]");
    c.ruleOnObjection(1, false, "Bays meet the standard width", ends);
    c.startImplementing(ends);
    assertThat(c.status()).isEqualTo(Status.IMPLEMENTING);
    assertThat(c.objections().get(0).outcome()).isEqualTo(Objection.Outcome.DISMISSED);
    assertThatThrownBy(() -> c.ruleOnObjection(1, true, "again", ends))
        .hasMessageStartingWith("[CONSULTATION_OBJECTION_UNKNOWN]");
  }

  @Test
  void a_publicized_decision_cannot_simply_be_deliberated_again() {
    Consultation c = decided();
    c.publicize(tick());
    assertThatThrownBy(() -> c.startDeliberation(tick()))
        .hasMessageStartingWith("[CONSULTATION_ILLEGAL_TRANSITION]");
    assertThat(c.status()).isEqualTo(Status.PUBLICIZED);
    assertThat(c.decision()).isPresent();
  }

  @Test
  void an_upheld_objection_sends_the_consultation_back_to_deliberating() {
    Consultation c = decided();
    c.publicize(tick());
    c.object("Bays block the ambulance route", tick());
    c.object("Not enough bays", tick());
    c.ruleOnObjection(1, true, "Route must stay clear", tick());
    assertThat(c.status()).isEqualTo(Status.DELIBERATING);
    assertThat(c.decision()).isEmpty();
    assertThat(c.supersededDecisions()).hasSize(1);
    assertThat(c.publicityEnds()).isEmpty();
    assertThat(c.objections())
        .extracting(Objection::outcome)
        .containsExactly(Objection.Outcome.UPHELD, Objection.Outcome.MOOT);
    c.recordMinutes("p2", "Bays moved away from the route", tick());
    c.decide("Mark 10 bays off the ambulance route", List.of(VoteId.of("v-2")), tick());
    c.publicize(tick());
    assertThat(c.status()).isEqualTo(Status.PUBLICIZED);
  }

  @Test
  void time_cannot_go_backwards() {
    Consultation c = council();
    assertThatThrownBy(() -> c.accept(T0.minusSeconds(1)))
        .hasMessageStartingWith("[AFFAIRS_TIME_BEFORE_LAST]");
    assertThat(c.status()).isEqualTo(Status.PROPOSED);
  }
}
