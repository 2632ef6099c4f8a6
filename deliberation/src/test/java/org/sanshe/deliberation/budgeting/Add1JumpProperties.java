package org.sanshe.deliberation.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanshe.deliberation.ConformanceFiles;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.pabulib.PabulibReader;

/**
 * The add1 jump reaches exactly the outcome of the step-by-step definition on random instances with
 * many ties (few distinct costs, repeated ballots, budgets near a multiple of the voter count):
 * with cost utilities the walk over certified ranges (also on every conformance file), with
 * cardinal utilities the stability look-ahead after every unchanged step. The seed of a failing
 * case is in the assertion message.
 */
class Add1JumpProperties {

  private static final long SEED = 0xADD1L;

  private static final EqualShares STEP =
      EqualShares.costUtilities()
          .withCompletion(EqualShares.Completion.ADD1)
          .withAdd1Search(EqualShares.Add1Search.STEP_BY_STEP);

  /** With cardinal utilities (one per approval) the jump is the stability look-ahead. */
  private static final EqualShares CARDINAL_STEP =
      EqualShares.cardinalUtilities()
          .withCompletion(EqualShares.Completion.ADD1)
          .withAdd1Search(EqualShares.Add1Search.STEP_BY_STEP);

  private static final EqualShares JUMP =
      EqualShares.cardinalUtilities()
          .withCompletion(EqualShares.Completion.ADD1)
          .withAdd1Search(EqualShares.Add1Search.JUMP)
          .withPlateau(1);

  /** With cost utilities the jump is the walk over certified ranges. */
  private static final EqualShares WALK =
      EqualShares.costUtilities()
          .withCompletion(EqualShares.Completion.ADD1)
          .withAdd1Search(EqualShares.Add1Search.JUMP);

