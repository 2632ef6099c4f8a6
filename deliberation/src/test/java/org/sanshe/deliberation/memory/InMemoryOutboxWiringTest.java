package org.sanshe.deliberation.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.InMemoryOutbox;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.contest.ContestId;
import org.sanshe.deliberation.contest.ContestRules;
import org.sanshe.deliberation.contest.EntryId;
import org.sanshe.deliberation.contest.JudgeId;
import org.sanshe.deliberation.contest.ProposalContest;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/** The in-memory vote and contest stores append the events of a save, and only of a save. */
class InMemoryOutboxWiringTest {

  private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");

  @Test
  void a_contest_save_appends_its_events_in_order_and_a_refused_one_appends_nothing() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    InMemoryContests contests = new InMemoryContests(outbox);
    ProposalContest c =
        ProposalContest.create(ContestId.of("c-1"), "Golden ideas", ContestRules.standard(), T)
            .enter(EntryId.of("garden"), T)
            .appoint(JudgeId.of("expert"), Fraction.ONE, T);
    contests.add(c);
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::eventId, OutboxEntry::eventType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("contest:c-1:1:0", "ContestCreated"),
            org.assertj.core.groups.Tuple.tuple("contest:c-1:1:1", "EntryEntered"),
            org.assertj.core.groups.Tuple.tuple("contest:c-1:1:2", "JudgeAppointed"));
    ProposalContest a = contests.find(ContestId.of("c-1")).orElseThrow();
    ProposalContest b = contests.find(ContestId.of("c-1")).orElseThrow();
    a.score(JudgeId.of("expert"), EntryId.of("garden"), 80, T);
    contests.update(a);
    b.score(JudgeId.of("expert"), EntryId.of("garden"), 10, T);
    assertThatThrownBy(() -> contests.update(b))
        .hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::eventId)
        .containsExactly(
            "contest:c-1:1:0", "contest:c-1:1:1", "contest:c-1:1:2", "contest:c-1:2:0");
  }

  @Test
  void a_vote_puts_its_opening_in_the_outbox_but_never_a_ballot() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    InMemoryVotes votes = new InMemoryVotes(outbox);
    Electorate e = Electorate.of(List.of(Elector.of(VoterId.of("a")), Elector.of(VoterId.of("b"))));
    Vote vote =
        Vote.open(
            VoteId.of("v"),
            "Micro-fund",
            e,
            List.of(Option.FOR, Option.AGAINST),
            VotingWindow.of(T, T.plusSeconds(3600)),
            T);
    votes.add(vote);
    votes.cast(VoteId.of("v"), VoterId.of("a"), Option.FOR, T, Votes.ANY_VERSION);
    Vote found = votes.find(VoteId.of("v")).orElseThrow();
    found.cast(VoterId.of("b"), Option.AGAINST, T);
    votes.update(found);
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::eventId, OutboxEntry::eventType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("vote:v:1:0", "VoteOpened"));
    assertThat(votes.find(VoteId.of("v")).orElseThrow().turnout()).isEqualTo(2);
  }
}
