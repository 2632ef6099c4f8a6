package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.CandidateId;

class SchulzeTest {

  private static final Candidates ABCDE = Candidates.of("A", "B", "C", "D", "E");

  private static CandidateId id(String s) {
    return CandidateId.of(s);
  }

  @Test
  void the_textbook_example_elects_e_with_the_full_ranking_e_a_c_b_d() {
    Schulze.Result r = Schulze.count(ABCDE, Fixtures.schulzeExample(), TieBreaking.of());
    assertThat(r.winner()).isEqualTo(id("E"));
    assertThat(r.ranking())
        .containsExactly(
            List.of(id("E")),
            List.of(id("A")),
            List.of(id("C")),
            List.of(id("B")),
            List.of(id("D")));
    assertThat(r.matrix().prefer(id("A"), id("B"))).isEqualTo(20);
    assertThat(r.matrix().prefer(id("B"), id("A"))).isEqualTo(25);
    assertThat(r.strongestPath(id("E"), id("D"))).isEqualTo(31);
    assertThat(r.strongestPath(id("A"), id("D"))).isEqualTo(30);
    assertThat(r.strongestPath(id("D"), id("A"))).isEqualTo(25);
  }

  @Test
  void the_textbook_example_has_no_condorcet_winner() {
    PairwiseMatrix m = PairwiseMatrix.of(ABCDE, Fixtures.schulzeExample());
    assertThat(CondorcetCheck.check(m)).isInstanceOf(CondorcetCheck.NoWinner.class);
  }

  @Test
  void a_perfect_tie_shares_first_place_and_the_tie_break_is_recorded() {
    Candidates ab = Candidates.of("A", "B");
    Schulze.Result r =
        Schulze.count(
            ab,
            Fixtures.ranked("3 A>B", "3 B>A"),
            TieBreaking.of(TieBreak.givenOrder(List.of(id("B"), id("A")))));
    assertThat(r.ranking()).containsExactly(List.of(id("A"), id("B")));
    assertThat(r.winner()).isEqualTo(id("B"));
    assertThat(r.ties()).hasSize(1);
    assertThat(r.ties().get(0).rules()).contains("given order");
  }

  @Test
  void unranked_candidates_count_below_ranked_ones_and_tied_with_each_other() {
    Candidates abc = Candidates.of("A", "B", "C");
    PairwiseMatrix m = PairwiseMatrix.of(abc, Fixtures.ranked("4 A", "2 B=C>A"));
    assertThat(m.prefer(id("A"), id("B"))).isEqualTo(4);
    assertThatThrownBy(() -> m.prefer(id("A"), id("Z")))
        .isInstanceOfSatisfying(
            org.sanshe.deliberation.ballot.VotingException.class,
            x ->
                assertThat(x.errorCode())
                    .isEqualTo(
                        org.sanshe.deliberation.ballot.VotingError.VOTING_UNKNOWN_CANDIDATE));
    assertThat(m.prefer(id("B"), id("C"))).isZero();
    assertThat(m.prefer(id("B"), id("A"))).isEqualTo(2);
    assertThat(CondorcetCheck.check(m))
        .isEqualTo(new CondorcetCheck.Winner(id("A"), id("B"), 4, 2));
  }
}
