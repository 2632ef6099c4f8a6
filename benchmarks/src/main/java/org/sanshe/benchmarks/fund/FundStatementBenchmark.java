package org.sanshe.benchmarks.fund;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundKind;
import org.sanshe.core.fund.FundStatement;
import org.sanshe.core.fund.MemberId;
import org.sanshe.core.fund.memory.InMemoryFunds;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * Issue 18's target: a fund statement of 10,000 movements in at most 1 ms, with 1,000,000 fund
 * movements in the store. One mutual-aid fund of 100 members holds the million movements (one a
 * second): subscriptions, service fees (two movements each), loans and repayments; one member's
 * loan account has exactly 10,000 of them. {@link #memberLoanStatement} is that account's statement
 * over the whole journal; {@link #poolWindowStatement} is the pool's statement over the time window
 * holding its last 10,000 movements. One thread, in memory ({@link InMemoryFunds}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class FundStatementBenchmark {

  /** Movements in the store. */
  static final int MOVEMENTS = 1_000_000;

  private InMemoryFunds funds;
  private FundId id;
  private MemberId watched;
  private Instant from;
  private Instant to;
  private Instant windowFrom;

  /** Builds the fund: 1,000,000 movements, saved in one add (the store checks the whole chain). */
  @Setup(Level.Trial)
  public void setUp() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    id = FundId.of("bench-aid");
    Fund f = Fund.open(id, FundKind.MUTUAL_AID, "商会互助金", "clerk", t0);
    MemberId[] members = new MemberId[100];
    for (int i = 0; i < members.length; i++) {
      members[i] = MemberId.of("firm-" + i);
      f.registerMember(members[i], "clerk", t0);
    }
    watched = members[0];
    Counterparty payer = Counterparty.organization(OrganizationId.of("org-payer"));
    Money unit = Money.ofYuan(100);
    int watchedMovements = 0;
    long second = 0;
    while (f.lastSeq() < MOVEMENTS) {
      Instant at = t0.plusSeconds(++second);
      long left = MOVEMENTS - f.lastSeq();
      if (second % 60 == 0 && watchedMovements < 10_000) {
        if (watchedMovements % 2 == 0) {
          f.lend(watched, unit, "clerk", at);
        } else {
          f.repay(watched, unit, "clerk", at);
        }
        watchedMovements++;
      } else if (second % 3 == 0 && left >= 2) {
        f.collectServiceFee(Money.parse("10.01"), payer, "clerk", at);
      } else {
        f.subscribe(members[1 + (int) (second % 99)], unit, "clerk", at);
      }
    }
    if (watchedMovements != 10_000) {
      throw new AssertionError("the watched account has " + watchedMovements + " movements");
    }
    funds = new InMemoryFunds();
    funds.add(f);
    from = t0;
    to = t0.plusSeconds(second + 1);
    // every second moves the pool once (a subscription, a fee's remainder, a loan or a
    // repayment), so its last 10,000 movements are those of the last 10,000 seconds
    windowFrom = t0.plusSeconds(second - 9_999);
  }

  /**
   * The statement of the member loan account with 10,000 movements among 1,000,000.
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
   * The pool's statement over the window of its last 10,000 movements (with its opening balance).
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
