package org.sanshe.deliberation.budgeting;

import java.util.ArrayList;
import java.util.List;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;

/** Small budgets for the budgeting tests. */
final class BudgetFixtures {

  private BudgetFixtures() {}

  /**
   * Builds an approval budget.
   *
   * @param budget the budget
   * @param projects "id:cost" pairs
   * @param ballots approval sets as "a,b"
   * @return the budget
   */
  static ParticipatoryBudget approval(long budget, String projects, String... ballots) {
    List<BallotProject> list = new ArrayList<>();
    for (String p : projects.split(" ")) {
      String[] parts = p.split(":");
      list.add(BallotProject.of(parts[0], Long.parseLong(parts[1])));
    }
    BallotBox.Builder<Ballot> box = BallotBox.builder();
    for (String b : ballots) {
      box.add(ApprovalBallot.of(b.isEmpty() ? new String[0] : b.split(",")));
    }
    return ParticipatoryBudget.of(budget, list, box.build(), BallotConstraints.NONE);
  }

  /** Three voters: two approve A (200) and B (100), one approves C (100); budget 300. */
  static ParticipatoryBudget threeVoters() {
    return approval(300, "A:200 B:100 C:100", "A,B", "A,B", "C");
  }
}
