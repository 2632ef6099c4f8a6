package org.sanshe.deliberation.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.parkingReport;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.deliberation.ownersvote.VotingWindow;

class InMemoryStoresTest {

  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  @Test
  void matters_refuse_duplicate_and_unknown_ids() {
    InMemoryMatters matters = new InMemoryMatters();
    Matter m = Matter.record(MatterId.of("m-1"), parkingReport(T0), ActorId.of("clerk-1"), T0);
    matters.add(m);
    assertThatThrownBy(
            () ->
                matters.add(
                    Matter.record(
                        MatterId.of("m-1"), parkingReport(T0), ActorId.of("clerk-1"), T0)))
        .hasMessageStartingWith("[AFFAIRS_MATTER_DUPLICATE]");
    assertThatThrownBy(
            () ->
                matters.update(
                    Matter.record(
                        MatterId.of("m-2"), parkingReport(T0), ActorId.of("clerk-1"), T0)))
        .hasMessageStartingWith("[AFFAIRS_MATTER_UNKNOWN]");
    Intake intake = new Intake(matters, clock, IdSource.sequential("x"));
    assertThatThrownBy(
            () ->
                intake.triage(
                    MatterId.of("nope"), ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "why"))
        .hasMessageStartingWith("[AFFAIRS_MATTER_UNKNOWN]");
    assertThat(matters.all())
        .extracting(Matter::snapshot)
        .containsExactly(m.snapshot().withVersion(1));
  }

  @Test
  void ids_must_be_short_and_without_white_space() {
    assertThatThrownBy(() -> MatterId.of("a b")).hasMessageStartingWith("[AFFAIRS_ID_INVALID]");
    assertThatThrownBy(() -> MatterId.of("")).hasMessageStartingWith("[AFFAIRS_ID_INVALID]");
    assertThatThrownBy(() -> VoterId.of("x".repeat(65)))
        .hasMessageStartingWith("[AFFAIRS_ID_INVALID]");
    assertThat(CaseId.of("c-1").toString()).isEqualTo("c-1");
  }

  @Test
  void unknown_cases_consultations_and_votes_are_reported_by_code() {
    EscalationDesk desk =
        EscalationDesk.builder(new InMemoryEscalationCases(), new InMemoryMatters())
            .deadlines(EscalationDeadlines.standard())
            .clock(clock)
            .ids(IdSource.sequential("c"))
            .build();
    assertThatThrownBy(() -> desk.close(CaseId.of("none"), "note"))
        .hasMessageStartingWith("[ESCALATION_CASE_UNKNOWN]");
    InMemoryConsultations consultations = new InMemoryConsultations();
    assertThatThrownBy(
            () ->
                consultations.update(
                    Consultation.propose(
                        ConsultationId.of("k"),
                        ConsultationForm.ONLINE,
                        "topic",
                        null,
                        ConsultationRules.standard(),
                        T0)))
        .hasMessageStartingWith("[CONSULTATION_UNKNOWN]");
    VotingDesk voting = new VotingDesk(new InMemoryVotes(), clock, IdSource.sequential("v"));
    assertThatThrownBy(() -> voting.cast(VoteId.of("none"), VoterId.of("a"), Option.FOR))
        .hasMessageStartingWith("[VOTE_UNKNOWN]");
  }

  @Test
  void a_vote_id_is_taken_once() {
    InMemoryVotes votes = new InMemoryVotes();
    Electorate e = Electorate.of(List.of(Elector.of(VoterId.of("a")), Elector.of(VoterId.of("b"))));
    VotingWindow w = VotingWindow.of(T0, T0.plusSeconds(60));
    votes.add(Vote.motion(VoteId.of("v"), "x", e, w));
    assertThatThrownBy(() -> votes.add(Vote.motion(VoteId.of("v"), "y", e, w)))
        .hasMessageStartingWith("[AFFAIRS_ID_INVALID]");
    assertThat(votes.find(VoteId.of("v"))).isPresent();
  }
}
