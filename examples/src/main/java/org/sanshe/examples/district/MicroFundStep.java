package org.sanshe.examples.district;

import java.util.List;
import java.util.Set;
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
 * Twelve households of 丁墙社区 approve projects for a 10,000 yuan micro-fund; Equal Shares funds what
 * each group of residents can pay for with its share, where the greedy rule gives the majority
 * everything.
 */
public final class MicroFundStep implements Step {

  private static final long BUDGET = 10_000;

  /** Creates the step. */
  public MicroFundStep() {}

  @Override
  public String key() {
    return "micro-fund";
  }

  @Override
  public String title() {
    return "Micro-fund vote with Equal Shares";
  }

  @Override
  public String titleZh() {
    return "社区微基金投票（等额分配法）";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    List<BallotProject> projects =
        List.of(
            new BallotProject(CandidateId.of("lights"), 3_000, "楼道灯 stairwell lights"),
            new BallotProject(CandidateId.of("benches"), 3_000, "休息长椅 benches"),
            new BallotProject(CandidateId.of("shelter"), 3_000, "电动车棚 e-bike shelter"),
            new BallotProject(CandidateId.of("playground"), 3_000, "儿童游乐角 play corner"));
    BallotBox<ApprovalBallot> ballots =
        BallotBox.<ApprovalBallot>builder()
            .add(ApprovalBallot.of("lights", "benches", "shelter"), 8)
            .add(ApprovalBallot.of("playground"), 4)
            .build();
    ParticipatoryBudget budget =
        ParticipatoryBudget.of(BUDGET, projects, ballots, BallotConstraints.NONE);
    BudgetOutcome greedy = Greedy.bySupport(Support.approvals()).allocate(budget);
    BudgetOutcome shares =
        EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1).allocate(budget);
    out.columns("project 项目", "cost 金额", "approvals 赞成", "greedy 贪心", "Equal Shares 等额");
    for (BallotProject p : projects) {
      out.row(
          p.name(),
          p.cost(),
          shares.support().getOrDefault(p.id(), 0L),
          greedy.selectedIds().contains(p.id()) ? "funded 入选" : "-",
          shares.selectedIds().contains(p.id()) ? "funded 入选" : "-");
    }
    out.figure("budget 预算 (yuan)", BUDGET);
    out.figure("greedy spends", greedy.totalCost());
    out.figure("Equal Shares spends", shares.totalCost());
    out.figure("Equal Shares rule", shares.rule());
    out.check(
        "greedy funds the majority's three projects only",
        Set.copyOf(greedy.selectedIds())
            .equals(
                Set.of(
                    CandidateId.of("lights"),
                    CandidateId.of("benches"),
                    CandidateId.of("shelter"))));
    out.check(
        "Equal Shares funds the play corner of the four households",
        shares.selectedIds().contains(CandidateId.of("playground")));
    out.check("Equal Shares stays within the budget", shares.totalCost() <= BUDGET);
  }
}
