package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.preflib.AbifReader;
import org.sanshe.deliberation.preflib.RankedElection;

class StarTest {

  private static final TieBreaking BY_ID = TieBreaking.of();

  private static CandidateId id(String s) {
    return CandidateId.of(s);
  }

  private static Star.Result star(String abif, long max) {
    RankedElection e = AbifReader.parse(abif);
    return Star.count(e.candidates(), e.ratings(), max, BY_ID);
  }

  @Test
  void the_tennessee_example_sends_nashville_and_chattanooga_to_the_runoff_and_nashville_wins() {
    Star.Result r =
        star(
            "42:Memph/5>Nash/2>Chat/1>Knox/0\n26:Nash/5>Chat/3>Knox/2>Memph/0\n"
                + "15:Chat/5>Knox/3>Nash/2>Memph/0\n17:Knox/5>Chat/3>Nash/1>Memph/0\n",
            5);
    assertThat(r.scores().standings())
        .containsExactly(
            new Scoreboard.Standing(id("Nash"), 261),
            new Scoreboard.Standing(id("Chat"), 246),
            new Scoreboard.Standing(id("Memph"), 210),
            new Scoreboard.Standing(id("Knox"), 182));
    assertThat(r.finalists()).containsExactly(id("Nash"), id("Chat"));
    assertThat(r.firstPreferred()).isEqualTo(68);
    assertThat(r.secondPreferred()).isEqualTo(32);
    assertThat(r.noPreference()).isZero();
    assertThat(r.winner()).isEqualTo(id("Nash"));
    assertThat(r.steps()).isEmpty();
  }

  @Test
  void the_runoff_can_overturn_the_score_winner() {
    String abif = "2:A/5>B/4\n1:B/5>A/0\n";
    RankedElection e = AbifReader.parse(abif);
    Scoreboard score =
        ScoreVoting.count(e.candidates(), e.ratings(), BallotConstraints.NONE, BY_ID);
    assertThat(score.winner()).isEqualTo(id("B"));
    Star.Result r = star(abif, 5);
    assertThat(r.winner()).isEqualTo(id("A"));
    assertThat(r.firstPreferred()).isEqualTo(1);
    assertThat(r.secondPreferred()).isEqualTo(2);
  }

  @Test
  void a_runoff_tie_goes_to_the_higher_score_then_to_more_maximum_scores() {
    // Equal Vote's example: Brian and Chuck 12 each, one ballot each way, one without preference;
    // Chuck has two fives to Brian's one.
    Star.Result r =
        star("1:Brian/4>Chuck/2>Amy/1\n1:Chuck/5>Brian/3>Amy/1\n1:Brian/5=Chuck/5>Amy/1\n", 5);
    assertThat(r.finalists()).containsExactlyInAnyOrder(id("Brian"), id("Chuck"));
    assertThat(r.noPreference()).isOne();
    assertThat(r.winner()).isEqualTo(id("Chuck"));
    assertThat(r.steps())
        .containsExactly(
            new Star.TieStep(
                Star.Round.RUNOFF,
                List.of(id("Brian"), id("Chuck")),
                Star.Rule.MOST_MAXIMUM_SCORES,
                List.of(id("Chuck")),
                false));
    Star.Result byScore = star("1:A/5>B/1\n1:B/5>A/4\n1:C/1\n", 5);
    assertThat(byScore.winner()).isEqualTo(id("A"));
    assertThat(byScore.steps().get(0).rule()).isEqualTo(Star.Rule.HIGHER_SCORE);
  }

  @Test
  void a_perfect_tie_is_left_to_the_recorded_tie_breaking() {
    String abif = "5:Alice/5>Bob/4>Charlie/2\n5:Bob/5>Alice/4>Charlie/2\n";
    Star.Result byId = star(abif, 5);
    assertThat(byId.winner()).isEqualTo(id("Alice"));
    assertThat(byId.steps()).extracting(Star.TieStep::rule).containsExactly(Star.Rule.TIE_BREAKING);
    assertThat(byId.ties()).hasSize(1);
    RankedElection e = AbifReader.parse(abif);
    TieBreaking bobFirst =
        TieBreaking.of(TieBreak.givenOrder(List.of(id("Bob"), id("Alice"), id("Charlie"))));
    assertThat(Star.count(e.candidates(), e.ratings(), 5, bobFirst).winner()).isEqualTo(id("Bob"));
  }

