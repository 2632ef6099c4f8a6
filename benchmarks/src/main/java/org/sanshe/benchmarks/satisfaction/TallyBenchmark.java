package org.sanshe.benchmarks.satisfaction;

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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;
import org.sanshe.core.satisfaction.score.SatisfactionTally;

/**
 * Issue 7 targets, one thread: at least 100 million item answers per second, and 10,000,000
 * responses of 10 items aggregated in at most 1 s, through the tally's array fast path (answers
 * checked, then counted).
 */
@State(Scope.Thread)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class TallyBenchmark {

  private static final int ITEMS = 10;
  private static final int SUBJECTS = 1_000;
  private static final int RESPONSES = 10_000_000;

  private Questionnaire questionnaire;
  private int[] subjects;
  private byte[] categories;
  private byte[] answers;
  private SatisfactionTally tally;
  private List<SubjectId> subjectIds;

  /** Builds 10,000,000 random responses of 10 five-level items over 1,000 subjects. */
  @Setup(Level.Trial)
  public void data() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      Item item = Item.of("Q" + (i + 1), Scale.FIVE_LEVEL);
      items.add(i == ITEMS - 1 ? item.reverseScored() : item);
    }
    questionnaire = Questionnaire.equallyWeighted(QuestionnaireId.of("bench"), items);
    SplittableRandom random = new SplittableRandom(7);
    subjects = new int[RESPONSES];
    categories = new byte[RESPONSES];
    answers = new byte[RESPONSES * ITEMS];
    for (int r = 0; r < RESPONSES; r++) {
      subjects[r] = random.nextInt(SUBJECTS);
      categories[r] = (byte) (random.nextInt(10) < 7 ? 0 : random.nextInt(1, 3));
    }
    for (int a = 0; a < answers.length; a++) {
      answers[a] = (byte) random.nextInt(1, 6);
    }
    subjectIds = new ArrayList<>();
    for (int s = 0; s < SUBJECTS; s++) {
      subjectIds.add(SubjectId.of(SubjectKind.SOCIAL_WORKER, "sw-" + s));
    }
  }

  /** A fresh tally with the subjects registered, before each invocation. */
  @Setup(Level.Invocation)
  public void freshTally() {
    tally = new SatisfactionTally(questionnaire);
    for (SubjectId id : subjectIds) {
      tally.register(id);
    }
  }

  /**
   * Throughput in item answers per second (one operation = one answer).
   *
   * @return the tally, so the work is not dead code
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(RESPONSES * ITEMS)
  public SatisfactionTally itemAnswersPerSecond() {
    tally.addAll(subjects, categories, answers, 0, RESPONSES);
    return tally;
  }

  /**
   * Time to aggregate 10,000,000 responses of 10 items.
   *
   * @return the tally
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SatisfactionTally tenMillionResponses() {
    tally.addAll(subjects, categories, answers, 0, RESPONSES);
    return tally;
  }
}
