package org.sanshe.deliberation.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotValuesTest {

  @Test
  void candidate_ids_are_equal_by_text_ordered_and_never_blank() {
    assertThat(CandidateId.of(" 12 ")).isEqualTo(CandidateId.of("12"));
    assertThat(CandidateId.of("a").compareTo(CandidateId.of("b"))).isNegative();
    assertThat(CandidateId.of("Kiss").toString()).isEqualTo("Kiss");
    assertThatThrownBy(() -> CandidateId.of("  "))
        .isInstanceOf(VotingException.class)
        .hasMessageContaining("BALLOT_ID_BLANK");
  }

  @Test
  void approval_ballots_are_sets_so_order_does_not_matter() {
    assertThat(ApprovalBallot.of("2", "1")).isEqualTo(ApprovalBallot.of("1", "2"));
    assertThat(ApprovalBallot.of("2", "1").toString()).isEqualTo("{1,2}");
    assertThatThrownBy(() -> ApprovalBallot.of("1", "1"))
        .hasMessageContaining("BALLOT_DUPLICATE_CANDIDATE");
  }

  @Test
  void a_ranked_ballot_parses_back_from_its_text_with_ties_and_truncation() {
    RankedBallot b = RankedBallot.parse("Wright=Write-in>Montroll>Kiss");
    assertThat(b.ranks()).hasSize(3);
    assertThat(b.ranks().get(0))
        .containsExactly(CandidateId.of("Wright"), CandidateId.of("Write-in"));
    assertThat(RankedBallot.parse(b.toString())).isEqualTo(b);
    assertThat(b.length()).isEqualTo(4);
    assertThat(RankedBallot.parse("")).isEqualTo(new RankedBallot(List.of()));
  }

  @Test
  void a_ranked_ballot_refuses_empty_ranks_and_repeated_candidates() {
    assertThatThrownBy(() -> RankedBallot.parse("A>>B")).hasMessageContaining("BALLOT_ID_BLANK");
    assertThatThrownBy(() -> new RankedBallot(List.of(Set.of())))
        .hasMessageContaining("BALLOT_EMPTY_RANK");
    assertThatThrownBy(() -> RankedBallot.parse("A>B=A"))
        .hasMessageContaining("BALLOT_DUPLICATE_CANDIDATE");
  }

  @Test
  void points_and_scores_are_sorted_summed_and_never_negative() {
    CumulativeBallot c =
        CumulativeBallot.of(Map.of(CandidateId.of("611"), 5L, CandidateId.of("662"), 5L));
    assertThat(c.total()).isEqualTo(10);
    assertThat(c.toString()).isEqualTo("{611:5,662:5}");
    assertThat(c.valueOf(CandidateId.of("1"))).isZero();
    assertThatThrownBy(() -> ScoreBallot.of(Map.of(CandidateId.of("a"), -1L)))
        .hasMessageContaining("BALLOT_SCORE_OUT_OF_RANGE");
  }

  @Test
  void yes_no_and_choice_ballots_name_what_they_should() {
    assertThat(YesNoBallot.ABSTAIN.named()).isEmpty();
    assertThat(ChoiceBallot.of("x").named()).containsExactly(CandidateId.of("x"));
    assertThat(ChoiceBallot.of("x").kind()).isEqualTo(BallotKind.CHOOSE_ONE);
  }

  @Test
  void a_project_cost_is_never_negative() {
    assertThatThrownBy(() -> BallotProject.of("p", -1))
        .isInstanceOf(VotingException.class)
        .hasMessageContaining("BUDGET_COST_NEGATIVE");
    assertThat(BallotProject.of("p", 0).cost()).isZero();
  }
}
