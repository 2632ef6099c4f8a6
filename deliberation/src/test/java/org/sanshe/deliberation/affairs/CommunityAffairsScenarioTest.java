package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.AffairsFixtures.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.AffairsFixtures.TestClock;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.consultation.Status;
import org.sanshe.deliberation.escalation.CaseEscalated;
import org.sanshe.deliberation.escalation.CaseOpened;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.deliberation.memory.InMemoryConsultations;
import org.sanshe.deliberation.memory.InMemoryEscalationCases;
import org.sanshe.deliberation.memory.InMemoryMatters;
import org.sanshe.deliberation.memory.InMemoryVotes;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.OwnersMatter;
import org.sanshe.deliberation.ownersvote.VoteDecision;
import org.sanshe.deliberation.ownersvote.VoteOpened;
import org.sanshe.deliberation.ownersvote.VoteRules;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/**
 * A month in a community: matters come in, are triaged by the 622 method, one climbs the ladder,
 * one is settled by a council whose decision rests on an owners' vote under Art. 278.
 */
class CommunityAffairsScenarioTest {

  private final TestClock clock = new TestClock(T0);
  private final InMemoryMatters matters = new InMemoryMatters();
  private final Intake intake = new Intake(matters, clock, IdSource.sequential("matter"));
  private final InMemoryEscalationCases cases = new InMemoryEscalationCases();
  private final EscalationDesk ladder =
      EscalationDesk.builder(cases, matters)
          .deadlines(EscalationDeadlines.standard())
          .clock(clock)
          .ids(IdSource.sequential("case"))
          .build();
  private final InMemoryVotes votes = new InMemoryVotes();
  private final VotingDesk voting = new VotingDesk(votes, clock, IdSource.sequential("vote"));
  private final InMemoryConsultations consultations = new InMemoryConsultations();

  private MatterReport report(Channel channel, String category, String grid, String summary) {
    return new MatterReport(
        channel,
        MatterCategory.of(category),
        Place.of(COMMUNITY, grid),
        Reporter.of("李四", "13900001111"),
        Urgency.ROUTINE,
        summary,
        clock.instant());
  }

  @Test
  void a_month_of_community_affairs() {
    // Ten matters from every channel.
    Channel[] channels = Channel.presets().toArray(new Channel[0]);
    List<MatterId> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(
          intake
              .record(
                  ActorId.of("clerk-1"),
                  report(channels[i % channels.length], "parking", "G0" + (i % 3), "matter " + i))
              .matter());
      clock.advance(Duration.ofMinutes(30));
    }
    // Triage 6 / 2 / 2.
    for (int i = 0; i < 10; i++) {
      ResolutionPath path =
          i < 6
              ? ResolutionPath.COMMUNITY_DELIBERATION
              : i < 8 ? ResolutionPath.SOCIAL_ORGANIZATION_SERVICE : ResolutionPath.REFERRAL;
      intake.triage(ids.get(i), ActorId.of("clerk-1"), path, "triage rule " + path);
    }
    assertThatThrownBy(
            () ->
                intake.triage(ids.get(0), ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "again"))
        .hasMessageStartingWith("[AFFAIRS_ALREADY_TRIAGED]");

    TriageReport march =
        TriageTable.of(matters.all(), ZONE)
            .report(
                COMMUNITY, ReportPeriod.parse("2026-03-01/2026-03-31"), TriageTargets.preset622());
    assertThat(march.recorded()).isEqualTo(10);
    assertThat(march.allHold()).isTrue();

