package org.sanshe.benchmarks.timebank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.audit.Statement;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.memory.MemoryLedgerStore;

/**
 * The time to produce a statement with running balances over 10,000 entries of one account, in a
 * journal of 110,000 entries where the other 100,000 belong to other accounts. One thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Threads(1)
public class StatementBenchmark {

  private Audit audit;
  private AccountId volunteer;
  private Instant from;
  private Instant to;

  /** A journal with 10,000 entries of one volunteer, one minute apart. */
  @Setup(Level.Trial)
  public void setUp() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    MutableClock clock = new MutableClock(start);
    Ledger ledger = Ledger.builder(clock, new MemoryLedgerStore(200_000)).build();
    int issuance =
        ledger
            .open(AccountId.of("issuance"), AccountKind.ISSUANCE, AccountLimits.unbounded())
            .number();
    volunteer = AccountId.of("volunteer");
    int v = ledger.open(volunteer, AccountKind.INDIVIDUAL, AccountLimits.standard()).number();
    int others =
        ledger
            .open(AccountId.of("others"), AccountKind.INDIVIDUAL, AccountLimits.standard())
            .number();
    long id = 0;
    for (int i = 0; i < 10_000; i++) {
      ledger.transfer(++id, issuance, v, 60, TransferKind.SERVICE_CREDIT);
      for (int k = 0; k < 10; k++) {
        ledger.transfer(++id, issuance, others, 60, TransferKind.SERVICE_CREDIT);
      }
      clock.now = clock.now.plus(Duration.ofMinutes(1));
    }
    audit = new Audit(ledger);
    from = start;
    to = clock.now.plusSeconds(1);
  }

  /**
   * One statement over all 10,000 entries.
   *
   * @return the statement
   */
  @Benchmark
  public Statement statementOf10000Entries() {
    Statement s = audit.statement(volunteer, from, to);
    if (s.lines().size() != 10_000) {
      throw new AssertionError("expected 10,000 lines");
    }
    return s;
  }

  /** A clock the setup moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
