package org.sanshe.deliberation.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.counting.TieBreak;
import org.sanshe.deliberation.counting.TieBreaking;

class BudgetRulesTest {

  private static List<String> ids(BudgetOutcome o) {
    return o.selectedIds().stream().map(CandidateId::value).toList();
  }

  @Test
  void greedy_skips_a_project_that_does_not_fit_and_goes_on() {
    var pb = BudgetFixtures.approval(100, "A:80 B:30 C:20", "A,B", "A,B", "A,C", "C");
    BudgetOutcome o = Greedy.bySupport(Support.approvals()).allocate(pb);
    assertThat(ids(o)).containsExactly("A", "C");
    assertThat(o.remaining()).isZero();
    assertThat(o.selected().get(0).support()).isEqualTo(3);
  }

  @Test
  void greedy_with_a_minimum_support_never_takes_a_weak_project() {
    var pb = BudgetFixtures.approval(100, "A:80 B:30 C:20", "A,B", "A,B", "A,C", "C");
    BudgetOutcome o = Greedy.bySupport(Support.approvals()).withMinimumSupport(3).allocate(pb);
    assertThat(ids(o)).containsExactly("A");
    assertThat(o.rule()).contains("minimum support 3");
    assertThatThrownBy(() -> Greedy.bySupport(Support.approvals()).withMinimumSupport(-1))
        .hasMessageContaining("BUDGET_THRESHOLD_NEGATIVE");
  }

  @Test
  void greedy_breaks_equal_support_by_lower_cost_unless_told_otherwise() {
    var pb = BudgetFixtures.approval(100, "A:70 B:60", "A,B");
    assertThat(ids(Greedy.bySupport(Support.approvals()).allocate(pb))).containsExactly("B");
    var byOrder =
        TieBreaking.of(TieBreak.givenOrder(List.of(CandidateId.of("A"), CandidateId.of("B"))));
    BudgetOutcome o = Greedy.bySupport(Support.approvals()).withTieBreaking(byOrder).allocate(pb);
    assertThat(ids(o)).containsExactly("A");
    assertThat(o.ties())
        .singleElement()
        .satisfies(t -> assertThat(t.rules()).contains("given order"));
  }

  @Test
  void equal_shares_picks_the_lowest_price_per_unit_and_charges_equal_shares() {
    BudgetOutcome o = EqualShares.costUtilities().allocate(BudgetFixtures.threeVoters());
    assertThat(ids(o)).containsExactly("B", "C");
    BudgetOutcome.EqualSharesRound first = o.rounds().get(0);
    assertThat(first.maxPayment()).isEqualTo(Fraction.of(50));
    assertThat(first.rho()).isEqualTo(Fraction.of(1, 2));
    assertThat(first.tied()).containsExactly(CandidateId.of("B"), CandidateId.of("A"));
    assertThat(first.payers()).isEqualTo(2);
    assertThat(o.ties()).hasSize(1);
    BudgetOutcome.EqualSharesRound second = o.rounds().get(1);
    assertThat(second.maxPayment()).isEqualTo(Fraction.of(100));
    assertThat(second.exhausted()).isEqualTo(1);
    assertThat(o.totalCost()).isEqualTo(200);
  }

  @Test
  void add1_raises_the_virtual_budget_while_the_outcome_still_fits() {
    BudgetOutcome o =
        EqualShares.costUtilities()
            .withCompletion(EqualShares.Completion.ADD1)
            .allocate(BudgetFixtures.threeVoters());
    assertThat(ids(o)).containsExactly("B", "C");
    assertThat(o.virtualBudget()).isEqualTo(447);
    // one run per step by the definition; the default search reaches the same outcome with
    // runs over ranges of steps, some of which are halved on so short a walk
    BudgetOutcome step =
        EqualShares.costUtilities()
            .withCompletion(EqualShares.Completion.ADD1)
            .withAdd1Search(EqualShares.Add1Search.STEP_BY_STEP)
            .allocate(BudgetFixtures.threeVoters());
    assertThat(step.runs()).isEqualTo(51);
    assertThat(step.virtualBudget()).isEqualTo(447);
    assertThat(o.runs()).isBetween(2, 2 * 51);
  }

