package org.sanshe.benchmarks.voting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.budgeting.EqualShares;
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;
import org.sanshe.deliberation.pabulib.PabulibReader;

/**
 * Issue 6 targets: Equal Shares with add1 on Warszawa 2019 Okęcie (791 voters, 26 projects, about
 * 900 Equal Shares runs) at most 100 ms; Equal Shares without completion on a synthetic 100,000
 * voters by 100 projects approval instance at most 500 ms. Reads the conformance file from {@code
 * $SANSHE_CONFORMANCE_DIR/pabulib/} or {@code ../shared/conformance/pabulib/} relative to the
 * working directory (run from the project root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EqualSharesBenchmark {

  private ParticipatoryBudget okecie;
  private ParticipatoryBudget synthetic;
  private ParticipatoryBudget tenBillion;
  private ParticipatoryBudget okecieMinusOne;

  private final EqualShares add1 =
      EqualShares.costUtilities().withCompletion(EqualShares.Completion.ADD1);

  /** Loads Okęcie and draws the synthetic instance (seeded). */
  @Setup(Level.Trial)
  public void load() {
    okecie = PabulibReader.read(conformance("pabulib/Poland_Warszawa_2019_Okecie.pb")).toBudget();
    synthetic = synthetic(100_000, 100, 20260101L);
    tenBillion = tenBillion();
    okecieMinusOne = minusOneApproval(conformance("pabulib/Poland_Warszawa_2019_Okecie.pb"), 13);
  }

  /**
   * Issue 14: the file with one approval removed, the first of the voter on the given line after
   * the VOTES header (line 13: voter 1430, whose 7 approvals become 6), which made 448 of 924 add1
   * runs fall back to exact rationals before the fast path learned exact ties.
   */
  static ParticipatoryBudget minusOneApproval(Path file, int voterLine) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(file));
      int at = lines.indexOf("VOTES") + 2 + voterLine;
      String[] f = lines.get(at).split(";", -1);
      f[1] = f[1].substring(f[1].indexOf(',') + 1);
      lines.set(at, String.join(";", f));
      return PabulibReader.read(new java.io.StringReader(String.join("\n", lines) + "\n"))
          .toBudget();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Equal Shares with add1 on Okęcie with one approval removed, selection only.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome okecieMinusOneAdd1SelectionOnly() {
    return add1.withoutRoundDetails().allocate(okecieMinusOne);
  }

  /**
   * Issue 16: a budget of 1e10 with 10 voters, where one voter's project of 9e9 becomes affordable
   * only at a virtual budget of 9e10 (8e9 plain add1 steps).
   */
  static ParticipatoryBudget tenBillion() {
    BallotBox.Builder<Ballot> b = BallotBox.builder();
    b.add(ApprovalBallot.of("x"));
    for (int i = 0; i < 9; i++) {
      b.add(i % 2 == 0 ? ApprovalBallot.of("y") : ApprovalBallot.of("y", "z"));
    }
    return ParticipatoryBudget.of(
        10_000_000_000L,
        List.of(
            BallotProject.of("x", 9_000_000_000L),
            BallotProject.of("y", 1_000_000_000L),
            BallotProject.of("z", 3_000_000_000L)),
        b.build(),
        BallotConstraints.NONE);
  }

  /**
   * Equal Shares with add1 (jump) on a budget of 1e10 with 10 voters, with explanation.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome tenBillionAdd1() {
    return add1.allocate(tenBillion);
  }

  /**
   * Equal Shares with add1 on Okęcie, selection only, step by step (the reference).
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome okecieAdd1StepByStep() {
    return add1.withoutRoundDetails()
        .withAdd1Search(EqualShares.Add1Search.STEP_BY_STEP)
        .allocate(okecie);
  }

  static Path conformance(String relative) {
    String dir = System.getenv("SANSHE_CONFORMANCE_DIR");
    Path base = dir != null && !dir.isBlank() ? Paths.get(dir) : Paths.get("../shared/conformance");
    Path file = base.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "conformance file missing: " + file.toAbsolutePath() + " (run from the project root)");
    }
    return file;
  }

  static ParticipatoryBudget synthetic(int voters, int projects, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<BallotProject> list = new ArrayList<>();
    long total = 0;
    for (int j = 0; j < projects; j++) {
      long cost = 10_000 + random.nextInt(190_001);
      list.add(new BallotProject(CandidateId.of("p" + j), cost, ""));
      total += cost;
    }
    // popularity varies by project: approval probability 2% to 20%
    int[] percent = new int[projects];
    for (int j = 0; j < projects; j++) {
      percent[j] = 2 + random.nextInt(19);
    }
    BallotBox.Builder<Ballot> box = BallotBox.builder();
    for (int i = 0; i < voters; i++) {
      List<CandidateId> approved = new ArrayList<>();
      for (int j = 0; j < projects; j++) {
        if (random.nextInt(100) < percent[j]) {
          approved.add(list.get(j).id());
        }
      }
      box.add(ApprovalBallot.of(approved));
    }
    return ParticipatoryBudget.of(total / 4, list, box.build(), BallotConstraints.NONE);
  }

  /**
   * Equal Shares with add1 on Okęcie, with the full explanation of the final run.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome okecieAdd1() {
    return add1.allocate(okecie);
  }

  /**
   * Equal Shares with add1 on Okęcie, selection only.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome okecieAdd1SelectionOnly() {
    return add1.withoutRoundDetails().allocate(okecie);
  }

  /**
   * Equal Shares without completion on 100,000 voters by 100 projects, selection only.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome synthetic100kSelectionOnly() {
    return EqualShares.costUtilities().withoutRoundDetails().allocate(synthetic);
  }
}
