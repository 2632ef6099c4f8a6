package org.sanshe.benchmarks.satisfaction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;
import org.sanshe.core.satisfaction.score.SatisfactionTally;

/**
 * A companion to {@link TallyBenchmark} for a shared machine: aggregates the same 10,000,000
 * responses of 10 items several times and reports both the wall time and the CPU time of the thread
 * (which other processes on the machine inflate much less). Run with {@code java -cp
 * benchmarks/target/benchmarks.jar org.sanshe.benchmarks.satisfaction.TallyCpuTime [passes]}.
 */
public final class TallyCpuTime {

  private TallyCpuTime() {}

  /**
   * Runs the passes and prints one line per pass and a summary.
   *
   * @param args optionally the number of passes (default 12)
   */
  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int items = 10;
    int responses = 10_000_000;
    int subjectCount = 1_000;
    List<Item> list = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      Item item = Item.of("Q" + (i + 1), Scale.FIVE_LEVEL);
      list.add(i == items - 1 ? item.reverseScored() : item);
    }
    Questionnaire questionnaire = Questionnaire.equallyWeighted(QuestionnaireId.of("bench"), list);
    SplittableRandom random = new SplittableRandom(7);
    int[] subjects = new int[responses];
    byte[] categories = new byte[responses];
    byte[] answers = new byte[responses * items];
    for (int r = 0; r < responses; r++) {
      subjects[r] = random.nextInt(subjectCount);
      categories[r] = (byte) (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3));
    }
    for (int a = 0; a < answers.length; a++) {
      answers[a] = (byte) random.nextInt(1, 6);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[passes];
    long[] wall = new long[passes];
    for (int p = 0; p < passes; p++) {
      SatisfactionTally tally = new SatisfactionTally(questionnaire);
      for (int s = 0; s < subjectCount; s++) {
        tally.register(SubjectId.of(SubjectKind.SOCIAL_WORKER, "sw-" + s));
      }
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      tally.addAll(subjects, categories, answers, 0, responses);
      wall[p] = System.nanoTime() - w0;
      cpu[p] = threads.getCurrentThreadCpuTime() - c0;
      System.out.printf(
          Locale.ROOT,
          "pass %2d: wall %4d ms, cpu %4d ms, %s responses%n",
          p + 1,
          wall[p] / 1_000_000,
          cpu[p] / 1_000_000,
          tally.responses());
    }
    // The first passes include JIT compilation.
    long[] steadyCpu = Arrays.copyOfRange(cpu, passes / 3, passes);
    long[] steadyWall = Arrays.copyOfRange(wall, passes / 3, passes);
    Arrays.sort(steadyCpu);
    Arrays.sort(steadyWall);
    long medianCpu = steadyCpu[steadyCpu.length / 2];
    System.out.printf(
        Locale.ROOT,
        "steady state: median cpu %d ms (%.0f M answers per cpu-second), best wall %d ms,"
            + " median wall %d ms%n",
        medianCpu / 1_000_000,
        (double) responses * items / (medianCpu / 1e9) / 1e6,
        steadyWall[0] / 1_000_000,
        steadyWall[steadyWall.length / 2] / 1_000_000);
  }
}
