package org.sanshe.deliberation.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;

class ProposalContestTest {

  private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");

  private static final EntryId GARDEN = EntryId.of("garden");
  private static final EntryId BENCHES = EntryId.of("benches");
  private static final EntryId LIGHTS = EntryId.of("lights");
  private static final JudgeId EXPERT = JudgeId.of("expert");
  private static final JudgeId RESIDENT = JudgeId.of("resident");

  private ProposalContest contest() {
    return ProposalContest.create(
            ContestId.of("c-1"), "Golden ideas 2026", ContestRules.standard(), T)
        .enter(GARDEN, T)
        .enter(BENCHES, T)
        .appoint(EXPERT, Fraction.of(2), T)
        .appoint(RESIDENT, Fraction.ONE, T);
  }

  @Test
  void judges_scores_are_weighted_and_combined_with_public_votes() {
    ProposalContest c =
        contest()
            .score(EXPERT, GARDEN, 90, T)
            .score(RESIDENT, GARDEN, 60, T)
            .score(EXPERT, BENCHES, 70, T)
            .score(RESIDENT, BENCHES, 85, T)
            .publicVotes(GARDEN, 50, T)
            .publicVotes(BENCHES, 200, T);
    List<RankedEntry> ranking = c.ranking();
    // garden: judges (2x90 + 60)/3 = 80; public 50/200 x 100 = 25; 7/10 x 80 + 3/10 x 25 = 63.5
    // benches: judges (2x70 + 85)/3 = 75; public 100; 7/10 x 75 + 3/10 x 100 = 82.5
    assertThat(ranking).extracting(RankedEntry::entry).containsExactly(BENCHES, GARDEN);
    RankedEntry garden = ranking.get(1);
    assertThat(garden.judgeScore()).isEqualTo(Fraction.of(80));
    assertThat(garden.publicScore()).isEqualTo(Fraction.of(25));
    assertThat(garden.combined()).isEqualTo(Fraction.of(127, 2));
    assertThat(ranking.get(0).combined()).isEqualTo(Fraction.of(165, 2));
    assertThat(garden.explain()).contains("combined 127/2 (~63.50)");
  }

  @Test
  void the_weight_of_the_public_is_configurable() {
    ProposalContest judgesOnly =
        ProposalContest.create(
                ContestId.of("c-2"), "Judges only", ContestRules.of(Fraction.ONE, 100), T)
            .enter(GARDEN, T)
            .enter(BENCHES, T)
            .appoint(EXPERT, Fraction.ONE, T)
            .score(EXPERT, GARDEN, 90, T)
            .score(EXPERT, BENCHES, 70, T)
            .publicVotes(BENCHES, 1000, T);
    assertThat(judgesOnly.ranking().get(0).entry()).isEqualTo(GARDEN);
    assertThat(ContestRules.standard().publicShare()).isEqualTo(Fraction.of(3, 10));
    assertThatThrownBy(() -> ContestRules.of(Fraction.of(11, 10), 100))
        .hasMessageStartingWith("[CONTEST_FRACTION_INVALID]");
  }

  @Test
  void equal_combined_scores_share_a_rank() {
    ProposalContest c =
        contest()
            .enter(LIGHTS, T)
            .score(EXPERT, GARDEN, 80, T)
            .score(RESIDENT, GARDEN, 80, T)
            .score(EXPERT, BENCHES, 80, T)
            .score(RESIDENT, BENCHES, 80, T)
            .score(EXPERT, LIGHTS, 50, T)
            .score(RESIDENT, LIGHTS, 50, T);
    assertThat(c.ranking()).extracting(RankedEntry::rank).containsExactly(1, 1, 3);
  }

  @Test
  void bad_input_is_refused_with_specific_codes() {
    ProposalContest c = contest();
    assertThatThrownBy(() -> c.appoint(JudgeId.of("x"), Fraction.ZERO, T))
        .hasMessageStartingWith("[CONTEST_WEIGHT_NOT_POSITIVE]");
    assertThatThrownBy(() -> c.appoint(JudgeId.of("x"), Fraction.of(-1), T))
        .hasMessageStartingWith("[CONTEST_WEIGHT_NOT_POSITIVE]");
    assertThatThrownBy(() -> c.appoint(EXPERT, Fraction.ONE, T))
        .hasMessageStartingWith("[CONTEST_DUPLICATE]");
    assertThatThrownBy(() -> c.score(EXPERT, GARDEN, 101, T))
        .hasMessageStartingWith("[CONTEST_SCORE_OUT_OF_RANGE]");
    assertThatThrownBy(() -> c.score(EXPERT, LIGHTS, 50, T))
        .hasMessageStartingWith("[CONTEST_UNKNOWN]");
    assertThatThrownBy(() -> c.publicVotes(GARDEN, -1, T))
        .hasMessageStartingWith("[CONTEST_VOTES_NEGATIVE]");
    assertThatThrownBy(c::ranking).hasMessageStartingWith("[CONTEST_SCORE_MISSING]");
    assertThatThrownBy(
            () ->
                ProposalContest.create(ContestId.of("c-3"), "empty", ContestRules.standard(), T)
                    .ranking())
        .hasMessageStartingWith("[CONTEST_INCOMPLETE]");
  }
}