  static ParticipatoryBudget tiedInstance(SplittableRandom r) {
    int m = 1 + r.nextInt(7);
    long[] costChoices = {1 + r.nextInt(30), 1 + r.nextInt(30), 5 + r.nextInt(300)};
    List<BallotProject> projects = new ArrayList<>();
    long total = 0;
    for (int j = 0; j < m; j++) {
      long cost = costChoices[r.nextInt(costChoices.length)] * (r.nextInt(4) == 0 ? 10 : 1);
      projects.add(BallotProject.of("p" + j, cost));
      total += cost;
    }
    int patterns = 1 + r.nextInt(5);
    List<List<CandidateId>> shapes = new ArrayList<>();
    for (int p = 0; p < patterns; p++) {
      List<CandidateId> approved = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        if (r.nextInt(3) == 0) {
          approved.add(CandidateId.of("p" + j));
        }
      }
      shapes.add(approved);
    }
    int voters = 1 + r.nextInt(12);
    long budget = Math.max(1, r.nextLong(1, Math.max(2, total + 1)));
    if (r.nextBoolean()) {
      budget = Math.max(1, budget / voters * voters - r.nextInt(2));
    }
    if (r.nextBoolean()) {
      // a costly project few voters want: add1 walks a long way before it becomes affordable
      projects.add(BallotProject.of("niche", budget * (1 + r.nextInt(3)) + r.nextInt(7)));
      List<CandidateId> first = new ArrayList<>(shapes.get(0));
      first.add(CandidateId.of("niche"));
      shapes.set(0, first);
    }
    BallotBox.Builder<Ballot> box = BallotBox.builder();
    for (int i = 0; i < voters; i++) {
      box.add(ApprovalBallot.of(shapes.get(r.nextInt(patterns))));
    }
    return ParticipatoryBudget.of(budget, projects, box.build(), BallotConstraints.NONE);
  }

  @Test
  void the_jump_reaches_the_step_by_step_outcome_on_random_tied_instances() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    int jumped = 0;
    for (int run = 0; run < 1000; run++) {
      long seed = seeds.nextLong();
      ParticipatoryBudget pb = tiedInstance(new SplittableRandom(seed));
      for (EqualShares.Add1Start start : EqualShares.Add1Start.values()) {
        BudgetOutcome step = CARDINAL_STEP.withAdd1Start(start).allocate(pb);
        BudgetOutcome jump = JUMP.withAdd1Start(start).allocate(pb);
        assertThat(jump.selectedIds()).as("seed %d %s", seed, start).isEqualTo(step.selectedIds());
        assertThat(jump.virtualBudget())
            .as("seed %d %s", seed, start)
            .isEqualTo(step.virtualBudget());
        assertThat(jump.rounds()).as("seed %d %s", seed, start).isEqualTo(step.rounds());
        if (jump.runs() < step.runs()) {
          jumped++;
        }
      }
    }
    // the property is only worth something if the jump actually skips steps
    assertThat(jumped).isGreaterThan(30);
  }

  @Test
  void the_walk_reaches_the_step_by_step_outcome_on_random_tied_instances() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    int skipped = 0;
    for (int run = 0; run < 1000; run++) {
      long seed = seeds.nextLong();
      ParticipatoryBudget pb = tiedInstance(new SplittableRandom(seed));
      for (EqualShares.Add1Start start : EqualShares.Add1Start.values()) {
        BudgetOutcome step = STEP.withAdd1Start(start).allocate(pb);
        BudgetOutcome gallop = WALK.withAdd1Start(start).allocate(pb);
        assertThat(gallop.selectedIds())
            .as("seed %d %s", seed, start)
            .isEqualTo(step.selectedIds());
        assertThat(gallop.virtualBudget())
            .as("seed %d %s", seed, start)
            .isEqualTo(step.virtualBudget());
        assertThat(gallop.rounds()).as("seed %d %s", seed, start).isEqualTo(step.rounds());
        if (gallop.runs() < step.runs()) {
          skipped++;
        }
      }
    }
    // the property is only worth something if the walk actually skips steps
    assertThat(skipped).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Poland_Warszawa_2017_Sadul.pb",
        "Poland_Warszawa_2019_Okecie.pb",
        "Poland_Krakow_2019_Bienczyce.pb",
        "Poland_Czestochowa_2024_Podjasnogorska.pb",
        "Netherlands_Assen_2024.pb",
        "Poland_Swiecie_2023.pb"
      })
  void the_jump_reaches_the_step_by_step_outcome_on_every_conformance_file(String name) {
    ParticipatoryBudget pb =
        PabulibReader.read(ConformanceFiles.require("pabulib/" + name)).toBudget();
    BudgetOutcome step = STEP.withoutRoundDetails().allocate(pb);
    BudgetOutcome gallop = WALK.withoutRoundDetails().allocate(pb);
    assertThat(gallop.selectedIds()).isEqualTo(step.selectedIds());
    assertThat(gallop.virtualBudget()).isEqualTo(step.virtualBudget());
    BudgetOutcome byDefault =
        EqualShares.costUtilities()
            .withCompletion(EqualShares.Completion.ADD1)
            .withoutRoundDetails()
            .allocate(pb);
    assertThat(byDefault.selectedIds()).isEqualTo(step.selectedIds());
    assertThat(byDefault.virtualBudget()).isEqualTo(step.virtualBudget());
  }

  @Test
  void a_budget_of_ten_billion_with_ten_voters_is_crossed_in_a_few_runs() {
    List<BallotProject> ps =
        List.of(
            BallotProject.of("x", 9_000_000_000L),
            BallotProject.of("y", 1_000_000_000L),
            BallotProject.of("z", 3_000_000_000L));
    BallotBox.Builder<Ballot> b = BallotBox.builder();
    b.add(ApprovalBallot.of("x"));
    for (int i = 0; i < 9; i++) {
      b.add(i % 2 == 0 ? ApprovalBallot.of("y") : ApprovalBallot.of("y", "z"));
    }
    ParticipatoryBudget pb =
        ParticipatoryBudget.of(10_000_000_000L, ps, b.build(), BallotConstraints.NONE);
    BudgetOutcome out =
        EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1).allocate(pb);
    // x (one supporter) becomes affordable only at a virtual budget of 9e10: 8e9 plain steps
    assertThat(out.virtualBudget()).isEqualTo(89_999_999_990L);
    assertThat(out.selectedIds()).containsExactly(CandidateId.of("y"), CandidateId.of("z"));
    assertThat(out.runs()).isLessThan(EqualShares.PLATEAU + 50);
  }

  @Test
  void with_a_free_project_the_jump_looks_ahead_and_reaches_the_step_by_step_outcome() {
    // a project of cost zero keeps the certified fast path out: the stability look-ahead crosses
    // the plateau of 20,000 steps before x (one supporter) becomes affordable
    List<BallotProject> ps =
        List.of(
            BallotProject.of("x", 225_000L),
            BallotProject.of("y", 25_000L),
            BallotProject.of("free", 0));
    BallotBox.Builder<Ballot> b = BallotBox.builder();
    b.add(ApprovalBallot.of("x"));
    for (int i = 0; i < 9; i++) {
      b.add(i % 2 == 0 ? ApprovalBallot.of("y") : ApprovalBallot.of("y", "free"));
    }
    ParticipatoryBudget pb =
        ParticipatoryBudget.of(250_000L, ps, b.build(), BallotConstraints.NONE);
    BudgetOutcome step = STEP.withoutRoundDetails().allocate(pb);
    BudgetOutcome out =
        EqualShares.costUtilities()
            .withCompletion(EqualShares.Completion.ADD1)
            .withoutRoundDetails()
            .allocate(pb);
    assertThat(out.virtualBudget()).isEqualTo(step.virtualBudget());
    assertThat(out.selectedIds()).isEqualTo(step.selectedIds());
    assertThat(step.runs()).isGreaterThan(15_000);
    assertThat(out.runs()).isLessThan(EqualShares.PLATEAU + 50);
  }
}
