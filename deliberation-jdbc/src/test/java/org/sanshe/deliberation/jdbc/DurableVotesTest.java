package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteOpened;
import org.sanshe.deliberation.ownersvote.VoteRules;
import org.sanshe.deliberation.ownersvote.VoteSnapshot;
import org.sanshe.deliberation.ownersvote.VoteTally;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.deliberation.ownersvote.VotingWindow;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;

/**
 * A week-long owners' vote on PostgreSQL survives restarts and an outage, and its tables hold
 * nothing that links a voter to a choice.
 */
class DurableVotesTest {

  private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-03-08T00:00:00Z");
  private static final Instant DURING = OPENS.plusSeconds(86_400);

  private final SansheJdbc jdbc = Tables.freshVotes();

  private static VoterId owner(int i) {
    return VoterId.of("owner-" + i);
  }

  private static Electorate owners(int n) {
    List<Elector> electors = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      electors.add(Elector.of(owner(i), FloorArea.parse(60 + i % 50 + "." + i % 100)));
    }
    return Electorate.of(electors);
  }

  private VotingDesk desk(SansheJdbc db, Instant now) {
    return new VotingDesk(
        JdbcVotes.open(db), Clock.fixed(now, ZoneOffset.UTC), IdSource.sequential("vote"));
  }

  @Test
  void a_vote_with_ballots_survives_restarts_and_is_decided_after_the_window() {
    Electorate electorate = owners(30);
    VoteOpened opened =
        desk(jdbc, OPENS)
            .open(
                "Raise the maintenance fund",
                electorate,
                List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN),
                VotingWindow.of(OPENS, CLOSES));
    VoteId id = opened.vote();
    for (int i = 1; i <= 24; i++) {
      // a new process for every third ballot: nothing is kept in memory between them
      desk(i % 3 == 0 ? Tables.secondServer(jdbc) : jdbc, DURING)
          .cast(id, owner(i), i % 5 == 0 ? Option.AGAINST : Option.FOR);
    }
    VotingDesk afterRestart = desk(Tables.secondServer(jdbc), DURING);
    assertThatThrownBy(() -> afterRestart.cast(id, owner(7), Option.AGAINST))
        .isInstanceOfSatisfying(
            AffairsException.class,
            e -> assertThat(e.affairsError()).isEqualTo(AffairsError.VOTE_DUPLICATE_VOTER));
    VotingDesk closed = desk(Tables.secondServer(jdbc), CLOSES);
    VoteTally tally = closed.tally(id);
    assertThat(tally.participatingHeads()).isEqualTo(24);
    assertThat(tally.heads(Option.AGAINST)).isEqualTo(4);
    assertThat(tally.heads(Option.FOR)).isEqualTo(20);
    long area = 0;
    for (int i = 1; i <= 24; i++) {
      area += electorate.area(owner(i)).squareCentimetres();
    }
    assertThat(tally.participatingArea()).isEqualTo(area);
    assertThat(closed.decide(id, VoteRules.civilCode278Quorum(), Option.FOR).toString())
        .isNotBlank();
    VoteSnapshot s = JdbcVotes.open(jdbc).find(id).orElseThrow().snapshot();
    assertThat(s.version()).isEqualTo(1);
    assertThat(s.electors()).isEqualTo(Vote.restore(s).snapshot().electors());
  }

  @Test
  void a_cast_during_an_outage_fails_with_a_code_and_writes_nothing_then_casting_resumes() {
    JdbcVotes votes = JdbcVotes.open(jdbc);
    Vote vote =
        Vote.open(
            VoteId.of("v-out"),
            "Replace the lifts",
            owners(5),
            List.of(Option.FOR, Option.AGAINST),
            VotingWindow.of(OPENS, CLOSES),
            OPENS);
    votes.add(vote);
    votes.cast(vote.id(), owner(1), Option.FOR, DURING, Votes.ANY_VERSION);
    TestDatabase.stop();
    try {
      assertThatThrownBy(
              () -> votes.cast(vote.id(), owner(2), Option.AGAINST, DURING, Votes.ANY_VERSION))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE));
      assertThatThrownBy(() -> votes.find(vote.id()))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE));
    } finally {
      TestDatabase.start();
    }
    VoteSnapshot after = votes.find(vote.id()).orElseThrow().snapshot();
    assertThat(after.register()).containsExactly(owner(1));
    votes.cast(vote.id(), owner(2), Option.AGAINST, DURING, Votes.ANY_VERSION);
    assertThat(JdbcVotes.open(Tables.secondServer(jdbc)).find(vote.id()).orElseThrow().turnout())
        .isEqualTo(2);
  }

  @Test
  void the_register_and_the_counters_hold_nothing_that_links_a_voter_to_a_choice()
      throws Exception {
    JdbcVotes votes = JdbcVotes.open(jdbc, 4);
    Vote vote =
        Vote.open(
            VoteId.of("v-secret"),
            "Micro-fund: a reading corner",
            owners(6),
            List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN),
            VotingWindow.of(OPENS, CLOSES),
            OPENS);
    votes.add(vote);
    votes.cast(vote.id(), owner(4), Option.AGAINST, DURING, Votes.ANY_VERSION);
    try (Connection c = jdbc.dataSource().getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      assertThat(columns(meta, jdbc.table("vt_register")))
          .containsExactly("vote_id", "position_no");
      assertThat(columns(meta, jdbc.table("vt_counter")))
          .containsExactly("vote_id", "stripe_no", "option_no", "ballots", "area_cm2");
      // The cast's transaction is the last writer of one register row and of one stripe's rows of
      // every option alike (PostgreSQL's xmin), so the last writer does not tell the choice.
      String registerXmin;
      try (PreparedStatement p =
              c.prepareStatement("SELECT CAST(xmin AS TEXT) FROM " + jdbc.table("vt_register"));
          ResultSet r = p.executeQuery()) {
        assertThat(r.next()).isTrue();
        registerXmin = r.getString(1);
        assertThat(r.next()).isFalse();
      }
      Set<Integer> optionsTouched = new HashSet<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT option_no FROM "
                  + jdbc.table("vt_counter")
                  + " WHERE CAST(xmin AS TEXT) = ?")) {
        p.setString(1, registerXmin);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            optionsTouched.add(r.getInt(1));
          }
        }
      }
      assertThat(optionsTouched).containsExactlyInAnyOrder(0, 1, 2);
    }
  }

  private static List<String> columns(DatabaseMetaData meta, String table) throws Exception {
    List<String> names = new ArrayList<>();
    try (ResultSet r = meta.getColumns(null, null, table, null)) {
      while (r.next()) {
        names.add(r.getString("COLUMN_NAME"));
      }
    }
    return names;
  }
}