  @Test
  void without_round_details_the_selection_is_the_same_and_no_rounds_are_listed() {
    var pb = BudgetFixtures.approval(500, "A:200 B:100 C:120 D:90", "A,B", "A,C", "B,D", "C", "A");
    EqualShares rule = EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1);
    BudgetOutcome full = rule.allocate(pb);
    BudgetOutcome lean = rule.withoutRoundDetails().allocate(pb);
    assertThat(lean.selectedIds()).isEqualTo(full.selectedIds());
    assertThat(lean.rounds()).isEmpty();
    assertThat(full.rounds()).hasSize(full.selected().size());
  }

  @Test
  void utilitarian_completion_spends_what_equal_shares_left() {
    var pb = BudgetFixtures.approval(100, "X:60 Y:40", "X,Y", "X", "X");
    assertThat(ids(EqualShares.costUtilities().allocate(pb))).containsExactly("X");
    BudgetOutcome o =
        EqualShares.costUtilities().withCompletion(EqualShares.Completion.UTILITARIAN).allocate(pb);
    assertThat(ids(o)).containsExactly("X", "Y");
    assertThat(o.selected().get(1).phase()).isEqualTo("utilitarian completion");
  }

  @Test
  void equal_shares_with_cardinal_utilities_prices_per_unit_of_utility() {
    var box =
        BallotBox.<Ballot>builder()
            .add(ScoreBallot.of(Map.of(CandidateId.of("A"), 3L)))
            .add(ScoreBallot.of(Map.of(CandidateId.of("A"), 1L, CandidateId.of("B"), 2L)))
            .build();
    var pb =
        ParticipatoryBudget.of(
            10,
            List.of(BallotProject.of("A", 6), BallotProject.of("B", 4)),
            box,
            BallotConstraints.NONE);
    BudgetOutcome o = EqualShares.cardinalUtilities().allocate(pb);
    assertThat(ids(o)).containsExactly("A");
    assertThat(o.rounds().get(0).rho()).isEqualTo(Fraction.of(3, 2));
    assertThat(o.rounds().get(0).maxPayment()).isEqualTo(Fraction.of(9, 2));
  }

  @Test
  void cardinal_equal_shares_refuses_ranked_ballots() {
    var box =
        BallotBox.<Ballot>builder()
            .add(org.sanshe.deliberation.ballot.RankedBallot.strict("A"))
            .build();
    var pb =
        ParticipatoryBudget.of(10, List.of(BallotProject.of("A", 6)), box, BallotConstraints.NONE);
    assertThatThrownBy(() -> EqualShares.cardinalUtilities().allocate(pb))
        .hasMessageContaining("BALLOT_KIND_MISMATCH");
  }

  @Test
  void knapsack_finds_the_most_approvals_that_fit_where_greedy_does_not() {
    var pb = BudgetFixtures.approval(100, "A:60 B:50 C:50", "A,B,C", "A,B", "A,C", "A", "B,C");
    assertThat(ids(Greedy.bySupport(Support.approvals()).allocate(pb))).containsExactly("A");
    BudgetOutcome o = Knapsack.maximizing(Support.approvals()).allocate(pb);
    assertThat(ids(o)).containsExactlyInAnyOrder("B", "C");
    assertThat(o.totalCost()).isEqualTo(100);
  }

  @Test
  void points_measure_cumulative_ballots() {
    var box =
        BallotBox.<Ballot>builder()
            .add(CumulativeBallot.of(Map.of(CandidateId.of("A"), 7L, CandidateId.of("B"), 3L)))
            .add(CumulativeBallot.of(Map.of(CandidateId.of("B"), 10L)))
            .build();
    var pb =
        ParticipatoryBudget.of(
            5,
            List.of(BallotProject.of("A", 5), BallotProject.of("B", 5)),
            box,
            BallotConstraints.NONE);
    assertThat(Support.points().measure(pb))
        .containsEntry(CandidateId.of("A"), 7L)
        .containsEntry(CandidateId.of("B"), 13L);
    assertThat(ids(Greedy.bySupport(Support.points()).allocate(pb))).containsExactly("B");
  }

  @Test
  void a_budget_of_zero_is_refused() {
    assertThatThrownBy(() -> BudgetFixtures.approval(0, "A:1", "A"))
        .hasMessageContaining("BUDGET_NOT_POSITIVE");
  }

  @Test
  void a_project_listed_twice_is_refused() {
    assertThatThrownBy(() -> BudgetFixtures.approval(10, "A:1 A:2", "A"))
        .hasMessageContaining("BUDGET_DUPLICATE_PROJECT");
  }

  @Test
  void every_bad_ballot_is_reported_with_its_code_and_the_ballot() {
    var box =
        BallotBox.<Ballot>builder()
            .add(ApprovalBallot.of("A", "Z"))
            .add(ApprovalBallot.of("A", "B"))
            .add(ApprovalBallot.of("A"))
            .build();
    assertThatThrownBy(
            () ->
                ParticipatoryBudget.of(
                    100,
                    List.of(BallotProject.of("A", 60), BallotProject.of("B", 50)),
                    box,
                    BallotConstraints.NONE.withMaxTotalCost(100)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().errors()).hasSize(2);
              assertThat(e.problems().errors().get(0).code()).isEqualTo("BALLOT_UNKNOWN_CANDIDATE");
              assertThat(e.problems().errors().get(0).path()).isEqualTo("ballot {A,Z}");
              assertThat(e.problems().errors().get(1).code()).isEqualTo("BALLOT_COST_EXCEEDED");
            });
  }

  @Test
  void an_unknown_project_cannot_be_looked_up() {
    assertThatThrownBy(() -> BudgetFixtures.threeVoters().project(CandidateId.of("Q")))
        .hasMessageContaining("BUDGET_UNKNOWN_PROJECT");
  }
}
