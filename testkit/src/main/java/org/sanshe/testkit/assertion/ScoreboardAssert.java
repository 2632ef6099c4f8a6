package org.sanshe.testkit.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.counting.Scoreboard;

/**
 * Assertions on a score tally (plurality, approval, Borda, score voting): who was elected, the
 * order of the standings, a candidate's score. Not thread-safe.
 */
public final class ScoreboardAssert extends AbstractAssert<ScoreboardAssert, Scoreboard> {

  /**
   * Creates the assertion.
   *
   * @param actual the tally, may be null (every assertion then fails)
   */
  public ScoreboardAssert(Scoreboard actual) {
    super(actual, ScoreboardAssert.class);
  }

  /**
   * Verifies that the first {@code expected.length} standings are these candidates, in this order:
   * {@code elected("a")} checks the winner, {@code elected("a", "b")} the two seats of a two-seat
   * committee.
   *
   * @param expected the candidate ids, best first, not null
   * @return this assertion
   */
  public ScoreboardAssert elected(String... expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < Math.min(expected.length, actual.standings().size()); i++) {
      found.add(actual.standings().get(i).candidate().value());
    }
    if (!found.equals(List.of(expected))) {
      failWithMessage(
          "Expected the %s tally to elect %s but it elected %s (standings %s)",
          actual.method(), List.of(expected), found, actual.standings());
    }
    return this;
  }

  /**
   * Verifies a candidate's score.
   *
   * @param candidate the candidate id, not null
   * @param expected the score
   * @return this assertion
   */
  public ScoreboardAssert hasScore(String candidate, long expected) {
    isNotNull();
    long found = actual.scoreOf(CandidateId.of(candidate));
    if (found != expected) {
      failWithMessage(
          "Expected %s to score %s in the %s tally but it scored %s",
          candidate, expected, actual.method(), found);
    }
    return this;
  }

  /**
   * Verifies the number of ballots counted.
   *
   * @param expected the number of voters
   * @return this assertion
   */
  public ScoreboardAssert countedVoters(long expected) {
    isNotNull();
    if (actual.voters() != expected) {
      failWithMessage(
          "Expected the %s tally to count %s voters but it counted %s",
          actual.method(), expected, actual.voters());
    }
    return this;
  }
}
