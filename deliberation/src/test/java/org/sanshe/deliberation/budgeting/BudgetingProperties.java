package org.sanshe.deliberation.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;

class BudgetingProperties {

  /** A random approval instance, drawn from a seed and shrunk on its seed and sizes. */
  static final class Instance {
    final long budget;
    final List<BallotProject> projects = new ArrayList<>();
    final List<ApprovalBallot> ballots = new ArrayList<>();

    Instance(long seed, int projectCount, int voters) {
      Random random = new Random(seed);
      long total = 0;
      for (int j = 0; j < projectCount; j++) {
        long cost = 1 + random.nextInt(random.nextBoolean() ? 20 : 200);
        projects.add(BallotProject.of("p" + j, cost));
        total += cost;
      }
      budget = 1 + random.nextInt((int) Math.max(1, total));
      for (int i = 0; i < voters; i++) {
        List<CandidateId> approved = new ArrayList<>();
        for (int j = 0; j < projectCount; j++) {
          if (random.nextInt(3) == 0) {
            approved.add(CandidateId.of("p" + j));
          }
        }
        ballots.add(ApprovalBallot.of(approved));
      }
    }

    ParticipatoryBudget budget(List<ApprovalBallot> order) {
      BallotBox.Builder<Ballot> box = BallotBox.builder();
      order.forEach(box::add);
      return ParticipatoryBudget.of(budget, projects, box.build(), BallotConstraints.NONE);
    }

    ParticipatoryBudget budget() {
      return budget(ballots);
    }

    ParticipatoryBudget shuffled(long seed) {
      List<ApprovalBallot> copy = new ArrayList<>(ballots);
      Collections.shuffle(copy, new Random(seed));
      return budget(copy);
    }
  }

  @Test
  void support_by_approvals_counts_every_voter_naming_a_project_once() {
    qt().forAll(longs().all(), integers().between(1, 12), integers().between(0, 60))
        .checkAssert(
            (seed, projects, voters) -> {
              Instance instance = new Instance(seed, projects, voters);
              ParticipatoryBudget budget = instance.budget();
              Map<CandidateId, Long> expected = new LinkedHashMap<>();
              instance.projects.forEach(p -> expected.put(p.id(), 0L));
              for (ApprovalBallot b : instance.ballots) {
                b.approved().forEach(id -> expected.merge(id, 1L, Long::sum));
              }
              Map<CandidateId, Long> measured = Support.approvals().measure(budget);
              assertThat(measured).containsExactlyEntriesOf(expected);
              assertThat(Support.points().measure(budget)).containsExactlyEntriesOf(expected);
            });
  }

  @Test
  void support_by_rank_points_adds_the_points_of_each_voter_rank() {
    qt().forAll(longs().all(), integers().between(1, 8), integers().between(0, 40))
        .checkAssert(
            (seed, projects, voters) -> {
              Random random = new Random(seed);
              List<BallotProject> list = new ArrayList<>();
              for (int j = 0; j < projects; j++) {
                list.add(BallotProject.of("p" + j, 1 + random.nextInt(50)));
              }
              long[] points = {3, 2, 1};
              Map<CandidateId, Long> expected = new LinkedHashMap<>();
              list.forEach(p -> expected.put(p.id(), 0L));
              BallotBox.Builder<Ballot> box = BallotBox.builder();
              for (int i = 0; i < voters; i++) {
                List<CandidateId> order = new ArrayList<>();
                list.forEach(p -> order.add(p.id()));
                Collections.shuffle(order, random);
                List<CandidateId> ranked = order.subList(0, 1 + random.nextInt(projects));
                for (int k = 0; k < ranked.size() && k < points.length; k++) {
                  expected.merge(ranked.get(k), points[k], Long::sum);
                }
                box.add(RankedBallot.strict(ranked));
              }
              ParticipatoryBudget budget =
                  ParticipatoryBudget.of(1000, list, box.build(), BallotConstraints.NONE);
              assertThat(Support.rankPoints(points).measure(budget))
                  .containsExactlyEntriesOf(expected);
            });
  }

  @Test
  void equal_shares_gives_the_same_outcome_for_any_order_of_the_ballots() {
    qt().forAll(longs().all(), integers().between(1, 7), integers().between(1, 25), longs().all())
        .checkAssert(BudgetingProperties::equalSharesIgnoresTheBallotOrder);
  }

  private static void equalSharesIgnoresTheBallotOrder(
      long seed, int projects, int voters, long shuffle) {
    Instance instance = new Instance(seed, projects, voters);
    EqualShares rule = EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1);
    BudgetOutcome a = rule.allocate(instance.budget());
    BudgetOutcome b = rule.allocate(instance.shuffled(shuffle));
    assertThat(b.selectedIds()).isEqualTo(a.selectedIds());
    assertThat(b.rounds()).isEqualTo(a.rounds());
  }

  @Test
  void no_rule_spends_more_than_the_budget() {
    qt().forAll(longs().all(), integers().between(1, 8), integers().between(1, 30))
        .checkAssert(BudgetingProperties::noRuleOverspends);
  }

  private static void noRuleOverspends(long seed, int projects, int voters) {
    ParticipatoryBudget pb = new Instance(seed, projects, voters).budget();
    for (EqualShares.Completion c : EqualShares.Completion.values()) {
      assertThat(EqualShares.costUtilities().withCompletion(c).allocate(pb).remaining())
          .isNotNegative();
    }
    assertThat(Greedy.bySupport(Support.approvals()).allocate(pb).remaining()).isNotNegative();
    assertThat(Knapsack.maximizing(Support.approvals()).allocate(pb).remaining()).isNotNegative();
  }

  @Test
  void knapsack_gathers_at_least_as_many_approvals_as_greedy() {
    qt().forAll(longs().all(), integers().between(1, 8), integers().between(1, 30))
        .checkAssert(BudgetingProperties::knapsackBeatsGreedy);
  }

  private static void knapsackBeatsGreedy(long seed, int projects, int voters) {
    ParticipatoryBudget pb = new Instance(seed, projects, voters).budget();
    assertThat(approvals(Knapsack.maximizing(Support.approvals()).allocate(pb)))
        .isGreaterThanOrEqualTo(approvals(Greedy.bySupport(Support.approvals()).allocate(pb)));
  }

  @Test
  void every_equal_shares_round_is_paid_within_the_voters_shares() {
    qt().forAll(
            longs().all(),
            integers().between(1, 8),
            integers().between(1, 30),
            integers().between(0, EqualShares.Completion.values().length - 1))
        .checkAssert(BudgetingProperties::roundsArePaidWithinShares);
  }

  private static void roundsArePaidWithinShares(
      long seed, int projects, int voters, int completion) {
    ParticipatoryBudget pb = new Instance(seed, projects, voters).budget();
    BudgetOutcome o =
        EqualShares.costUtilities()
            .withCompletion(EqualShares.Completion.values()[completion])
            .allocate(pb);
    for (BudgetOutcome.EqualSharesRound r : o.rounds()) {
      // payers at the cap cover at most the cost; nobody pays more than an equal share
      assertThat(
              r.maxPayment()
                  .times(r.payers())
                  .compareTo(org.sanshe.core.kernel.Fraction.of(r.cost())))
          .isGreaterThanOrEqualTo(0);
      assertThat(
              r.maxPayment()
                  .compareTo(
                      org.sanshe.core.kernel.Fraction.of(o.virtualBudget(), pb.ballots().voters())))
          .isLessThanOrEqualTo(0);
    }
  }

  private static long approvals(BudgetOutcome o) {
    return o.selected().stream().mapToLong(BudgetOutcome.Selection::support).sum();
  }
}
