package org.sanshe.benchmarks.timebank;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.memory.MemoryLedgerStore;

/**
 * Measures what JMH does not: retained memory per journal entry and per account (used heap after
 * {@code System.gc()} before and after building, divided by the count), bytes allocated per
 * transfer on the hot path (thread allocation counter), and transfers per second of thread CPU time
 * (robust when the machine is shared). Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.sanshe.benchmarks.timebank.LedgerFootprint}.
 */
public final class LedgerFootprint {

  private LedgerFootprint() {}

  /**
   * Runs the measurements.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    int accounts = 1_000_000;
    long before = usedAfterGc();
    Ledger ledger =
        Ledger.builder(clock, new MemoryLedgerStore(16))
            .hashChained(true)
            .expectedTransfers(16)
            .build();
    int issuance =
        ledger
            .open(AccountId.of("issuance"), AccountKind.ISSUANCE, AccountLimits.unbounded())
            .number();
    for (int i = 0; i < accounts; i++) {
      ledger.open(
          AccountId.of("vol-" + (1_000_000 + i)), AccountKind.INDIVIDUAL, AccountLimits.standard());
    }
    long afterAccounts = usedAfterGc();
    System.out.printf(
        "retained per account: %.1f bytes (%d accounts, ids like vol-1000000)%n",
        (afterAccounts - before) / (double) accounts, accounts);

    int entries = 4_000_000;
    SplittableRandom random = new SplittableRandom(1);
    long id = 0;
    for (int i = 0; i < entries; i++) {
      ledger.transfer(
          ++id, issuance, 1 + random.nextInt(accounts), 60, TransferKind.SERVICE_CREDIT);
    }
    long afterEntries = usedAfterGc();
    System.out.printf(
        "retained per journal entry: %.1f bytes (%d hash-chained entries incl. idempotency index)%n",
        (afterEntries - afterAccounts) / (double) entries, entries);

    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (boolean chained : new boolean[] {false, true}) {
      for (int round = 0; round < 3; round++) {
        Ledger l =
            Ledger.builder(clock, new MemoryLedgerStore(6_000_000))
                .hashChained(chained)
                .expectedTransfers(6_000_000)
                .build();
        int iss =
            l.open(AccountId.of("issuance"), AccountKind.ISSUANCE, AccountLimits.unbounded())
                .number();
        for (int i = 0; i < 10_000; i++) {
          int n =
              l.open(AccountId.of("v" + i), AccountKind.INDIVIDUAL, AccountLimits.standard())
                  .number();
          l.transfer(1_000_000_000L + i, iss, n, 1_000_000, TransferKind.SERVICE_CREDIT);
        }
        int n = 5_000_000;
        int[] from = new int[4096];
        int[] to = new int[4096];
        for (int i = 0; i < 4096; i++) {
          from[i] = 1 + random.nextInt(10_000);
          int t;
          do {
            t = 1 + random.nextInt(10_000);
          } while (t == from[i]);
          to[i] = t;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
          l.transfer(i + 1L, from[i & 4095], to[i & 4095], 1, TransferKind.GIFT);
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf(
            "%s round %d: %.2f M transfers/s of CPU time, %.2f M/s wall, %.2f bytes allocated per transfer%n",
            chained ? "hash-chained" : "plain",
            round,
            n * 1e3 / cpu,
            n * 1e3 / wall,
            allocated / (double) n);
      }
    }
    org.sanshe.timebank.audit.Audit audit = new org.sanshe.timebank.audit.Audit(ledger);
    AccountId busy = AccountId.of("busy");
    int b = ledger.open(busy, AccountKind.INDIVIDUAL, AccountLimits.standard()).number();
    for (int i = 0; i < 10_000; i++) {
      ledger.transfer(++id, issuance, b, 60, TransferKind.SERVICE_CREDIT);
      for (int k = 0; k < 10; k++) {
        ledger.transfer(
            ++id, issuance, 1 + random.nextInt(accounts), 1, TransferKind.SERVICE_CREDIT);
      }
    }
    Instant all = Instant.parse("2025-01-01T00:00:00Z");
    Instant end = Instant.parse("2027-01-01T00:00:00Z");
    for (int round = 0; round < 30; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      int lines = audit.statement(busy, all, end).lines().size();
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      if (round % 10 == 9) {
        System.out.printf("statement of %d entries: %.3f ms of CPU time%n", lines, cpu / 1e6);
      }
    }
    if (ledger.sumOfBalances() != 0) {
      throw new AssertionError("unbalanced");
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
