package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;

class RankedMethodsProperties {

  private static List<RankedBallot> ballots(long seed, int candidates, int voters) {
    Random random = new Random(seed);
    List<RankedBallot> list = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < candidates; c++) {
        order.add(c);
      }
      Collections.shuffle(order, random);
      int length = random.nextInt(candidates + 1);
      List<Set<CandidateId>> ranks = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        if (!ranks.isEmpty() && random.nextInt(5) == 0) {
          Set<CandidateId> last = new TreeSet<>(ranks.remove(ranks.size() - 1));
          last.add(CandidateId.of("c" + order.get(i)));
          ranks.add(last);
        } else {
          ranks.add(Set.of(CandidateId.of("c" + order.get(i))));
        }
      }
      list.add(new RankedBallot(ranks));
    }
    return list;
  }

  private static boolean countsInFirstRound(RankedBallot r) {
    return !r.ranks().isEmpty() && r.ranks().get(0).size() == 1;
  }

  private static Candidates candidates(int n) {
    List<CandidateId> ids = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      ids.add(CandidateId.of("c" + c));
    }
    return Candidates.of(ids);
  }

  @Test
  void schulze_and_irv_give_the_same_result_for_any_order_of_the_ballots() {
    qt().forAll(longs().all(), integers().between(1, 6), integers().between(1, 40), longs().all())
        .checkAssert(RankedMethodsProperties::ballotOrderDoesNotMatter);
  }

  private static void ballotOrderDoesNotMatter(long seed, int n, int voters, long shuffle) {
    List<RankedBallot> list = ballots(seed, n, voters);
    List<RankedBallot> shuffled = new ArrayList<>(list);
    Collections.shuffle(shuffled, new Random(shuffle));
    Candidates c = candidates(n);
    TieBreaking lottery = TieBreaking.of(TieBreak.seededLottery(seed));
    Schulze.Result a = Schulze.count(c, BallotBox.of(list), lottery);
    Schulze.Result b = Schulze.count(c, BallotBox.of(shuffled), lottery);
    assertThat(b).isEqualTo(a);
    boolean anyVote = list.stream().anyMatch(RankedMethodsProperties::countsInFirstRound);
    if (anyVote) {
      assertThat(InstantRunoff.count(c, BallotBox.of(shuffled), lottery))
          .isEqualTo(InstantRunoff.count(c, BallotBox.of(list), lottery));
    }
  }

  @Test
  void a_condorcet_winner_is_always_the_schulze_winner() {
    qt().forAll(longs().all(), integers().between(1, 6), integers().between(1, 40))
        .checkAssert(RankedMethodsProperties::condorcetWinnerWinsSchulze);
  }

  private static void condorcetWinnerWinsSchulze(long seed, int n, int voters) {
    Candidates c = candidates(n);
    PairwiseMatrix m = PairwiseMatrix.of(c, BallotBox.of(ballots(seed, n, voters)));
    CondorcetCheck.winner(m)
        .ifPresent(w -> assertThat(Schulze.of(m, TieBreaking.of()).winners()).containsExactly(w));
  }

  @Test
  void every_irv_round_accounts_for_every_ballot() {
    qt().forAll(longs().all(), integers().between(1, 6), integers().between(1, 40))
        .checkAssert(RankedMethodsProperties::irvRoundsAccountForEveryBallot);
  }

  private static void irvRoundsAccountForEveryBallot(long seed, int n, int voters) {
    List<RankedBallot> list = ballots(seed, n, voters);
    if (list.stream().noneMatch(RankedMethodsProperties::countsInFirstRound)) {
      return;
    }
    InstantRunoff.Result r =
        InstantRunoff.count(candidates(n), BallotBox.of(list), TieBreaking.of());
    for (InstantRunoff.Round round : r.rounds()) {
      assertThat(round.continuing() + round.exhausted() + round.overvotes()).isEqualTo(voters);
    }
  }
}
