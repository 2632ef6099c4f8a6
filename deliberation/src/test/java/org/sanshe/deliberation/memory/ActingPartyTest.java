package org.sanshe.deliberation.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationEvent;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.ConsultationSnapshot;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.ownersvote.BallotMode;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Scrutiny;
import org.sanshe.deliberation.ownersvote.VoteOpened;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/**
 * Consultation and owners'-vote commands record the acting party in their events, snapshots and
 * outbox payloads; a secret ballot records nobody, in the outbox or anywhere else.
 */
class ActingPartyTest {

  private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");
  private static final ActorId WORKER = ActorId.of("grid-worker-12");
  private static final ActorId SECRETARY = ActorId.of("secretary-3");

  /** An encoder that writes every component, so a payload shows whatever the event holds. */
  private static String everything(Object event) {
    StringBuilder text = new StringBuilder();
    for (java.lang.reflect.RecordComponent c : event.getClass().getRecordComponents()) {
      try {
        text.append(c.getName()).append('=').append(c.getAccessor().invoke(event)).append(' ');
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return text.toString();
  }

  @Test
  void consultation_events_snapshots_and_outbox_payloads_name_who_acted() {
    InMemoryOutbox outbox = new InMemoryOutbox(ActingPartyTest::everything);
    InMemoryConsultations store = new InMemoryConsultations(outbox);
    ConsultationDesk desk =
        ConsultationDesk.builder(store, new InMemoryMatters())
            .rules(ConsultationRules.standard())
            .clock(Clock.fixed(T, ZoneOffset.UTC))
            .ids(IdSource.sequential("k"))
            .build();
    ConsultationEvent.Proposed proposed =
        desk.actingAs(WORKER).propose(ConsultationForm.ONLINE, "楼道堆物整治", null);
    ConsultationId k = proposed.consultation();
    assertThat(proposed.actor()).isEqualTo(WORKER);
    assertThat(desk.actingAs(SECRETARY).accept(k).actor()).isEqualTo(SECRETARY);
    assertThat(desk.actingAs(SECRETARY).join(k, Participant.of("r-1", Party.RESIDENT)).actor())
        .isEqualTo(SECRETARY);
    assertThat(desk.publish(k).actor()).isEqualTo(ActorId.UNRECORDED);

    ConsultationSnapshot s = store.find(k).orElseThrow().snapshot();
    assertThat(s.proposedBy()).isEqualTo(WORKER);
    assertThat(s.statusChanges())
        .extracting(ConsultationEvent::actor)
        .containsExactly(SECRETARY, ActorId.UNRECORDED);
    Consultation back = Consultation.restore(s);
    assertThat(back.proposed().actor()).isEqualTo(WORKER);
    assertThat(back.snapshot()).isEqualTo(s);

    List<OutboxEntry> entries = outbox.read("audit", 10);
    assertThat(entries).extracting(OutboxEntry::eventType).startsWith("Proposed", "StatusChanged");
    assertThat(entries.get(0).payload()).contains("actor=" + WORKER.value());
    assertThat(entries.get(1).payload()).contains("actor=" + SECRETARY.value());
    assertThat(entries.get(2).payload()).contains("actor=" + SECRETARY.value());
  }

  @Test
  void a_consultation_stored_without_a_proposer_reads_as_unrecorded() {
    Consultation c =
        Consultation.propose(
            ConsultationId.of("k-1"),
            ConsultationForm.ONLINE,
            "议题",
            null,
            ConsultationRules.standard(),
            T);
    ConsultationSnapshot s = c.snapshot();
    ConsultationSnapshot old =
        new ConsultationSnapshot(
            s.id(),
            s.version(),
            s.form(),
            s.topic(),
            s.matter(),
            s.rules(),
            s.proposedAt(),
            s.status(),
            s.statusChanges(),
            s.participants(),
            s.minutes(),
            s.decision(),
            s.supersededDecisions(),
            s.objections(),
            s.publicityEnds(),
            s.lastTime());
    assertThat(Consultation.restore(old).proposedBy()).isEqualTo(ActorId.UNRECORDED);
  }

  @Test
  void vote_events_name_who_acted_but_a_secret_ballot_names_nobody_in_the_outbox() {
    InMemoryOutbox outbox = new InMemoryOutbox(ActingPartyTest::everything);
    InMemoryVotes votes = new InMemoryVotes(outbox);
    VotingDesk desk =
        new VotingDesk(votes, Clock.fixed(T, ZoneOffset.UTC), IdSource.sequential("v"));
    Electorate owners =
        Electorate.of(
            List.of(
                Elector.of(VoterId.of("owner-a"), FloorArea.ofSquareMetres(90)),
                Elector.of(VoterId.of("owner-b"), FloorArea.ofSquareMetres(80))));
    VotingWindow window = VotingWindow.of(T, T.plusSeconds(3600));
    VoteOpened secret =
        desk.open("Micro-fund", owners, List.of(Option.FOR, Option.AGAINST), window, WORKER);
    assertThat(secret.actor()).isEqualTo(WORKER);
    assertThat(secret.mode()).isEqualTo(BallotMode.SECRET);
    desk.cast(secret.vote(), VoterId.of("owner-a"), Option.FOR);
    VoteOpened signed =
        desk.openSigned(
            "Renew the contract",
            owners,
            List.of(Option.FOR, Option.AGAINST),
            window,
            Scrutiny.of(List.of(VoterId.of("s-1"), VoterId.of("s-2"))),
            SECRETARY);
    assertThat(
            desk.castSigned(
                    signed.vote(),
                    VoterId.of("owner-b"),
                    "2-101",
                    Option.AGAINST,
                    VoterId.of("owner-b"),
                    ActorId.of("r:owner-b"))
                .actor())
        .isEqualTo(ActorId.of("r:owner-b"));
    List<OutboxEntry> entries = outbox.read("audit", 10);
    assertThat(entries)
        .extracting(OutboxEntry::eventType)
        .containsExactly("VoteOpened", "VoteOpened", "SignedBallotCast");
    assertThat(entries.get(0).payload()).contains("actor=" + WORKER.value(), "mode=SECRET");
    assertThat(entries.get(1).payload()).contains("actor=" + SECRETARY.value(), "mode=SIGNED");
    assertThat(entries.get(2).payload()).contains("actor=r:owner-b");
    // the secret vote's ballot left no trace naming anyone: no event, no actor, no voter
    assertThat(entries)
        .filteredOn(e -> e.aggregateId().equals(secret.vote().value()))
        .extracting(OutboxEntry::eventType)
        .containsExactly("VoteOpened");
    assertThat(entries).allSatisfy(e -> assertThat(e.payload()).doesNotContain("owner-a"));
    assertThat(votes.find(secret.vote()).orElseThrow().snapshot().toString())
        .doesNotContain("owner-a");
    assertThat(
            votes.cast(secret.vote(), VoterId.of("owner-b"), Option.AGAINST, T, Votes.ANY_VERSION))
        .hasToString(
            "BallotCast[vote=" + secret.vote() + ", turnout=2, at=" + T + "]"); // names nobody
  }
}
