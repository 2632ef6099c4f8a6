package org.sanshe.timebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.store.JournalEntry;

/** Many threads moving hours at random, with retries, over one ledger. Bounded: a few seconds. */
class LedgerConcurrencyTest {

  @Test
  void many_threads_moving_hours_at_random_conserve_the_total_and_lose_or_duplicate_nothing()
      throws Exception {
    Ledger ledger =
        Ledger.builder(Clock.systemUTC(), new org.sanshe.timebank.memory.MemoryLedgerStore())
            .build();
    int issuance =
        ledger
            .open(AccountId.of("issuance"), AccountKind.ISSUANCE, AccountLimits.unbounded())
            .number();
    int accounts = 20;
    int[] numbers = new int[accounts];
    for (int i = 0; i < accounts; i++) {
      numbers[i] =
          ledger
              .open(AccountId.of("v" + i), AccountKind.INDIVIDUAL, AccountLimits.standard())
              .number();
    }
    long opened = ledger.lastSequence(); // one journal entry per account opened
    AtomicLong ids = new AtomicLong();
    AtomicLong succeeded = new AtomicLong();
    int threads = 8;
    int perThread = 5_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> futures =
          java.util.stream.IntStream.range(0, threads)
              .mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            SplittableRandom random = new SplittableRandom(t);
                            long ok = 0;
                            for (int i = 0; i < perThread; i++) {
                              long id = ids.incrementAndGet();
                              int to = numbers[random.nextInt(accounts)];
                              int from =
                                  random.nextInt(4) == 0
                                      ? issuance
                                      : numbers[random.nextInt(accounts)];
                              long minutes = 1 + random.nextInt(90);
                              try {
                                long seq =
                                    ledger.transfer(id, from, to, minutes, TransferKind.GIFT);
                                ok++;
                                // a retry from another moment returns the same sequence
                                assertThat(
                                        ledger.transfer(id, from, to, minutes, TransferKind.GIFT))
                                    .isEqualTo(seq);
                              } catch (TimeBankException refused) {
                                // insufficient balance or same account: nothing changed
                              }
                            }
                            return ok;
                          }))
              .toList();
      for (Future<Long> f : futures) {
        succeeded.addAndGet(f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ledger.sumOfBalances()).isZero();
    assertThat(ledger.lastSequence()).isEqualTo(opened + succeeded.get());
    Set<Long> keys = new HashSet<>();
    for (JournalEntry e : Audit.paged(ledger.store())) {
      if (org.sanshe.timebank.ledger.AccountChange.isAccountChange(e.phase())) {
        continue;
      }
      assertThat(keys.add(e.clientKey())).as("transfer %s recorded once", e.clientKey()).isTrue();
    }
    assertThat(keys).hasSize((int) succeeded.get());
    Audit audit = new Audit(ledger);
    assertThat(audit.reconcile().balanced()).isTrue();
    assertThat(audit.verify().intact()).isTrue();
  }
}
