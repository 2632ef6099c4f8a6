package org.sanshe.deliberation.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingException;

class Add1StartTest {

  private static final EqualShares ADD1 =
      EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1);

  /** Two voters, budget 1, two projects of cost 1 approved by both. */
  private static ParticipatoryBudget twoVoters() {
    BallotBox.Builder<Ballot> box = BallotBox.builder();
    box.add(ApprovalBallot.of("a", "b"));
    box.add(ApprovalBallot.of("a", "b"));
    return ParticipatoryBudget.of(
        1,
        List.of(BallotProject.of("a", 1), BallotProject.of("b", 1)),
        box.build(),
        BallotConstraints.NONE);
  }

  @Test
  void the_floored_start_can_fund_less_than_plain_equal_shares() {
    assertThat(EqualShares.costUtilities().allocate(twoVoters()).selectedIds())
        .containsExactly(CandidateId.of("a"));
    BudgetOutcome floored = ADD1.allocate(twoVoters());
    assertThat(floored.selectedIds()).isEmpty();
    assertThat(floored.virtualBudget()).isZero();
  }

  @Test
  void the_real_budget_start_and_the_never_below_plain_option_fund_what_plain_funds() {
    BudgetOutcome real =
        ADD1.withAdd1Start(EqualShares.Add1Start.REAL_BUDGET).allocate(twoVoters());
    assertThat(real.selectedIds()).containsExactly(CandidateId.of("a"));
    assertThat(real.virtualBudget()).isEqualTo(1);
    BudgetOutcome guarded = ADD1.withAdd1NeverBelowPlain().allocate(twoVoters());
    assertThat(guarded.selectedIds()).containsExactly(CandidateId.of("a"));
    assertThat(guarded.virtualBudget()).isEqualTo(1);
    assertThat(guarded.rounds()).hasSize(1);
  }

  @Test
  void costs_near_the_long_range_give_a_coded_error_not_an_arithmetic_exception() {
    BallotBox.Builder<Ballot> box = BallotBox.builder();
    box.add(ApprovalBallot.of("a"));
    box.add(ApprovalBallot.of("a", "b"));
    box.add(ApprovalBallot.of("b"));
    ParticipatoryBudget pb =
        ParticipatoryBudget.of(
            Long.MAX_VALUE,
            List.of(
                BallotProject.of("a", Long.MAX_VALUE), BallotProject.of("b", Long.MAX_VALUE - 1)),
            box.build(),
            BallotConstraints.NONE);
    for (EqualShares rule :
        List.of(EqualShares.costUtilities(), ADD1, EqualShares.cardinalUtilities())) {
      assertThatThrownBy(() -> rule.allocate(pb))
          .isInstanceOf(VotingException.class)
          .hasMessageContaining("BUDGET_AMOUNT_TOO_LARGE");
    }
  }
}
