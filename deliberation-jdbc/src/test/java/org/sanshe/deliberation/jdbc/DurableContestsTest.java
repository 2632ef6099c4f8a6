package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.contest.ContestId;
import org.sanshe.deliberation.contest.ContestRules;
import org.sanshe.deliberation.contest.ContestSnapshot;
import org.sanshe.deliberation.contest.EntryId;
import org.sanshe.deliberation.contest.JudgeId;
import org.sanshe.deliberation.contest.ProposalContest;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;

/** A contest on PostgreSQL survives an outage in the middle of an update: all or nothing. */
class DurableContestsTest {

  private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");

  private final SansheJdbc jdbc = Tables.freshVotes();

  @Test
  void an_update_during_an_outage_fails_with_a_code_and_the_contest_is_unchanged() {
    JdbcContests contests = JdbcContests.open(jdbc);
    contests.add(
        ProposalContest.create(ContestId.of("c-1"), "Golden ideas", ContestRules.standard(), T)
            .enter(EntryId.of("garden"), T)
            .appoint(JudgeId.of("expert"), Fraction.of(3, 2), T));
    ProposalContest found = contests.find(ContestId.of("c-1")).orElseThrow();
    ContestSnapshot before = found.snapshot();
    found.score(JudgeId.of("expert"), EntryId.of("garden"), 77, T);
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> contests.update(found))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE));
    } finally {
      TestDatabase.start();
    }
    JdbcContests restarted = JdbcContests.open(Tables.secondServer(jdbc));
    assertThat(restarted.find(ContestId.of("c-1")).orElseThrow().snapshot()).isEqualTo(before);
    contests.update(found); // nothing was committed: the same instance is still current
    ContestSnapshot after = restarted.find(ContestId.of("c-1")).orElseThrow().snapshot();
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.scores()).hasSize(1);
    assertThat(after.judges().get(0).weight()).isEqualTo(Fraction.of(3, 2));
  }
}
