package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ChoiceBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;

class TalliesTest {

  private static CandidateId id(String s) {
    return CandidateId.of(s);
  }

  @Test
  void plurality_counts_one_vote_per_ballot() {
    var box =
        BallotBox.of(List.of(ChoiceBallot.of("A"), ChoiceBallot.of("B"), ChoiceBallot.of("A")));
    Scoreboard t = Plurality.count(Candidates.of("A", "B", "C"), box, TieBreaking.of());
    assertThat(t.winner()).isEqualTo(id("A"));
    assertThat(t.scoreOf(id("A"))).isEqualTo(2);
    assertThat(t.scoreOf(id("C"))).isZero();
    assertThat(t.voters()).isEqualTo(3);
  }

  @Test
  void approval_voting_records_the_tie_it_broke_and_how() {
    var box = BallotBox.of(List.of(ApprovalBallot.of("A", "B"), ApprovalBallot.of("B", "A")));
    TieBreaking order = TieBreaking.of(TieBreak.givenOrder(List.of(id("B"), id("A"))));
    Scoreboard t = ApprovalVoting.count(Candidates.of("A", "B"), box, order);
    assertThat(t.winner()).isEqualTo(id("B"));
    assertThat(t.ties())
        .singleElement()
        .satisfies(
            tie -> {
              assertThat(tie.order()).containsExactly(id("B"), id("A"));
              assertThat(tie.rules()).isEqualTo("given order [B, A], then candidate id");
            });
  }

  @Test
  void borda_gives_each_rank_its_points() {
    var ballots = Fixtures.ranked("2 A>B>C", "1 C>B>A", "1 B=C>A");
    Scoreboard classic =
        Borda.classic(3).count(Candidates.of("A", "B", "C"), ballots, TieBreaking.of());
    // A: 2*2 + 1*1 = 5; B: 2*1 + 1*1 + 1*2 = 5; C: 1*2 + 1*2 = 4
    assertThat(classic.scoreOf(id("A"))).isEqualTo(5);
    assertThat(classic.scoreOf(id("B"))).isEqualTo(5);
    assertThat(classic.scoreOf(id("C"))).isEqualTo(4);
    assertThat(classic.winner()).isEqualTo(id("A"));
    assertThat(classic.ties())
        .singleElement()
        .satisfies(t -> assertThat(t.order()).containsExactly(id("A"), id("B")));
    Scoreboard krakow =
        Borda.withPoints(3, 2, 1).count(Candidates.of("A", "B", "C"), ballots, TieBreaking.of());
    assertThat(krakow.scoreOf(id("A"))).isEqualTo(2 * 3 + 1 + 2);
  }

  @Test
  void borda_points_must_not_rise_down_the_ranking() {
    assertThatThrownBy(() -> Borda.withPoints(1, 2))
        .hasMessageContaining("VOTING_BORDA_POINTS_INVALID");
  }

  @Test
  void score_voting_sums_scores_within_the_allowed_range() {
    var box =
        BallotBox.of(
            List.of(
                ScoreBallot.of(Map.of(id("A"), 5L, id("B"), 1L)),
                ScoreBallot.of(Map.of(id("B"), 5L))));
    Scoreboard t =
        ScoreVoting.count(
            Candidates.of("A", "B"), box, BallotConstraints.NONE.withMaxScore(5), TieBreaking.of());
    assertThat(t.winner()).isEqualTo(id("B"));
    assertThat(t.scoreOf(id("B"))).isEqualTo(6);
    assertThatThrownBy(
            () ->
                ScoreVoting.count(
                    Candidates.of("A", "B"),
                    box,
                    BallotConstraints.NONE.withMaxScore(4),
                    TieBreaking.of()))
        .hasMessageContaining("BALLOT_SCORE_OUT_OF_RANGE");
  }

  @Test
  void candidates_must_be_listed_once_and_at_least_one() {
    assertThatThrownBy(() -> Candidates.of("A", "A"))
        .hasMessageContaining("VOTING_DUPLICATE_CANDIDATE");
    assertThatThrownBy(() -> Candidates.of(List.of())).hasMessageContaining("VOTING_NO_CANDIDATES");
  }
}
