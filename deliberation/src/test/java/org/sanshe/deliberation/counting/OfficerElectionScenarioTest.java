package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.preflib.AbifReader;
import org.sanshe.deliberation.preflib.RankedElection;

/**
 * A residents' committee elects its chair by ranked ballots: the ballots are read from ABIF, the
 * Condorcet check, Schulze and instant-runoff are run, and a tie is settled by the published
 * lottery seed, recorded in the result.
 */
class OfficerElectionScenarioTest {

  @Test
  void a_chair_is_elected_and_every_method_explains_itself() {
    RankedElection e =
        AbifReader.parse(
            String.join(
                "\n",
                "{title: \"Chair, Building 7\"}",
                "=Li:[Li Wei]",
                "=Wang:[Wang Fang]",
                "=Zhao:[Zhao Lei]",
                "12:Li>Wang>Zhao",
                "8:Wang>Li>Zhao",
                "11:Zhao>Wang>Li",
                "2:Zhao=Li>Wang",
                ""));
    PairwiseMatrix matrix = PairwiseMatrix.of(e.candidates(), e.ballots());
    CandidateId wang = e.byName("Wang Fang");
    assertThat(CondorcetCheck.check(matrix)).isInstanceOf(CondorcetCheck.Winner.class);
    assertThat(CondorcetCheck.winner(matrix)).contains(wang);

    TieBreaking lottery = TieBreaking.of(TieBreak.seededLottery(20260301L));
    Schulze.Result schulze = Schulze.of(matrix, lottery);
    assertThat(schulze.winner()).isEqualTo(wang);
    assertThat(schulze.ranking().get(0)).containsExactly(wang);

    InstantRunoff.Result irv = InstantRunoff.count(e.candidates(), e.ballots(), lottery);
    // Wang has the fewest first preferences and is eliminated first: the centre squeeze
    assertThat(irv.rounds().get(0).eliminated()).isEqualTo(wang);
    assertThat(irv.rounds().get(0).overvotes()).isEqualTo(2);
    assertThat(irv.winner()).isEqualTo(e.byName("Li Wei"));
    assertThat(matrix.prefer(wang, e.byName("Li Wei"))).isEqualTo(19);
    assertThat(irv.rounds())
        .last()
        .extracting(InstantRunoff.Round::elected)
        .isEqualTo(irv.winner());
    assertThat(List.of(schulze.winner(), irv.winner())).doesNotHaveDuplicates();
  }
}
