package org.sanshe.timebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.store.JournalEntry;

/**
 * Callers wait for their own batch only (parked per batch, woken when it lands, one caller of the
 * open batch woken to hand it over): with many threads, random store failures (before and after a
 * commit) and 1, 2 or 4 batches in flight, every caller comes back exactly once, acknowledged or
 * refused, none sleeps forever, and the journal holds exactly what was acknowledged (plus batches
 * whose commit was reported failed). Prints its seed on failure; {@code -Dsanshe.seed=...} re-runs
 * it.
 */
class TargetedWakeUpTest {

  private static final int ACCOUNTS = 8;
  private static final int THREADS = 48;
  private static final int COMMANDS = 120;

  @Test
  void every_caller_comes_back_exactly_once_whatever_the_store_does() throws Exception {
    long seed = Long.getLong("sanshe.seed", System.nanoTime());
    for (int depth : new int[] {1, 2, 4}) {
      run(seed + depth, depth);
    }
  }

  private static AccountId account(int i) {
    return AccountId.of("w" + i);
  }

  private static void run(long seed, int depth) throws Exception {
    String context = "seed " + seed + ", depth " + depth;
    LedgerDurabilityTest.FlakyStore store = new LedgerDurabilityTest.FlakyStore(seed, 0.15);
    store.healthy = true;
    LedgerFixture.MovableClock clock = LedgerFixture.clock();
    Ledger ledger = Ledger.builder(clock, store).appendsInFlight(depth).build();
    ledger.open(LedgerFixture.ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    for (int i = 0; i < ACCOUNTS; i++) {
      ledger.open(account(i), AccountKind.INDIVIDUAL, AccountLimits.unbounded());
    }
    store.healthy = false;
    Map<String, String> outcome = new ConcurrentHashMap<>();
    AtomicReference<Throwable> unexpected = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SplittableRandom random = new SplittableRandom(seed * 31 + t);
      int thread = t;
      Thread th =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int n = 0; n < COMMANDS; n++) {
                    String id = "t" + thread + "-" + n;
                    int from = random.nextInt(ACCOUNTS);
                    int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    String result;
                    try {
                      if (random.nextInt(4) == 0) {
                        ledger.transferLinked(
                            List.of(
                                request(id, LedgerFixture.ISSUANCE, account(from), 2),
                                request(id + "-b", account(from), account(to), 1)));
                      } else {
                        ledger.transfer(request(id, LedgerFixture.ISSUANCE, account(to), 1));
                      }
                      result = "acknowledged";
                    } catch (TimeBankException e) {
                      if (e.error() != TimeBankError.LEDGER_STORE_FAILED) {
                        throw e;
                      }
                      result = "failed";
                    }
                    if (outcome.putIfAbsent(id, result) != null) {
                      throw new AssertionError(id + " came back twice");
                    }
                    if (random.nextInt(50) == 0) {
                      Thread.sleep(0, 1 + random.nextInt(100_000)); // callers arrive unevenly
                    }
                  }
                } catch (Throwable e) {
                  unexpected.compareAndSet(null, e);
                } finally {
                  finished.countDown();
                }
              },
              "wake-" + t);
      th.setDaemon(true);
      threads.add(th);
      th.start();
    }
    start.countDown();
    boolean done = finished.await(90, TimeUnit.SECONDS);
    if (!done) {
      StringBuilder stuck = new StringBuilder();
      for (Thread th : threads) {
        if (th.isAlive()) {
          stuck.append(th.getName()).append(' ').append(th.getState()).append("; ");
          th.interrupt();
        }
      }
      throw new AssertionError(context + ": callers never came back (a lost wake-up): " + stuck);
    }
    assertThat(unexpected.get()).as(context).isNull();
    assertThat(outcome).as(context).hasSize(THREADS * COMMANDS);
    assertThat(outcome.values()).as(context + ": the store failed some batches").contains("failed");
    assertThat(store.maxBatch).as(context + ": callers shared batches").isGreaterThan(1);

    store.healthy = true;
    ledger.refresh();
    Ledger restored = Ledger.builder(clock, store.inner).build();
    assertThat(restored.head()).as(context).isEqualTo(ledger.head());
    for (Map.Entry<String, String> e : outcome.entrySet()) {
      if (e.getValue().equals("acknowledged")) {
        assertThat(restored.find(TransferId.of(e.getKey())))
            .as(context + ": %s kept", e.getKey())
            .isNotNull();
      }
    }
    for (JournalEntry e : Audit.paged(store.inner)) {
      String id = e.clientId();
      if (id == null || AccountChange.isAccountChange(e.phase())) {
        continue;
      }
      String base = id.endsWith("-b") ? id.substring(0, id.length() - 2) : id;
      if (!"acknowledged".equals(outcome.get(base))) {
        assertThat(store.ambiguous)
            .as(context + ": unacknowledged %s kept", id)
            .contains(e.sequence());
      }
    }
    assertThat(restored.sumOfBalances()).as(context).isZero();
    assertThat(new Audit(restored).verify().intact()).as(context).isTrue();
  }

  private static TransferRequest request(String id, AccountId from, AccountId to, long minutes) {
    return new TransferRequest(
        TransferId.of(id), from, to, TimeCredit.ofMinutes(minutes), TransferKind.GIFT);
  }

  @Test
  void a_caller_parked_for_its_batch_keeps_waiting_through_an_interrupt() throws Exception {
    LedgerDurabilityTest.FlakyStore store = new LedgerDurabilityTest.FlakyStore(1, 0);
    store.healthy = true;
    Ledger ledger = Ledger.builder(LedgerFixture.clock(), store).appendsInFlight(2).build();
    ledger.open(LedgerFixture.ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(account(0), AccountKind.INDIVIDUAL, AccountLimits.unbounded());
    List<Thread> callers = new ArrayList<>();
    Map<String, Boolean> interruptedAfter = new ConcurrentHashMap<>();
    for (int t = 0; t < 16; t++) {
      String id = "i" + t;
      Thread th =
          new Thread(
              () -> {
                for (int n = 0; n < 50; n++) {
                  ledger.transfer(request(id + "-" + n, LedgerFixture.ISSUANCE, account(0), 1));
                }
                interruptedAfter.put(id, Thread.currentThread().isInterrupted());
              });
      callers.add(th);
      th.start();
    }
    for (Thread th : callers) {
      th.interrupt();
    }
    for (Thread th : callers) {
      th.join(Duration.ofSeconds(60).toMillis());
      assertThat(th.isAlive()).as("a caller never came back").isFalse();
    }
    // every transfer landed, and the interrupt is still there for the caller to see
    assertThat(ledger.account(account(0)).balance().toMinutes()).isEqualTo(16 * 50);
    assertThat(interruptedAfter).hasSize(16).containsValue(true);
  }
}
