package org.sanshe.deliberation.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The array-backed set an approval ballot holds behaves as an unmodifiable {@link TreeSet} of the
 * same ids: order, membership, equality both ways, hash, ends and ranges; an approval ballot built
 * from a list refuses a repeated id whatever its position.
 */
class SortedIdsProperties {

  private static List<CandidateId> ids(List<Integer> numbers) {
    List<CandidateId> out = new ArrayList<>();
    for (int n : numbers) {
      out.add(CandidateId.of("p" + n));
    }
    return out;
  }

  @Test
  void behaves_as_a_tree_set() {
    qt().forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 25),
            integers().between(0, 40),
            integers().between(0, 40))
        .checkAssert(
            (numbers, a, b) -> {
              List<CandidateId> given = ids(numbers);
              TreeSet<CandidateId> tree = new TreeSet<>(given);
              SortedSet<CandidateId> set = SortedIds.copyOf(given);
              assertThat(new ArrayList<>(set)).containsExactlyElementsOf(tree);
              assertThat(set).hasSize(tree.size());
              assertThat(set.equals(tree)).isTrue();
              assertThat(tree.equals(set)).isTrue();
              assertThat(set.hashCode()).isEqualTo(tree.hashCode());
              assertThat(set.toArray()).containsExactly(tree.toArray());
              CandidateId x = CandidateId.of("p" + a);
              CandidateId y = CandidateId.of("p" + b);
              assertThat(set.contains(x)).isEqualTo(tree.contains(x));
              assertThat(set.contains("p" + a)).isFalse();
              assertThat(new ArrayList<>(set.headSet(x)))
                  .isEqualTo(new ArrayList<>(tree.headSet(x)));
              assertThat(new ArrayList<>(set.tailSet(x)))
                  .isEqualTo(new ArrayList<>(tree.tailSet(x)));
              CandidateId lo = x.compareTo(y) <= 0 ? x : y;
              CandidateId hi = x.compareTo(y) <= 0 ? y : x;
              assertThat(new ArrayList<>(set.subSet(lo, hi)))
                  .isEqualTo(new ArrayList<>(tree.subSet(lo, hi)));
              if (!tree.isEmpty()) {
                assertThat(set.first()).isEqualTo(tree.first());
                assertThat(set.last()).isEqualTo(tree.last());
              }
              assertThat(new ApprovalBallot(tree)).isEqualTo(new ApprovalBallot(set));
              assertThat(new ApprovalBallot(tree).hashCode())
                  .isEqualTo(new ApprovalBallot(set).hashCode());
            });
  }

  @Test
  void a_ballot_of_a_list_refuses_any_repeat() {
    qt().forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(1, 20), integers().between(0, 1000))
        .checkAssert(
            (numbers, seed) -> {
              List<CandidateId> given = ids(numbers);
              Collections.shuffle(given, new java.util.Random(seed));
              boolean repeats = new TreeSet<>(given).size() < given.size();
              if (repeats) {
                assertThatThrownBy(() -> ApprovalBallot.of(given))
                    .isInstanceOfSatisfying(
                        VotingException.class,
                        e ->
                            assertThat(e.errorCode())
                                .isEqualTo(VotingError.BALLOT_DUPLICATE_CANDIDATE));
              } else {
                assertThat(ApprovalBallot.of(given).approved())
                    .containsExactlyElementsOf(new TreeSet<>(given));
              }
            });
  }

  @Test
  void is_unmodifiable() {
    java.util.Set<CandidateId> set = ApprovalBallot.of("b", "a").approved();
    assertThat(set).isInstanceOf(SortedSet.class);
    assertThatThrownBy(() -> set.add(CandidateId.of("c")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(set).containsExactly(CandidateId.of("a"), CandidateId.of("b"));
  }
}
