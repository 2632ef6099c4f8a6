package org.sanshe.benchmarks.affairs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.jdbc.JdbcVotes;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.deliberation.ownersvote.VotingWindow;
import org.sanshe.jdbc.SansheJdbc;

/**
 * Casting the 100,000 ballots of an owners' vote durably on PostgreSQL (issue 12: at least 5,000
 * per second, fsync on). Each iteration opens a fresh vote of 100,000 owners (areas to the cm²),
 * then the benchmark threads cast every owner's ballot once through {@link VotingDesk#cast} over
 * {@link JdbcVotes}: one transaction per ballot (a register INSERT and one stripe UPDATE, committed
 * before the call returns). Single-shot: each thread casts its equal slice; ballots per second =
 * 100,000 / the slowest thread's time, also printed from wall-clock time at the end of each
 * iteration, after checking that the stored turnout is exactly 100,000.
 *
 * <p>Needs a PostgreSQL with fsync on, such as {@code ../shared/tools/pg-throwaway start 55440};
 * {@code -p url=...} names it. The store borrows from a fixed pool of 8 connections (the
 * integrator's pool).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
@Threads(16)
@Fork(1)
public class DurableBallotsBenchmark {

  static final int OWNERS = 100_000;
  private static final int POOL = 8;
  private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-03-15T00:00:00Z");
  private static final Instant DURING = Instant.parse("2026-03-05T00:00:00Z");
  private static final List<Option> OPTIONS = List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN);

  /** The JDBC URL of a PostgreSQL with fsync on. */
  @Param("jdbc:postgresql://127.0.0.1:55440/postgres?user=sanshe")
  public String url;

  /** Counter stripes per option. */
  @Param("16")
  public int stripes;

  private final ConcurrentLinkedQueue<Connection> connections = new ConcurrentLinkedQueue<>();
  private JdbcVotes votes;
  private VotingDesk desk;
  private Electorate electorate;
  private VoterId[] voters;
  private int iteration;
  VoteId current;
  final AtomicInteger slices = new AtomicInteger();
  final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
  final AtomicLong lastEnd = new AtomicLong();

  /** Migrates fresh tables and builds the electorate. */
  @Setup(Level.Trial)
  public void setUpTrial() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "server_version")) {
        try (ResultSet r = s.executeQuery("SHOW " + setting)) {
          r.next();
          System.out.println("# PostgreSQL " + setting + " = " + r.getString(1));
        }
      }
    }
    SansheJdbc jdbc =
        SansheJdbc.builder(pooled()).tablePrefix("bv" + System.nanoTime() % 100_000 + "_").build();
    JdbcVotes.migrate(jdbc);
    votes = JdbcVotes.open(jdbc, stripes);
    desk = new VotingDesk(votes, Clock.fixed(DURING, ZoneOffset.UTC), IdSource.sequential("x"));
    List<Elector> electors = new ArrayList<>(OWNERS);
    voters = new VoterId[OWNERS];
    for (int i = 0; i < OWNERS; i++) {
      voters[i] = VoterId.of("owner-" + i);
      electors.add(
          Elector.of(voters[i], FloorArea.ofSquareCentimetres(500_000 + (i * 7919L) % 1_500_000)));
    }
    electorate = Electorate.of(electors);
  }

  /**
   * Adds a fresh vote of 100,000 owners and reads it once (as the first cast of a server would).
   */
  @Setup(Level.Iteration)
  public void setUpIteration() {
    current = VoteId.of("owners-" + iteration++);
    votes.add(
        Vote.open(
            current,
            "Rebuild the north wall",
            electorate,
            OPTIONS,
            VotingWindow.of(OPENS, CLOSES),
            OPENS));
    votes.find(current).orElseThrow();
    slices.set(0);
    firstStart.set(Long.MAX_VALUE);
    lastEnd.set(0);
  }

  /** Checks that every ballot was stored once and prints the wall-clock rate. */
  @TearDown(Level.Iteration)
  public void checkIteration() {
    long turnout = votes.find(current).orElseThrow().turnout();
    if (turnout != OWNERS) {
      throw new IllegalStateException("stored turnout " + turnout + ", expected " + OWNERS);
    }
    double seconds = (lastEnd.get() - firstStart.get()) / 1e9;
    System.out.printf(
        "%n# %d ballots stored in %.2f s wall clock: %.0f ballots/s%n",
        OWNERS, seconds, OWNERS / seconds);
  }

  /** Closes the connections. */
  @TearDown(Level.Trial)
  public void tearDownTrial() throws SQLException {
    for (Connection c : connections) {
      c.close();
    }
  }

  /**
   * A fixed pool of {@link #POOL} connections, standing in for the integrator's pool: closing a
   * borrowed connection returns it. (Group commit writes with one connection at a time; the others
   * serve reads and the one-by-one path.)
   */
  private DataSource pooled() throws SQLException {
    java.util.concurrent.BlockingQueue<Connection> idle =
        new java.util.concurrent.ArrayBlockingQueue<>(POOL);
    for (int i = 0; i < POOL; i++) {
      Connection c = DriverManager.getConnection(url);
      connections.add(c);
      idle.add(c);
    }
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new SQLException("not supported by the benchmark's data source");
              }
              Connection c = idle.poll(60, TimeUnit.SECONDS);
              if (c == null) {
                throw new SQLException("no pooled connection free for 60 s", "08001");
              }
              boolean[] returned = {false};
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("close")) {
                      if (!returned[0]) {
                        returned[0] = true;
                        idle.add(c);
                      }
                      return null;
                    }
                    try {
                      return m.invoke(c, a);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
  }

  /** One benchmark thread's slice of the owners. */
  @State(Scope.Thread)
  public static class Slice {
    int from;
    int to;

    /**
     * Takes the next slice.
     *
     * @param b the shared state
     * @param params the run's parameters (for the thread count)
     */
    @Setup(Level.Iteration)
    public void take(DurableBallotsBenchmark b, BenchmarkParams params) {
      int threads = params.getThreads();
      int k = b.slices.getAndIncrement();
      from = (int) ((long) OWNERS * k / threads);
      to = (int) ((long) OWNERS * (k + 1) / threads);
    }
  }

  /**
   * Casts this thread's slice of ballots, one durable transaction each.
   *
   * @param slice the slice
   * @return the last turnout seen
   */
  @Benchmark
  public long castSlice(Slice slice) {
    long start = System.nanoTime();
    firstStart.accumulateAndGet(start, Math::min);
    long turnout = 0;
    for (int i = slice.from; i < slice.to; i++) {
      turnout = desk.cast(current, voters[i], OPTIONS.get(i % 3)).turnout();
    }
    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
    return turnout;
  }
}
