package org.sanshe.deliberation.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.contest.AssessmentRule.COMPETENT;
import static org.sanshe.deliberation.contest.AssessmentRule.INCOMPETENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.grade.CompetenceVotePolicy;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteTally;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingWindow;

class AssessmentRuleTest {

  private static final VotingWindow WINDOW =
      VotingWindow.of(Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2026-12-27T00:00:00Z"));

  private static VoteTally vote(int competent, int incompetent, int abstain) {
    int n = competent + incompetent + abstain;
    List<Elector> electors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      electors.add(Elector.of(VoterId.of("r" + i)));
    }
    Vote vote =
        Vote.open(
            VoteId.of("year-end"),
            "Year-end assessment of the community worker",
            Electorate.of(electors),
            List.of(COMPETENT, INCOMPETENT, Option.ABSTAIN),
            WINDOW);
    Instant during = WINDOW.opens().plusSeconds(60);
    for (int i = 0; i < n; i++) {
      Option choice =
          i < competent ? COMPETENT : i < competent + incompetent ? INCOMPETENT : Option.ABSTAIN;
      vote.cast(VoterId.of("r" + i), choice, during);
    }
    return vote.tally(WINDOW.closes());
  }

  @Test
  void exactly_ninety_percent_competent_is_excellent() {
    AssessmentDecision d = AssessmentRule.standard().decide(vote(9, 1, 0));
    assertThat(d.grade()).isEqualTo(AssessmentGrade.EXCELLENT);
    assertThat(d.excellent().share()).isEqualTo(Fraction.of(9, 10));
  }

  @Test
  void just_under_ninety_percent_is_competent() {
    assertThat(AssessmentRule.standard().decide(vote(17, 2, 1)).grade())
        .isEqualTo(AssessmentGrade.COMPETENT);
  }

  @Test
  void exactly_half_incompetent_is_incompetent() {
    AssessmentDecision d = AssessmentRule.standard().decide(vote(5, 5, 0));
    assertThat(d.grade()).isEqualTo(AssessmentGrade.INCOMPETENT);
    assertThat(d.explain()).contains("incompetent ballots: 5 / 10 = 1/2, AT_LEAST 1/2: passed");
    assertThat(AssessmentRule.standard().decide(vote(6, 4, 0)).grade())
        .isEqualTo(AssessmentGrade.COMPETENT);
  }

  @Test
  void bands_are_configurable() {
    AssessmentRule strict = AssessmentRule.of(Fraction.ONE, Fraction.of(1, 3));
    assertThat(strict.decide(vote(9, 1, 0)).grade()).isEqualTo(AssessmentGrade.COMPETENT);
    assertThatThrownBy(() -> AssessmentRule.of(Fraction.of(2), Fraction.ONE_HALF))
        .hasMessageStartingWith("[CONTEST_FRACTION_INVALID]");
  }

  @Test
  void the_vote_and_the_survey_apply_one_rule_with_abstentions_as_its_option() {
    // 8 competent and 1 abstention: 8/9 of the ballots cast, or 8/8 of the votes
    CompetenceVotePolicy counted = CompetenceVotePolicy.preset();
    CompetenceVotePolicy excluded =
        counted.withAbstentions(CompetenceVotePolicy.Abstentions.EXCLUDED);
    assertThat(AssessmentRule.standard().decide(vote(8, 0, 1)).grade())
        .isEqualTo(AssessmentGrade.COMPETENT);
    assertThat(counted.decide(8, 0, 1).grade()).isEqualTo(Grade.COMPETENT);
    AssessmentDecision d = AssessmentRule.of(excluded).decide(vote(8, 0, 1));
    assertThat(d.grade()).isEqualTo(AssessmentGrade.EXCELLENT);
    assertThat(d.excellent().denominator()).isEqualTo(8);
    assertThat(excluded.decide(8, 0, 1).grade()).isEqualTo(Grade.EXCELLENT);
    // and for every small vote, the vote's grade is the policy's grade, under both options
    for (CompetenceVotePolicy p : List.of(counted, excluded)) {
      for (int c = 0; c <= 6; c++) {
        for (int i = 0; i <= 6; i++) {
          for (int a = 0; a <= 3; a++) {
            if (p.base(c, i, a) == 0) {
              continue;
            }
            String expected = p.decide(c, i, a).grade().code();
            assertThat(AssessmentRule.of(p).decide(vote(c, i, a)).grade().name())
                .as("%s competent, %s incompetent, %s abstaining, %s", c, i, a, p.abstentions())
                .isEqualTo(expected);
          }
        }
      }
    }
  }
}
