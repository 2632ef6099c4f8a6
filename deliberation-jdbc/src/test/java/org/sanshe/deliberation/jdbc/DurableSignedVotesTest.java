package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.ownersvote.BallotMode;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Scrutiny;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteRules;
import org.sanshe.deliberation.ownersvote.VoteSnapshot;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.deliberation.ownersvote.VotingWindow;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;

/**
 * Signed owners' votes on PostgreSQL survive restarts and an outage, votes stored before schema
 * version 3 stay readable, and a secret vote's rows and outbox payloads never pair a voter with an
 * option.
 */
class DurableSignedVotesTest {

  private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-03-08T00:00:00Z");
  private static final Instant DURING = OPENS.plusSeconds(86_400);
  private static final ActorId CLERK = ActorId.of("clerk-1");
  private static final List<VoterId> SCRUTINEERS =
      List.of(VoterId.of("scrutineer-1"), VoterId.of("scrutineer-2"));
  private static final List<Option> OPTIONS = List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN);

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

  private static VotingDesk desk(Votes votes, Instant now) {
    return new VotingDesk(votes, Clock.fixed(now, ZoneOffset.UTC), IdSource.sequential("av"));
  }

  @Test
  void a_signed_vote_survives_restarts_and_its_recount_equals_the_counters() {
    VoteId id =
        desk(JdbcVotes.open(jdbc), OPENS)
            .openSigned(
                "Renew the property service contract",
                owners(30),
                OPTIONS,
                VotingWindow.of(OPENS, CLOSES),
                Scrutiny.of(SCRUTINEERS),
                CLERK)
            .vote();
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int i = 1; i <= 30; i++) {
      // a new store instance per ballot: every ballot survives a restart
      VotingDesk d = desk(JdbcVotes.open(jdbc), DURING);
      VoterId by = owner(i);
      if (i % 4 == 0) {
        by = VoterId.of("proxy-" + i);
        d.authorizeProxy(id, owner(i), by, "委托书 " + i, CLERK);
      }
      d.castSigned(id, owner(i), "楼" + i + "-101", OPTIONS.get(random.nextInt(3)), by, CLERK);
    }
    VotingDesk closed = desk(JdbcVotes.open(Tables.secondServer(jdbc)), CLOSES);
    closed.signCount(id, SCRUTINEERS.get(1), ActorId.of("scrutineer-2"));
    closed.signCount(id, SCRUTINEERS.get(0), ActorId.of("scrutineer-1"));
    Vote back = JdbcVotes.open(jdbc).find(id).orElseThrow();
    assertThat(back.mode()).isEqualTo(BallotMode.SIGNED);
    assertThat(back.turnout()).isEqualTo(30);
    assertThat(back.signedBallots()).hasSize(30);
    assertThat(back.signedBallots().stream().filter(b -> b.byProxy()).count()).isEqualTo(7);
    assertThat(back.recount()).isEqualTo(back.tally(CLOSES));
    assertThat(back.countSignatures()).containsExactly(SCRUTINEERS.get(1), SCRUTINEERS.get(0));
    assertThat(closed.decide(id, VoteRules.majorityOfVotesCast(), Option.FOR)).isNotNull();
    assertThat(back.version()).isEqualTo(1 + 7 + 30 + 2);
  }

  @Test
  void a_signed_cast_during_an_outage_fails_with_a_code_and_writes_nothing_then_resumes() {
    JdbcVotes votes = JdbcVotes.open(jdbc);
    VotingDesk d = desk(votes, DURING);
    Vote vote =
        Vote.openSigned(
            VoteId.of("av-out"),
            "Replace the lifts",
            owners(5),
            OPTIONS,
            VotingWindow.of(OPENS, CLOSES),
            Scrutiny.of(SCRUTINEERS),
            CLERK,
            OPENS);
    votes.add(vote);
    d.castSigned(vote.id(), owner(1), "1-101", Option.FOR, owner(1), CLERK);
    VoteSnapshot before = votes.find(vote.id()).orElseThrow().snapshot();
    TestDatabase.stop();
    try {
      assertThatThrownBy(
              () -> d.castSigned(vote.id(), owner(2), "1-102", Option.AGAINST, owner(2), CLERK))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE));
    } finally {
      TestDatabase.start();
    }
    assertThat(votes.find(vote.id()).orElseThrow().snapshot()).isEqualTo(before);
    d.castSigned(vote.id(), owner(2), "1-102", Option.AGAINST, owner(2), CLERK);
    Vote after = JdbcVotes.open(Tables.secondServer(jdbc)).find(vote.id()).orElseThrow();
    assertThat(after.signedBallots()).hasSize(2);
    assertThat(after.recount().heads(Option.AGAINST)).isEqualTo(1);
  }

  @Test
  void a_secret_vote_stored_before_schema_version_3_reads_back_after_the_upgrade()
      throws Exception {
    SansheJdbc old =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    Migrator.of(old)
        .migrate(
            Schema.of(
                "votes",
                JdbcVotes.class.getClassLoader(),
                "META-INF/sanshe/schema/votes",
                List.of("V1__votes.sql", "V2__contests.sql")));
    // rows as version 1 and 2 wrote them: a secret vote of two owners, one ballot for AGAINST
    try (Connection c = old.dataSource().getConnection()) {
      c.setAutoCommit(true);
      exec(
          c,
          "INSERT INTO "
              + old.table("vt_vote")
              + " VALUES ('v-old', 1, 'Old vote', "
              + OPENS.toEpochMilli()
              + ", 0, "
              + CLOSES.toEpochMilli()
              + ", 0, 1, 2, 2, 1)");
      exec(c, "INSERT INTO " + old.table("vt_option") + " VALUES ('v-old', 0, 'FOR')");
      exec(c, "INSERT INTO " + old.table("vt_option") + " VALUES ('v-old', 1, 'AGAINST')");
      exec(c, "INSERT INTO " + old.table("vt_elector") + " VALUES ('v-old', 0, 'owner-1', 800000)");
      exec(c, "INSERT INTO " + old.table("vt_elector") + " VALUES ('v-old', 1, 'owner-2', 900000)");
      exec(c, "INSERT INTO " + old.table("vt_register") + " VALUES ('v-old', 1)");
      exec(c, "INSERT INTO " + old.table("vt_counter") + " VALUES ('v-old', 0, 0, 0, 0)");
      exec(c, "INSERT INTO " + old.table("vt_counter") + " VALUES ('v-old', 0, 1, 1, 900000)");
    }
    JdbcVotes.migrate(old);
    Vote back = JdbcVotes.open(old).find(VoteId.of("v-old")).orElseThrow();
    assertThat(back.mode()).isEqualTo(BallotMode.SECRET);
    assertThat(back.hasVoted(owner(2))).isTrue();
    assertThat(back.tally(CLOSES).heads(Option.AGAINST)).isEqualTo(1);
    assertThat(back.tally(CLOSES).area(Option.AGAINST)).isEqualTo(900_000L);
    JdbcVotes.open(old).cast(VoteId.of("v-old"), owner(1), Option.FOR, DURING, Votes.ANY_VERSION);
    assertThat(JdbcVotes.open(old).find(VoteId.of("v-old")).orElseThrow().turnout()).isEqualTo(2);
  }

  @Test
  void a_secret_votes_rows_and_outbox_payloads_never_pair_a_voter_with_an_option()
      throws Exception {
    JdbcOutbox.migrate(jdbc);
    // the most revealing encoder: every component of every event
    JdbcOutbox outbox = JdbcOutbox.open(jdbc, DurableSignedVotesTest::everyComponent);
    JdbcVotes votes = JdbcVotes.open(jdbc, 4, outbox);
    long seed = new SplittableRandom().nextLong();
    System.out.println("secret-vote link property, seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 5; round++) {
      VoteId id = VoteId.of("v-" + round);
      int n = 3 + random.nextInt(20);
      Vote vote =
          Vote.open(
              id,
              "Micro-fund " + round,
              owners(n),
              OPTIONS,
              VotingWindow.of(OPENS, CLOSES),
              CLERK,
              OPENS);
      votes.add(vote);
      for (int i = 1; i <= n; i++) {
        if (random.nextBoolean()) {
          votes.cast(id, owner(i), OPTIONS.get(random.nextInt(3)), DURING, Votes.ANY_VERSION);
        }
      }
      Vote found = votes.find(id).orElseThrow();
      if (!found.hasVoted(owner(n))) {
        found.cast(owner(n), OPTIONS.get(random.nextInt(3)), DURING.plusSeconds(1));
        votes.update(found); // a ballot recorded through update, with the vote's version moving
      }
      VoteSnapshot s = votes.find(id).orElseThrow().snapshot();
      assertThat(s.signed()).isNull();
      assertThat(s.toString()).doesNotContain("owner-");
    }
    try (Connection c = jdbc.dataSource().getConnection()) {
      for (String table :
          List.of(
              "vt_vote",
              "vt_option",
              "vt_elector",
              "vt_register",
              "vt_counter",
              "vt_scrutiny",
              "vt_scrutineer",
              "vt_proxy",
              "vt_ballot",
              "vt_signature")) {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + jdbc.table(table));
            ResultSet r = p.executeQuery()) {
          ResultSetMetaData meta = r.getMetaData();
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
          }
          boolean names = columns.contains("position_no") || columns.contains("voter_id");
          boolean choice = columns.contains("option_no") || columns.contains("option_code");
          if (names && choice) {
            assertThat(r.next()).as(table + " holds no row of a secret vote").isFalse();
          }
        }
      }
    }
    outbox
        .read("audit", 1000)
        .forEach(
            e -> {
              assertThat(e.eventType()).isNotEqualTo("BallotCast");
              assertThat(e.payload()).doesNotContain("owner-");
            });
    assertThat(outbox.read("audit", 1000)).isNotEmpty();
  }

  private static String everyComponent(Object event) {
    StringBuilder text = new StringBuilder(event.getClass().getSimpleName());
    for (RecordComponent c : event.getClass().getRecordComponents()) {
      try {
        text.append(' ').append(c.getName()).append('=').append(c.getAccessor().invoke(event));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return text.toString();
  }

  private static void exec(Connection c, String sql) throws Exception {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.executeUpdate();
    }
  }
}
