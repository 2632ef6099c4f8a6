package org.sanshe.examples.snippets;

import java.util.List;
import java.util.stream.Stream;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.budgeting.EqualShares;
import org.sanshe.deliberation.budgeting.Greedy;
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;
import org.sanshe.deliberation.budgeting.Support;

/**
 * The README's participatory-budgeting snippet; {@code ReadmeSnippetsTest} checks that the README
 * shows the tagged region verbatim and that it does what its comments say.
 */
public final class BudgetingSnippets {

  private BudgetingSnippets() {}

  /**
   * Counts a micro-fund vote by the greedy rule and by Equal Shares.
   *
   * @return the projects funded by greedy, then those funded by Equal Shares
   */
  public static List<List<CandidateId>> microFund() {
    List<BallotProject> projects =
        Stream.of("lights", "benches", "shelter", "playground")
            .map(id -> BallotProject.of(id, 3_000))
            .toList(); // 3,000 yuan each
    // tag::budgeting[]
    BallotBox<ApprovalBallot> ballots =
        BallotBox.<ApprovalBallot>builder()
            .add(ApprovalBallot.of("lights", "benches", "shelter"), 8) // eight households
            .add(ApprovalBallot.of("playground"), 4) // four households
            .build();
    ParticipatoryBudget fund =
        ParticipatoryBudget.of(10_000, projects, ballots, BallotConstraints.NONE);
    BudgetOutcome greedy = Greedy.bySupport(Support.approvals()).allocate(fund);
    // greedy funds benches, lights, shelter: the eight households take all
    BudgetOutcome shares =
        EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1).allocate(fund);
    // Equal Shares funds benches, lights, playground: the four pay for theirs with their share
    // end::budgeting[]
    return List.of(greedy.selectedIds(), shares.selectedIds());
  }
}
