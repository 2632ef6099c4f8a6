package org.sanshe.benchmarks.timebank;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferKind;

/**
 * Transfers per second through the ledger's numeric fast path, one thread, with limit checks
 * (minimum balance 0 on every individual, a storage cap on the receivers) and idempotency (every
 * transfer's id is looked up and registered). Plain and hash-chained. Each invocation makes 1,000
 * transfers; the ledger is rebuilt every iteration so memory stays bounded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Threads(1)
public class LedgerBenchmark {

  private static final int BATCH = 1_000;
  private static final int ACCOUNTS = 10_000;

  @Param({"false", "true"})
  public boolean hashChained;

  private Ledger ledger;
  private long nextId;
  private int issuance;
  private final int[] from = new int[BATCH];
  private final int[] to = new int[BATCH];

  /** Builds a ledger with funded accounts. */
  @Setup(Level.Iteration)
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    ledger =
        Ledger.builder(clock, new org.sanshe.timebank.memory.MemoryLedgerStore(12_000_000))
            .hashChained(hashChained)
            .expectedTransfers(12_000_000)
            .build();
    issuance =
        ledger
            .open(AccountId.of("issuance"), AccountKind.ISSUANCE, AccountLimits.unbounded())
            .number();
    AccountLimits capped =
        AccountLimits.standard()
            .withStorageCap(
                TimeCredit.ofHours(1_000_000), org.sanshe.timebank.account.ExcessPolicy.REJECT);
    for (int i = 0; i < ACCOUNTS; i++) {
      int n = ledger.open(AccountId.of("volunteer-" + i), AccountKind.INDIVIDUAL, capped).number();
      ledger.transfer(++nextId, issuance, n, 1_000_000, TransferKind.SERVICE_CREDIT);
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < BATCH; i++) {
      from[i] = 1 + random.nextInt(ACCOUNTS);
      int t;
      do {
        t = 1 + random.nextInt(ACCOUNTS);
      } while (t == from[i]);
      to[i] = t;
    }
  }

  /**
   * 1,000 gifts between random volunteers.
   *
   * @return the last sequence, so the work is not eliminated
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long transfers() {
    long last = 0;
    for (int i = 0; i < BATCH; i++) {
      last = ledger.transfer(++nextId, from[i], to[i], 1, TransferKind.GIFT);
    }
    return last;
  }
}
