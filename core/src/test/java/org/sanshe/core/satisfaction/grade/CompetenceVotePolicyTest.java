package org.sanshe.core.satisfaction.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionFixtures;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.score.SatisfactionTally;

class CompetenceVotePolicyTest {

  private final CompetenceVotePolicy preset = CompetenceVotePolicy.preset();

  @Test
  void ninety_percent_competent_votes_give_excellent() {
    assertThat(preset.decide(90, 10).grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(preset.decide(89, 11).grade()).isEqualTo(Grade.COMPETENT);
  }

  @Test
  void half_the_votes_incompetent_give_incompetent() {
    assertThat(preset.decide(50, 50).grade()).isEqualTo(Grade.INCOMPETENT);
    assertThat(preset.decide(51, 49).grade()).isEqualTo(Grade.COMPETENT);
    assertThat(preset.decide(0, 1).grade()).isEqualTo(Grade.INCOMPETENT);
  }

  @Test
  void the_decision_explains_the_rule_that_applied() {
    assertThat(preset.decide(9, 1).explanation())
        .isEqualTo("9 of 10 ballots cast competent, at least 9/10");
    assertThat(preset.decide(5, 5).explanation())
        .isEqualTo("5 of 10 ballots cast incompetent, at least 1/2");
  }

  @Test
  void votes_are_read_from_a_competence_item_of_a_tally() {
    SatisfactionTally tally = new SatisfactionTally(SatisfactionFixtures.mixed());
    SubjectId wang = SatisfactionFixtures.worker("wang");
    for (int r = 0; r < 10; r++) {
      tally.add(
          Response.ofLevels(
              tally.questionnaire(),
              SatisfactionFixtures.key(r, wang),
              RespondentCategory.ORDINARY_RESIDENT,
              4,
              2,
              8,
              5,
              r == 0 ? 0 : 1));
    }
    assertThat(preset.decide(tally.counts(wang), ItemId.of("competent")).grade())
        .isEqualTo(Grade.EXCELLENT);
    assertThatThrownBy(() -> preset.decide(tally.counts(wang), ItemId.of("overall")))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> preset.decide(tally.counts(wang), ItemId.of("nope")))
        .hasMessageContaining("SATISFACTION_ITEM_UNKNOWN");
  }

  @Test
  void no_votes_and_a_zero_incompetent_share_are_refused() {
    assertThatThrownBy(() -> preset.decide(0, 0))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> CompetenceVotePolicy.of(Weight.ofPercent(90), Weight.ZERO))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThat(List.of(CompetenceVotePolicy.of(Weight.ofPercent(90), Weight.ofPercent(50))))
        .containsExactly(preset);
  }

  @Test
  void abstentions_count_among_the_ballots_cast_unless_excluded() {
    assertThat(preset.abstentions()).isEqualTo(CompetenceVotePolicy.Abstentions.COUNTED);
    assertThat(preset.decide(8, 0, 1).grade()).isEqualTo(Grade.COMPETENT);
    assertThat(preset.decide(8, 0, 1).value()).isEqualTo(Fraction.of(8, 9));
    CompetenceVotePolicy excluded =
        preset.withAbstentions(CompetenceVotePolicy.Abstentions.EXCLUDED);
    assertThat(excluded.decide(8, 0, 1).grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(excluded.decide(8, 0, 1).explanation())
        .isEqualTo("8 of 8 votes competent, at least 9/10");
    assertThat(excluded).isNotEqualTo(preset);
    assertThatThrownBy(() -> excluded.decide(0, 0, 5))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> preset.decide(1, 0, -1))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> preset.decide(Long.MAX_VALUE, 1, 0))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
  }

  @Test
  void shares_are_exact_and_checked() {
    CompetenceVotePolicy twoThirds =
        CompetenceVotePolicy.of(Fraction.TWO_THIRDS, Fraction.ONE_HALF);
    assertThat(twoThirds.decide(2, 1).grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(twoThirds.decide(3, 2).grade()).isEqualTo(Grade.COMPETENT);
    assertThatThrownBy(() -> CompetenceVotePolicy.of(Fraction.of(11, 10), Fraction.ONE_HALF))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
    assertThatThrownBy(() -> CompetenceVotePolicy.of(Fraction.ONE, Fraction.ZERO))
        .hasMessageContaining("SATISFACTION_PARAMETER_OUT_OF_RANGE");
  }
}
