package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.event.OutboxEvent;
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
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The JDBC vote and contest stores write a save's events in the save's transaction: both or
 * neither.
 */
class JdbcOutboxWiringTest {

  private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");

  private final SansheJdbc jdbc = Tables.freshVotes();
  private final JdbcOutbox outbox = outbox(jdbc);

  private static JdbcOutbox outbox(SansheJdbc jdbc) {
    JdbcOutbox.migrate(jdbc);
    return JdbcOutbox.open(jdbc);
  }

  private static ProposalContest contest(String id) {
    return ProposalContest.create(ContestId.of(id), "Golden ideas", ContestRules.standard(), T)
        .enter(EntryId.of("garden"), T)
        .appoint(JudgeId.of("expert"), Fraction.ONE, T);
  }

  @Test
  void contest_saves_append_their_events_and_a_stale_update_appends_nothing() {
    JdbcContests contests = JdbcContests.open(jdbc, outbox);
    contests.add(contest("c-1"));
    ProposalContest a = contests.find(ContestId.of("c-1")).orElseThrow();
    ProposalContest b = contests.find(ContestId.of("c-1")).orElseThrow();
    a.score(JudgeId.of("expert"), EntryId.of("garden"), 80, T);
    contests.update(a);
    b.publicVotes(EntryId.of("garden"), 3, T);
    assertThatThrownBy(() -> contests.update(b))
        .hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::eventId, OutboxEntry::eventType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("contest:c-1:1:0", "ContestCreated"),
            org.assertj.core.groups.Tuple.tuple("contest:c-1:1:1", "EntryEntered"),
            org.assertj.core.groups.Tuple.tuple("contest:c-1:1:2", "JudgeAppointed"),
            org.assertj.core.groups.Tuple.tuple("contest:c-1:2:0", "EntryScored"));
  }

  @Test
  void when_the_outbox_write_fails_the_contest_is_not_stored_either() {
    JdbcContests contests = JdbcContests.open(jdbc, outbox);
    // an event id the next save would write is there already: the save's transaction fails at
    // the outbox, after the contest's rows were written
    jdbc.inTransaction(
        "plant",
        c -> {
          outbox.append(
              c,
              OutboxEvent.of("contest", "c-9", 1, List.of("planted", "planted", "planted"), e -> T)
                  .subList(2, 3));
          return null;
        });
    assertThatThrownBy(() -> contests.add(contest("c-9"))).isInstanceOf(JdbcException.class);
    assertThat(contests.find(ContestId.of("c-9"))).isEmpty();
    assertThat(outbox.read("portal", 10))
        .extracting(OutboxEntry::eventId)
        .containsExactly("contest:c-9:1:2");
    contests.add(contest("c-10"));
    assertThat(contests.find(ContestId.of("c-10"))).isPresent();
  }

  @Test
  void a_vote_puts_its_opening_in_the_outbox_but_never_a_ballot() {
    JdbcVotes votes = JdbcVotes.open(jdbc, 4, outbox);
    Electorate e = Electorate.of(List.of(Elector.of(VoterId.of("a")), Elector.of(VoterId.of("b"))));
    votes.add(
        Vote.open(
            VoteId.of("v"),
            "Micro-fund",
            e,
            List.of(Option.FOR, Option.AGAINST),
            VotingWindow.of(T, T.plusSeconds(3600)),
            T));
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
