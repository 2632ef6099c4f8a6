package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.CandidateId;

class InstantRunoffTest {

  private static CandidateId id(String s) {
    return CandidateId.of(s);
  }

  @Test
  void the_last_candidate_is_eliminated_and_its_ballots_move_on_round_by_round() {
    Candidates abc = Candidates.of("A", "B", "C");
    InstantRunoff.Result r =
        InstantRunoff.count(abc, Fixtures.ranked("4 A", "3 B>C", "2 C>B", "1 C"), TieBreaking.of());
    assertThat(r.rounds()).hasSize(2);
    assertThat(r.rounds().get(0).votes())
        .containsExactly(Map.entry(id("A"), 4L), Map.entry(id("B"), 3L), Map.entry(id("C"), 3L));
    assertThat(r.rounds().get(0).eliminated()).isEqualTo(id("C"));
    assertThat(r.ties()).hasSize(1);
    InstantRunoff.Round last = r.rounds().get(1);
    assertThat(last.votes()).containsExactly(Map.entry(id("B"), 5L), Map.entry(id("A"), 4L));
    assertThat(last.exhausted()).isEqualTo(1);
    assertThat(r.winner()).isEqualTo(id("B"));
  }

  @Test
  void a_tie_for_fewest_is_broken_by_the_configured_rule() {
    Candidates abc = Candidates.of("A", "B", "C");
    var ballots = Fixtures.ranked("4 A", "3 B>A", "3 C>B");
    var keepC = TieBreaking.of(TieBreak.givenOrder(List.of(id("C"), id("A"), id("B"))));
    InstantRunoff.Result r = InstantRunoff.count(abc, ballots, keepC);
    assertThat(r.rounds().get(0).eliminated()).isEqualTo(id("B"));
    assertThat(r.winner()).isEqualTo(id("A"));
    var keepB = TieBreaking.of(TieBreak.givenOrder(List.of(id("B"), id("A"), id("C"))));
    assertThat(InstantRunoff.count(abc, ballots, keepB).winner()).isEqualTo(id("B"));
  }

  @Test
  void a_tied_top_rank_is_an_overvote_that_counts_for_nobody_from_then_on() {
    Candidates abc = Candidates.of("A", "B", "C");
    InstantRunoff.Result r =
        InstantRunoff.count(abc, Fixtures.ranked("3 A", "2 B", "1 C", "2 C=B>A"), TieBreaking.of());
    assertThat(r.rounds().get(0).overvotes()).isEqualTo(2);
    assertThat(r.rounds().get(0).eliminated()).isEqualTo(id("C"));
    // after C is eliminated the tied rank holds only B, yet the overvote stays set aside
    assertThat(r.rounds().get(1).votes()).containsEntry(id("B"), 2L);
    assertThat(r.rounds().get(1).overvotes()).isEqualTo(2);
  }

  @Test
  void a_tied_rank_reached_with_two_continuing_candidates_is_an_overvote() {
    Candidates abc = Candidates.of("A", "B", "C");
    InstantRunoff.Result r =
        InstantRunoff.count(abc, Fixtures.ranked("3 A", "2 B", "1 C>A=B"), TieBreaking.of());
    assertThat(r.rounds().get(0).overvotes()).isZero();
    assertThat(r.rounds().get(1).overvotes()).isEqualTo(1);
  }

  @Test
  void a_tied_rank_with_one_continuing_candidate_counts_for_it() {
    Candidates abcd = Candidates.of("A", "B", "C", "D");
    InstantRunoff.Result r =
        InstantRunoff.count(
            abcd, Fixtures.ranked("3 A", "4 B", "1 C", "2 D>C=B"), TieBreaking.of());
    assertThat(r.rounds()).hasSize(3);
    assertThat(r.rounds().get(2).votes()).containsEntry(id("B"), 6L);
    assertThat(r.rounds().get(2).overvotes()).isZero();
    assertThat(r.winner()).isEqualTo(id("B"));
  }

  @Test
  void no_ballot_at_all_is_refused() {
    assertThatThrownBy(
            () -> InstantRunoff.count(Candidates.of("A"), Fixtures.ranked(), TieBreaking.of()))
        .hasMessageContaining("VOTING_NO_BALLOTS");
  }

  @Test
  void a_ballot_naming_an_unknown_candidate_is_refused() {
    assertThatThrownBy(
            () ->
                InstantRunoff.count(Candidates.of("A"), Fixtures.ranked("1 A>Z"), TieBreaking.of()))
        .hasMessageContaining("BALLOT_UNKNOWN_CANDIDATE")
        .hasMessageContaining("A>Z");
  }
}