  @Test
  void a_scoring_round_tie_for_second_goes_to_the_head_to_head_winner() {
    // A 15; B and C 6 each; B is scored above C on two ballots, C above B on one.
    Star.Result r = star("1:A/5>B/3>C/0\n1:A/5>B/3>C/2\n1:A/5>C/4>B/0\n", 5);
    assertThat(r.finalists()).containsExactly(id("A"), id("B"));
    assertThat(r.steps())
        .containsExactly(
            new Star.TieStep(
                Star.Round.SCORING,
                List.of(id("B"), id("C")),
                Star.Rule.HEAD_TO_HEAD,
                List.of(id("C")),
                true));
    // Three tied for two places: the one who lost both match-ups is eliminated.
    Star.Result three = star("1:A/3>B/2>C/1\n1:B/3>A/2>C/1\n1:C/4>A/1=B/1\n", 5);
    assertThat(three.finalists()).containsExactlyInAnyOrder(id("A"), id("B"));
  }

  @Test
  void an_unbreakable_scoring_tie_falls_to_the_tie_breaking() {
    // Equal Vote's example: Chuck 15, Amy and Brian 6 each, 1-1 head to head, no fives.
    Star.Result r = star("1:Chuck/5>Amy/4>Brian/2\n1:Chuck/5>Brian/4>Amy/2\n1:Chuck/5\n", 5);
    assertThat(r.finalists()).containsExactly(id("Chuck"), id("Amy"));
    assertThat(r.steps()).extracting(Star.TieStep::rule).contains(Star.Rule.TIE_BREAKING);
    assertThat(r.winner()).isEqualTo(id("Chuck"));
  }

  @Test
  void bad_input_is_refused_by_code() {
    RankedElection e = AbifReader.parse("1:A/6>B/1\n");
    assertThatThrownBy(() -> Star.count(e.candidates(), e.ratings(), 5, BY_ID))
        .hasMessageContaining("BALLOT_SCORE_OUT_OF_RANGE");
    assertThatThrownBy(() -> Star.count(e.candidates(), e.ratings(), 0, BY_ID))
        .hasMessageContaining("BALLOT_CONSTRAINT_INVALID");
    assertThatThrownBy(
            () -> Star.count(e.candidates(), BallotBox.<ScoreBallot>builder().build(), 5, BY_ID))
        .hasMessageContaining("VOTING_NO_BALLOTS");
    assertThatThrownBy(() -> Star.count(Candidates.of("A"), e.ratings(), 6, BY_ID))
        .hasMessageContaining("BALLOT_UNKNOWN_CANDIDATE");
    Star.Result alone = Star.count(Candidates.of("A"), star1(), 5, BY_ID);
    assertThat(alone.winner()).isEqualTo(id("A"));
  }

  private static BallotBox<ScoreBallot> star1() {
    return BallotBox.of(List.of(ScoreBallot.of(Map.of(id("A"), 3L))));
  }

  @Test
  void properties_hold_on_random_elections() {
    long seed = Long.getLong("sanshe.star.seed", System.nanoTime());
    System.out.println("StarTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < 500; run++) {
      int n = 2 + random.nextInt(5);
      List<CandidateId> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(id("c" + i));
      }
      Candidates candidates = Candidates.of(ids);
      BallotBox.Builder<ScoreBallot> box = BallotBox.builder();
      int ballots = 1 + random.nextInt(8);
      for (int b = 0; b < ballots; b++) {
        Map<CandidateId, Long> s = new TreeMap<>();
        for (CandidateId c : ids) {
          if (random.nextInt(4) > 0) {
            s.put(c, (long) random.nextInt(4));
          }
        }
        box.add(ScoreBallot.of(s), 1 + random.nextInt(3));
      }
      BallotBox<ScoreBallot> built = box.build();
      Star.Result r = Star.count(candidates, built, 3, TieBreaking.of(TieBreak.seededLottery(run)));
      String where = "seed " + seed + " run " + run;
      assertThat(r.finalists()).as(where).hasSize(2).doesNotHaveDuplicates().contains(r.winner());
      long lowestFinalist =
          Math.min(
              r.scores().scoreOf(r.finalists().get(0)), r.scores().scoreOf(r.finalists().get(1)));
      for (CandidateId c : ids) {
        if (!r.finalists().contains(c)) {
          assertThat(r.scores().scoreOf(c)).as(where).isLessThanOrEqualTo(lowestFinalist);
        }
      }
      assertThat(r.firstPreferred() + r.secondPreferred() + r.noPreference())
          .as(where)
          .isEqualTo(built.voters());
      if (r.firstPreferred() != r.secondPreferred()) {
        CandidateId majority = r.finalists().get(r.firstPreferred() > r.secondPreferred() ? 0 : 1);
        assertThat(r.winner()).as(where).isEqualTo(majority);
      }
      Scoreboard score =
          ScoreVoting.count(candidates, built, BallotConstraints.NONE, TieBreaking.of());
      for (Scoreboard.Standing s : score.standings()) {
        assertThat(r.scores().scoreOf(s.candidate())).as(where).isEqualTo(s.score());
      }
    }
  }
}
