package org.sanshe.benchmarks.voting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.BitSet;
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
import org.sanshe.deliberation.budgeting.ParticipatoryBudget;
import org.sanshe.deliberation.pabulib.PabulibReader;
import org.sanshe.deliberation.pabulib.ReadMode;

/**
 * Issue 16 target: reading a Pabulib file and building its ballot box, Kraków 2024 shape (65,101
 * approval ballots, about 4 MB), at most 40 ms warm. Kraków 2024 is not in the conformance folder,
 * so the benchmark measures the largest conformance file (Świecie 2023, 2,553 ballots) and a
 * synthetic file of Kraków's shape drawn from a seed: 120 projects with decimal costs, 65,101 votes
 * of 1 to 15 approvals with age, sex, voting method and district columns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PabulibReadBenchmark {

  private String swiecie;
  private String krakowShape;

  /**
   * Loads Świecie and draws the synthetic file.
   *
   * @throws IOException if the conformance file cannot be read
   */
  @Setup(Level.Trial)
  public void load() throws IOException {
    swiecie =
        Files.readString(
            EqualSharesBenchmark.conformance("pabulib/Poland_Swiecie_2023.pb"),
            StandardCharsets.UTF_8);
    krakowShape = krakowShape(20240101L);
  }

  /**
   * A synthetic file of Kraków 2024's shape.
   *
   * @param seed the seed
   * @return the text, about 4 MB
   */
  static String krakowShape(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 120;
    StringBuilder sb = new StringBuilder(4_200_000);
    sb.append("META\nkey;value\ndescription;Synthetic city-wide PB of Kraków 2024's shape\n");
    sb.append("country;Poland\nunit;Synthetic\ninstance;2024\nnum_projects;").append(m);
    sb.append("\nnum_votes;65101\nbudget;35000000.50\nvote_type;approval\nrule;greedy\n");
    sb.append("max_length;15\ncurrency;PLN\nPROJECTS\nproject_id;cost;votes;name;selected\n");
    for (int j = 0; j < m; j++) {
      sb.append(1000 + j).append(';').append(100_000 + r.nextInt(2_000_000)).append(".25;0;");
      sb.append("Project number ").append(j).append(";0\n");
    }
    sb.append("VOTES\nvoter_id;vote;age;sex;voting_method;district\n");
    String[] districts = {"Stare Miasto", "Grzegórzki", "Prądnik Czerwony", "Krowodrza"};
    for (int i = 0; i < 65_101; i++) {
      sb.append(100_000 + i).append(';');
      int k = 1 + r.nextInt(15);
      BitSet seen = new BitSet();
      boolean first = true;
      for (int x = 0; x < k; x++) {
        int j = r.nextInt(m);
        if (!seen.get(j)) {
          seen.set(j);
          sb.append(first ? "" : ",").append(1000 + j);
          first = false;
        }
      }
      sb.append(';').append(18 + r.nextInt(70)).append(';').append(r.nextBoolean() ? 'M' : 'F');
      sb.append(r.nextBoolean() ? ";internet;" : ";paper;");
      sb.append(districts[r.nextInt(districts.length)]).append('\n');
    }
    return sb.toString();
  }

  /**
   * Reads Świecie 2023 and builds its ballot box.
   *
   * @return the budget
   */
  @Benchmark
  public ParticipatoryBudget swiecieReadAndBox() {
    return PabulibReader.parse(swiecie).toBudget();
  }

  /**
   * Reads the Kraków-shaped file (lenient: its votes columns are not filled) and builds its box.
   *
   * @return the budget
   */
  @Benchmark
  public ParticipatoryBudget krakowShapeReadAndBox() {
    return PabulibReader.parse(krakowShape, ReadMode.LENIENT).toBudget();
  }

  /**
   * Reads the Kraków-shaped file only.
   *
   * @return the number of votes
   */
  @Benchmark
  public int krakowShapeReadOnly() {
    return PabulibReader.parse(krakowShape, ReadMode.LENIENT).votes().size();
  }
}
