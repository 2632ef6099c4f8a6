package org.sanshe.deliberation.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A ballot built from positions on a ballot paper is the ballot of the candidates at those
 * positions, built the ordinary way; positions that are not strictly ascending within the paper are
 * refused.
 */
class BallotPaperProperties {

  @Test
  void a_ballot_by_positions_equals_the_ballot_of_its_candidates() {
    qt().forAll(
            lists().of(integers().between(0, 500)).ofSizeBetween(1, 30),
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 12))
        .checkAssert(
            (names, picks) -> {
              TreeSet<Integer> distinct = new TreeSet<>(names);
              List<CandidateId> candidates = new ArrayList<>();
              distinct.descendingSet().forEach(n -> candidates.add(CandidateId.of("c" + n)));
              ApprovalBallot.Paper paper = ApprovalBallot.paper(candidates);
              TreeSet<Integer> chosen = new TreeSet<>();
              picks.forEach(p -> chosen.add(p % candidates.size()));
              int[] positions = chosen.stream().mapToInt(Integer::intValue).toArray();
              List<CandidateId> named = new ArrayList<>();
              for (int p : positions) {
                named.add(paper.candidates().get(p));
              }
              ApprovalBallot built = paper.ballot(positions, positions.length);
              assertThat(built).isEqualTo(ApprovalBallot.of(named));
              assertThat(built.hashCode()).isEqualTo(ApprovalBallot.of(named).hashCode());
              assertThat(List.copyOf(built.approved())).isEqualTo(named);
              assertThat(paper.candidates()).isSorted();
              for (CandidateId id : candidates) {
                assertThat(paper.candidates().get(paper.positionOf(id))).isEqualTo(id);
              }
              if (positions.length >= 2) {
                int[] swapped = positions.clone();
                swapped[0] = positions[1];
                swapped[1] = positions[0];
                assertThatThrownBy(() -> paper.ballot(swapped, swapped.length))
                    .isInstanceOf(IllegalArgumentException.class);
              }
            });
  }

  @Test
  void wrong_positions_and_repeated_candidates_are_refused() {
    ApprovalBallot.Paper paper =
        ApprovalBallot.paper(List.of(CandidateId.of("b"), CandidateId.of("a")));
    assertThat(paper.candidates()).containsExactly(CandidateId.of("a"), CandidateId.of("b"));
    assertThat(paper.positionOf(CandidateId.of("z"))).isEqualTo(-1);
    assertThatThrownBy(() -> paper.ballot(new int[] {0, 0}, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> paper.ballot(new int[] {2}, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> paper.ballot(new int[] {-1}, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> paper.ballot(new int[] {0}, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(paper.ballot(new int[] {1, 0}, 1).approved()).containsExactly(CandidateId.of("b"));
    assertThatThrownBy(
            () -> ApprovalBallot.paper(List.of(CandidateId.of("a"), CandidateId.of("a"))))
        .isInstanceOf(VotingException.class)
        .hasMessageContaining("BALLOT_DUPLICATE_CANDIDATE");
  }
}
