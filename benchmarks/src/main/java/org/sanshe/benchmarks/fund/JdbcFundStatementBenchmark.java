package org.sanshe.benchmarks.fund;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundKind;
import org.sanshe.core.fund.FundStatement;
import org.sanshe.core.fund.MemberId;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.fund.JdbcFunds;

/**
 * {@link FundStatementBenchmark}'s statements on PostgreSQL through {@link JdbcFunds}: the same
 * fund of 1,000,000 movements (saved in 100 updates of 10,000), one member's loan account with
 * 10,000 of them, the pool's window of its last 10,000. The server is given by {@code
 * -Dsanshe.bench.jdbc.url=...} (such as {@code ../shared/tools/pg-throwaway start 55460}); tables
 * with prefix {@code bfund_} are kept and reused when they hold the whole fund. One thread, one
 * connection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class JdbcFundStatementBenchmark {

  private static final String URL =
      System.getProperty(
          "sanshe.bench.jdbc.url",
          "jdbc:postgresql://127.0.0.1:55460/postgres?user=sanshe&reWriteBatchedInserts=true");

  private OneConnection pool;
  private JdbcFunds funds;
  private final FundId id = FundId.of("bench-aid");
  private final MemberId watched = MemberId.of("firm-0");
  private Instant from;
  private Instant to;
  private Instant windowFrom;

  /**
   * Loads the fund unless the tables hold it already.
   *
   * @throws SQLException if the server cannot be reached
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    pool = new OneConnection(URL);
    SansheJdbc jdbc = SansheJdbc.builder(pool).tablePrefix("bfund_").build();
    JdbcFunds.migrate(jdbc);
    funds = JdbcFunds.open(jdbc);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    from = t0;
    Fund stored = funds.find(id).orElse(null);
    if (stored == null) {
      long started = System.nanoTime();
      Fund f = Fund.open(id, FundKind.MUTUAL_AID, "商会互助金", "clerk", t0);
      MemberId[] members = new MemberId[100];
      for (int i = 0; i < members.length; i++) {
        members[i] = MemberId.of("firm-" + i);
        f.registerMember(members[i], "clerk", t0);
      }
      funds.add(f);
      Counterparty payer = Counterparty.organization(OrganizationId.of("org-payer"));
      Money unit = Money.ofYuan(100);
      int watchedMovements = 0;
      long second = 0;
      while (true) {
        Fund g = funds.find(id).orElseThrow();
        long target = Math.min(FundStatementBenchmark.MOVEMENTS, g.lastSeq() + 10_000);
        while (g.lastSeq() < target) {
          Instant at = t0.plusSeconds(++second);
          long left = target - g.lastSeq();
          if (second % 60 == 0 && watchedMovements < 10_000) {
            if (watchedMovements % 2 == 0) {
              g.lend(watched, unit, "clerk", at);
            } else {
              g.repay(watched, unit, "clerk", at);
            }
            watchedMovements++;
          } else if (second % 3 == 0 && left >= 2) {
            g.collectServiceFee(Money.parse("10.01"), payer, "clerk", at);
          } else {
            g.subscribe(members[1 + (int) (second % 99)], unit, "clerk", at);
          }
        }
        funds.update(g);
        if (target == FundStatementBenchmark.MOVEMENTS) {
          break;
        }
      }
      System.out.printf(
          "loaded %,d movements in %.1f s%n",
          FundStatementBenchmark.MOVEMENTS, (System.nanoTime() - started) / 1e9);
      jdbc.inTransaction(
          c -> {
            try (var s = c.createStatement()) {
              s.execute("ANALYZE");
            }
            return null;
          });
      stored = funds.find(id).orElseThrow();
    }
    to = stored.snapshot().lastAt().plusSeconds(1);
    windowFrom = to.minusSeconds(10_000);
  }

  /**
   * Closes the connection.
   *
   * @throws SQLException if closing fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    pool.close();
  }

  /**
   * The member loan account's statement: 10,000 movements among 1,000,000.
   *
   * @return the statement
   */
  @Benchmark
  public FundStatement memberLoanStatement() {
    FundStatement s = funds.statement(id, FundAccountId.loanOf(watched), from, to);
    if (s.movements().size() != 10_000) {
      throw new AssertionError("expected 10,000 movements, got " + s.movements().size());
    }
    return s;
  }

  /**
   * The pool's statement over the window of its last 10,000 movements.
   *
   * @return the statement
   */
  @Benchmark
  public FundStatement poolWindowStatement() {
    FundStatement s = funds.statement(id, FundAccountId.POOL, windowFrom, to);
    if (s.movements().size() != 10_000) {
      throw new AssertionError("expected 10,000 movements, got " + s.movements().size());
    }
    return s;
  }
}
