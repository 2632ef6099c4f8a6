package org.sanshe.deliberation.ballot;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotConstraintsTest {

  private static final Set<CandidateId> KNOWN =
      Set.of(CandidateId.of("a"), CandidateId.of("b"), CandidateId.of("c"));

  private static long cost(CandidateId id) {
    return Map.of("a", 50L, "b", 40L, "c", 30L).get(id.value());
  }

  @Test
  void a_ballot_shorter_than_the_minimum_is_refused_with_its_label() {
    var rules = BallotConstraints.NONE.withLength(2, 3);
    assertThatThrownBy(() -> rules.check(ApprovalBallot.of("a"), "line 7", KNOWN, null))
        .hasMessageContaining("BALLOT_TOO_SHORT")
        .hasMessageContaining("line 7");
  }

  @Test
  void a_ballot_longer_than_the_maximum_is_refused() {
    var rules = BallotConstraints.NONE.withLength(0, 2);
    assertThatThrownBy(() -> rules.check(ApprovalBallot.of("a", "b", "c"), "#1", KNOWN, null))
        .hasMessageContaining("BALLOT_TOO_LONG");
  }

  @Test
  void approved_projects_may_not_cost_more_than_the_limit() {
    var rules = BallotConstraints.NONE.withMaxTotalCost(80);
    assertThatCode(
            () ->
                rules.check(ApprovalBallot.of("a", "c"), "#1", KNOWN, BallotConstraintsTest::cost))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                rules.check(ApprovalBallot.of("a", "b"), "#2", KNOWN, BallotConstraintsTest::cost))
        .hasMessageContaining("BALLOT_COST_EXCEEDED")
        .hasMessageContaining("90");
  }

  @Test
  void points_beyond_the_maximum_are_refused() {
    var rules = BallotConstraints.NONE.withMaxPoints(10).withMaxScore(6);
    var tooMany = CumulativeBallot.of(Map.of(CandidateId.of("a"), 6L, CandidateId.of("b"), 5L));
    assertThatThrownBy(() -> rules.check(tooMany, "#3", KNOWN, null))
        .hasMessageContaining("BALLOT_POINTS_EXCEEDED");
    var tooHigh = ScoreBallot.of(Map.of(CandidateId.of("a"), 7L));
    assertThatThrownBy(() -> rules.check(tooHigh, "#4", KNOWN, null))
        .hasMessageContaining("BALLOT_SCORE_OUT_OF_RANGE");
  }

  @Test
  void an_unknown_candidate_is_refused() {
    assertThatThrownBy(
            () -> BallotConstraints.NONE.check(ApprovalBallot.of("z"), "#5", KNOWN, null))
        .hasMessageContaining("BALLOT_UNKNOWN_CANDIDATE")
        .hasMessageContaining("z");
  }

  @Test
  void a_minimum_above_the_maximum_is_no_valid_rule() {
    assertThatThrownBy(() -> BallotConstraints.NONE.withLength(3, 2))
        .hasMessageContaining("BALLOT_CONSTRAINT_INVALID");
  }
}
