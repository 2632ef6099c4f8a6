package org.sanshe.benchmarks.json;

import java.time.Instant;
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
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.audit.Statement;
import org.sanshe.timebank.audit.StatementLine;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;

/**
 * Issue 13 target: writing and reading a 10,000-line statement as JSON at 100 MB/s or more each
 * way, on Jackson 2 ({@code sanshe-jackson}) and Jackson 3 ({@code sanshe-jackson3}) with the
 * default (masked) Sanshe mappers. MB/s = the document size printed at set-up (bytes) times
 * operations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class StatementJsonBenchmark {

  private static final int LINES = 10_000;

  private Statement statement;
  private com.fasterxml.jackson.databind.ObjectMapper jackson2;
  private tools.jackson.databind.ObjectMapper jackson3;
  private byte[] json2;
  private byte[] json3;

  /**
   * Builds a statement of seeded random lines and its JSON.
   *
   * @throws Exception if Jackson fails
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    SplittableRandom random = new SplittableRandom(13);
    AccountId account = AccountId.of("volunteer-000042");
    long balance = 0;
    long millis = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    List<StatementLine> lines = new ArrayList<>(LINES);
    TransferKind[] kinds = TransferKind.values();
    for (int i = 0; i < LINES; i++) {
      long change = random.nextBoolean() ? random.nextLong(15, 480) : -random.nextLong(15, 240);
      balance += change;
      millis += random.nextLong(60_000, 3_600_000);
      lines.add(
          new StatementLine(
              1_000 + i,
              millis,
              kinds[random.nextInt(kinds.length)],
              TransferPhase.POSTED,
              AccountId.of("org-" + random.nextInt(200)),
              change,
              balance));
    }
    statement =
        new Statement(
            account,
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.ofEpochMilli(millis + 1),
            TimeCredit.ZERO,
            lines,
            TimeCredit.ofMinutes(balance));
    jackson2 = org.sanshe.jackson.SansheJson.mapper();
    jackson3 = org.sanshe.jackson3.SansheJson.mapper();
    json2 = jackson2.writeValueAsBytes(statement);
    json3 = jackson3.writeValueAsBytes(statement);
    if (!jackson2.readValue(json2, Statement.class).equals(statement)
        || !jackson3.readValue(json3, Statement.class).equals(statement)) {
      throw new IllegalStateException("the statement does not read back equal");
    }
    System.out.printf(
        "%nstatement JSON: %d bytes (Jackson 2), %d bytes (Jackson 3)%n",
        json2.length, json3.length);
  }

  /**
   * Measures the four operations in CPU time of the measuring thread, which a loaded machine does
   * not distort as much as wall time: {@code java -cp benchmarks.jar
   * org.sanshe.benchmarks.json.StatementJsonBenchmark [rounds]}. Prints MB per CPU second, the
   * one-core throughput of the target.
   *
   * @param args the number of measured rounds (default 40) after as many warm-up rounds
   * @throws Exception if Jackson fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    StatementJsonBenchmark b = new StatementJsonBenchmark();
    b.setUp();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    String[] names = {"writeJackson2", "readJackson2", "writeJackson3", "readJackson3"};
    for (int pass = 0; pass < 2; pass++) {
      for (int op = 0; op < names.length; op++) {
        long sink = 0;
        long c0 = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
          sink +=
              switch (op) {
                case 0 -> b.writeJackson2().length;
                case 1 -> b.readJackson2().lines().size();
                case 2 -> b.writeJackson3().length;
                default -> b.readJackson3().lines().size();
              };
        }
        double seconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        if (pass == 1) {
          System.out.printf(
              "%-14s %8.1f MB per CPU second (%d rounds, %.2f ms CPU each, sink %d)%n",
              names[op],
              b.json2.length * (double) rounds / seconds / 1e6,
              rounds,
              seconds * 1000 / rounds,
              sink);
        }
      }
    }
  }

  /**
   * Writes the statement with Jackson 2.
   *
   * @return the JSON
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public byte[] writeJackson2() throws Exception {
    return jackson2.writeValueAsBytes(statement);
  }

  /**
   * Reads the statement with Jackson 2.
   *
   * @return the statement
   * @throws Exception if Jackson fails
   */
  @Benchmark
  public Statement readJackson2() throws Exception {
    return jackson2.readValue(json2, Statement.class);
  }

  /**
   * Writes the statement with Jackson 3.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writeJackson3() {
    return jackson3.writeValueAsBytes(statement);
  }

  /**
   * Reads the statement with Jackson 3.
   *
   * @return the statement
   */
  @Benchmark
  public Statement readJackson3() {
    return jackson3.readValue(json3, Statement.class);
  }
}