    // A referral climbs the ladder: nobody acts for a day and a bit.
    CaseOpened opened = ladder.open(ids.get(9), Level.VOLUNTEER);
    assertThatThrownBy(() -> ladder.open(ids.get(9), Level.VOLUNTEER))
        .hasMessageStartingWith("[ESCALATION_CASE_DUPLICATE]");
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    List<CaseEscalated> escalated = ladder.escalateOverdue(clock.instant());
    assertThat(escalated).extracting(CaseEscalated::to).containsExactly(Level.SOCIAL_WORKER);
    assertThatThrownBy(() -> ladder.close(opened.caseId(), ""))
        .hasMessageStartingWith("[ESCALATION_RESOLUTION_NOTE_REQUIRED]");
    ladder.close(opened.caseId(), "Street lamp repaired by the lighting department");
    assertThat(cases.open()).isEmpty();
    assertThat(cases.find(opened.caseId()).orElseThrow().trail()).hasSize(3);

    // A deliberation matter goes to a council.
    ConsultationDesk councils =
        ConsultationDesk.builder(consultations, matters)
            .rules(ConsultationRules.standard())
            .clock(clock)
            .ids(IdSource.sequential("council"))
            .build();
    ConsultationId council =
        councils
            .propose(ConsultationForm.COUNCIL, "Use part of the green for parking", ids.get(0))
            .consultation();
    councils.accept(council);
    councils.publish(council);
    councils.join(council, Participant.of("rep-1", Party.RESIDENTS_COMMITTEE));
    assertThatThrownBy(() -> councils.startDeliberation(council))
        .hasMessageStartingWith("[CONSULTATION_REQUIRED_PARTY_MISSING]");
    for (Party party : Party.values()) {
      if (party.isOneOfTheFive() && party != Party.RESIDENTS_COMMITTEE) {
        councils.join(council, Participant.of("rep-" + party.ordinal(), party));
      }
    }
    councils.startDeliberation(council);
    councils.recordMinutes(council, "rep-1", "Owners' assembly to decide the change of use");

    // Owners vote: changing the use of common parts is item (8), needing 3/4.
    List<Elector> owners = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      owners.add(Elector.of(VoterId.of("owner-" + i), FloorArea.parse("90.5")));
    }
    Instant opens = clock.instant();
    VoteOpened vote =
        voting.open(
            "Change the use of part of the green",
            Electorate.of(owners),
            List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN),
            VotingWindow.of(opens, opens.plus(Duration.ofDays(3))));
    for (int i = 1; i <= 6; i++) {
      voting.cast(vote.vote(), VoterId.of("owner-" + i), i <= 5 ? Option.FOR : Option.AGAINST);
    }
    assertThatThrownBy(() -> voting.cast(vote.vote(), VoterId.of("owner-1"), Option.AGAINST))
        .hasMessageStartingWith("[VOTE_DUPLICATE_VOTER]");
    clock.advance(Duration.ofDays(3));
    assertThatThrownBy(() -> voting.cast(vote.vote(), VoterId.of("owner-7"), Option.FOR))
        .hasMessageStartingWith("[VOTE_OUTSIDE_WINDOW]");
    VoteDecision decision =
        voting.decide(
            vote.vote(),
            VoteRules.civilCode278(OwnersMatter.CHANGE_USE_OF_COMMON_PARTS),
            Option.FOR);
    // 6 of 8 take part (3/4 >= 2/3); 5 of 6 agree (5/6 >= 3/4) by area and by head.
    assertThat(decision.adopted()).isTrue();
    assertThat(decision.checks()).hasSize(4);

    councils.decide(council, "Convert 200 m² of the green to 12 bays", List.of(vote.vote()));
    councils.publicize(council);
    clock.advance(Duration.ofDays(6));
    councils.object(council, "Children play on that part of the green");
    councils.ruleOnObjection(council, 1, false, "A new play area is part of the plan");
    clock.advance(Duration.ofDays(1));
    councils.startImplementing(council);
    clock.advance(Duration.ofDays(30));
    councils.review(council, "Bays in use; green replanted elsewhere");

    Consultation stored = consultations.find(council).orElseThrow();
    assertThat(stored.status()).isEqualTo(Status.REVIEWED);
    assertThat(stored.decision().orElseThrow().votes()).containsExactly(vote.vote());
    assertThat(stored.matter()).contains(ids.get(0));
  }
}
