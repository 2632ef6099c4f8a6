package org.sanshe.testkit.assertion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.testkit.SansheAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.grade.GradeBands;
import org.sanshe.core.satisfaction.score.SubjectScore;
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.budgeting.Greedy;
import org.sanshe.deliberation.budgeting.Support;
import org.sanshe.deliberation.counting.ApprovalVoting;
import org.sanshe.deliberation.counting.Candidates;
import org.sanshe.deliberation.counting.InstantRunoff;
import org.sanshe.deliberation.counting.Schulze;
import org.sanshe.deliberation.counting.Scoreboard;
import org.sanshe.deliberation.counting.TieBreak;
import org.sanshe.deliberation.counting.TieBreaking;
import org.sanshe.testkit.fixture.ElectionFixture;
import org.sanshe.testkit.fixture.SurveyFixture;

class ResultAssertTest {

  private static final TieBreaking LOTTERY = TieBreaking.of(TieBreak.seededLottery(20260301L));
  private static final Candidates CHAIR = Candidates.of("li", "wang", "zhao");

  @Test
  void a_tally_elected_these() {
    Scoreboard t =
        ApprovalVoting.count(
            Candidates.of("a", "b", "c"), ElectionFixture.approval("3:a,b", "2:b", "c"), LOTTERY);
    assertThat(t).elected("b").elected("b", "a").hasScore("b", 5).hasScore("c", 1).countedVoters(6);
    assertThatThrownBy(() -> assertThat(t).elected("a"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the approval tally to elect [a] but it elected [b]");
    assertThatThrownBy(() -> assertThat(t).hasScore("a", 4))
        .hasMessageContaining("Expected a to score 4 in the approval tally but it scored 3");
    assertThatThrownBy(() -> assertThat(t).countedVoters(7))
        .hasMessageContaining("to count 7 voters but it counted 6");
  }

  @Test
  void an_election_elected_this() {
    Schulze.Result schulze = Schulze.count(CHAIR, ElectionFixture.chairElection(), LOTTERY);
    InstantRunoff.Result irv = InstantRunoff.count(CHAIR, ElectionFixture.chairElection(), LOTTERY);
    assertThat(schulze).elected("wang");
    assertThat(irv).elected("li");
    assertThatThrownBy(() -> assertThat(irv).elected("wang"))
        .hasMessageContaining("Expected instant runoff to elect wang but it elected li");
    assertThatThrownBy(() -> assertThat(schulze).elected("li"))
        .hasMessageContaining("Expected Schulze to elect li but it elected wang");
  }

  @Test
  void a_budget_funded_these() {
    BudgetOutcome greedy =
        Greedy.bySupport(Support.approvals()).allocate(ElectionFixture.microFund());
    assertThat(greedy).elected("lift", "bench", "mural").staysWithinBudget();
    assertThatThrownBy(() -> assertThat(greedy).elected("lift", "bikes"))
        .hasMessageContaining("to fund [lift, bikes] but it funded [lift, bench, mural]");
  }

  @Test
  void a_score_is_in_a_grade() {
    SubjectScore top = SurveyFixture.score(SurveyFixture.worker("wang"), 50, 5, 5, 1);
    SubjectScore mid = SurveyFixture.score(SurveyFixture.worker("li"), 50, 4, 4, 2);
    SubjectScore few = SurveyFixture.score(SurveyFixture.worker("zhao"), 5, 5, 5, 1);
    assertThat(top).isInGrade(Grade.EXCELLENT).hasIndex("100");
    assertThat(mid).isInGrade(Grade.GOOD, GradeBands.excellentGoodPassFail()).hasIndex("80");
    assertThatThrownBy(() -> assertThat(mid).isInGrade(Grade.EXCELLENT))
        .hasMessageContaining("to be in grade EXCELLENT")
        .hasMessageContaining("80 is at least");
    assertThatThrownBy(() -> assertThat(few).isInGrade(Grade.EXCELLENT))
        .hasMessageContaining("the sample is insufficient");
    assertThatThrownBy(() -> assertThat(mid).hasIndex("79.6"))
        .hasMessageContaining("to have index")
        .hasMessageContaining("but it was 80");
    assertThatThrownBy(() -> assertThat(few).hasIndex("100"))
        .hasMessageContaining("it was not scored");
  }
}
