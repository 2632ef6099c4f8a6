package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanshe.deliberation.ConformanceFiles;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.preflib.AbifReader;
import org.sanshe.deliberation.preflib.RankedElection;
import org.sanshe.deliberation.preflib.SoiReader;

class RankedConformanceTest {

  private static final TieBreaking BY_ID = TieBreaking.of();

  @ParameterizedTest
  @CsvSource({
    "00002-00000001.soi, 475, 3, Bdale Garbee",
    "00002-00000006.soi, 436, 1, Stefano Zacchiroli",
    "00002-00000007.soi, 403, 3, Stefano Zacchiroli"
  })
  void debian_leader_elections_have_the_published_condorcet_and_schulze_winner(
      String file, long voters, String alternative, String name) {
    RankedElection e = SoiReader.read(ConformanceFiles.require("ranked/" + file));
    assertThat(e.ballots().voters()).isEqualTo(voters);
    CandidateId expected = CandidateId.of(alternative);
    assertThat(e.names().get(expected)).isEqualTo(name);
    PairwiseMatrix matrix = PairwiseMatrix.of(e.candidates(), e.ballots());
    assertThat(CondorcetCheck.winner(matrix)).contains(expected);
    Schulze.Result schulze = Schulze.of(matrix, BY_ID);
    assertThat(schulze.winner()).isEqualTo(expected);
    assertThat(schulze.winners()).containsExactly(expected);
    assertThat(schulze.ties()).isEmpty();
  }

  @Test
  void debian_2010_pairwise_matrix_is_exactly_the_published_one() {
    RankedElection e = SoiReader.read(ConformanceFiles.require("ranked/00002-00000006.soi"));
    PairwiseMatrix matrix = PairwiseMatrix.of(e.candidates(), e.ballots());
    long[][] expected = {
      {0, 323, 385, 305, 398},
      {102, 0, 363, 215, 378},
      {33, 47, 0, 81, 222},
      {124, 207, 332, 0, 371},
      {28, 39, 183, 48, 0}
    };
    for (int i = 1; i <= 5; i++) {
      for (int j = 1; j <= 5; j++) {
        if (i != j) {
          assertThat(matrix.prefer(CandidateId.of("" + i), CandidateId.of("" + j)))
              .as("d[%d][%d]", i, j)
              .isEqualTo(expected[i - 1][j - 1]);
        }
      }
    }
  }

  @Test
  void burlington_2009_elects_kiss_by_instant_runoff_with_the_published_first_round() {
    RankedElection e = AbifReader.read(ConformanceFiles.require("ranked/burl2009.abif"));
    assertThat(e.ballots().voters()).isEqualTo(8980);
    InstantRunoff.Result irv = InstantRunoff.count(e.candidates(), e.ballots(), BY_ID);
    assertThat(irv.winner()).isEqualTo(CandidateId.of("Kiss"));
    InstantRunoff.Round first = irv.rounds().get(0);
    assertThat(first.votes())
        .containsExactly(
            java.util.Map.entry(CandidateId.of("Wright"), 2951L),
            java.util.Map.entry(CandidateId.of("Kiss"), 2585L),
            java.util.Map.entry(CandidateId.of("Montroll"), 2063L),
            java.util.Map.entry(CandidateId.of("Smith"), 1306L),
            java.util.Map.entry(CandidateId.of("Write-in"), 36L),
            java.util.Map.entry(CandidateId.of("Simpson"), 35L));
    assertThat(first.overvotes()).isEqualTo(4);
    assertThat(first.exhausted()).isZero();
    InstantRunoff.Round last = irv.rounds().get(irv.rounds().size() - 1);
    assertThat(last.elected()).isEqualTo(CandidateId.of("Kiss"));
    assertThat(last.votes()).containsOnlyKeys(CandidateId.of("Kiss"), CandidateId.of("Wright"));
    assertThat(last.votes().get(CandidateId.of("Kiss")) * 2).isGreaterThan(last.continuing());
    for (InstantRunoff.Round r : irv.rounds()) {
      assertThat(r.continuing() + r.exhausted() + r.overvotes()).isEqualTo(8980);
    }
  }

  @Test
  void burlington_2009_condorcet_winner_is_montroll_over_kiss_4067_to_3477() {
    RankedElection e = AbifReader.read(ConformanceFiles.require("ranked/burl2009.abif"));
    PairwiseMatrix matrix = PairwiseMatrix.of(e.candidates(), e.ballots());
    CandidateId montroll = CandidateId.of("Montroll");
    CandidateId kiss = CandidateId.of("Kiss");
    assertThat(CondorcetCheck.winner(matrix)).contains(montroll);
    assertThat(matrix.prefer(montroll, kiss)).isEqualTo(4067);
    assertThat(matrix.prefer(kiss, montroll)).isEqualTo(3477);
    assertThat(Schulze.of(matrix, BY_ID).winner()).isEqualTo(montroll);
  }
}
