package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

class PairwiseMatrixTest {

  private static final Candidates ABC = Candidates.of("a", "b", "c");

  @Test
  void counts_made_from_ballots_rebuild_an_equal_matrix_for_random_elections() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("PairwiseMatrixTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      List<String> names = new ArrayList<>(List.of("a", "b", "c", "d"));
      List<RankedBallot> ballots = new ArrayList<>();
      int voters = 1 + random.nextInt(200);
      for (int v = 0; v < voters; v++) {
        Collections.shuffle(names, new java.util.Random(random.nextLong()));
        ballots.add(RankedBallot.parse(String.join(">", names.subList(0, 1 + random.nextInt(4)))));
      }
      Candidates candidates = Candidates.of("a", "b", "c", "d");
      PairwiseMatrix counted = PairwiseMatrix.of(candidates, BallotBox.of(ballots));
      PairwiseMatrix rebuilt = PairwiseMatrix.of(candidates, counted.toArray());
      assertThat(rebuilt).as("seed %d", seed).isEqualTo(counted);
      assertThat(CondorcetCheck.check(rebuilt)).isEqualTo(CondorcetCheck.check(counted));
    }
  }

  @Test
  void the_rebuilt_matrix_keeps_its_own_copy_of_the_counts() {
    long[][] counts = {{0, 3, 2}, {1, 0, 4}, {2, 0, 0}};
    PairwiseMatrix m = PairwiseMatrix.of(ABC, counts);
    counts[0][1] = 99;
    assertThat(
            m.prefer(
                org.sanshe.deliberation.ballot.CandidateId.of("a"),
                org.sanshe.deliberation.ballot.CandidateId.of("b")))
        .isEqualTo(3);
  }

  @Test
  void counts_that_are_not_a_square_matrix_of_the_candidates_are_refused() {
    for (long[][] bad :
        List.of(
            new long[][] {{0, 1}, {1, 0}},
            new long[][] {{0, 1, 1}, {1, 0}, {1, 1, 0}},
            new long[][] {{0, 1, 1}, {1, 0, -1}, {1, 1, 0}},
            new long[][] {{0, 1, 1}, {1, 2, 1}, {1, 1, 0}},
            new long[][] {{0, 1, 1}, null, {1, 1, 0}})) {
      assertThatThrownBy(() -> PairwiseMatrix.of(ABC, bad))
          .isInstanceOfSatisfying(
              VotingException.class,
              e -> assertThat(e.errorCode()).isEqualTo(VotingError.VOTING_MATRIX_INVALID));
    }
  }

  @Test
  void the_verdict_of_a_condorcet_check_says_whether_there_is_a_winner() {
    PairwiseMatrix cycle = PairwiseMatrix.of(ABC, new long[][] {{0, 2, 1}, {1, 0, 2}, {2, 1, 0}});
    PairwiseMatrix clear = PairwiseMatrix.of(ABC, new long[][] {{0, 2, 2}, {1, 0, 2}, {1, 1, 0}});
    assertThat(CondorcetCheck.check(cycle).hasWinner()).isFalse();
    assertThat(CondorcetCheck.check(clear).hasWinner()).isTrue();
  }
}
