package org.sanshe.timebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.Checkpoint;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * More than one batch in flight ({@link Ledger.Builder#appendsInFlight(int)}): batch n fails while
 * batch n+1 is already handed to the store, before or after the store committed n.
 */
class PipelinedAppendTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Holds the first append once armed until the next batch arrived, then fails it. */
  static class GatedStore implements LedgerStore {
    final MemoryLedgerStore inner = new MemoryLedgerStore();
    final CountDownLatch held = new CountDownLatch(1);
    final CountDownLatch nextArrived = new CountDownLatch(1);
    volatile boolean armed;
    volatile boolean commitBeforeFailing;
    volatile boolean nextFollowed;

    @Override
    public boolean appendsConcurrently() {
      return true;
    }

    @Override
    public void append(EntryBatch batch) {
      boolean fail = false;
      synchronized (this) {
        if (armed) {
          armed = false;
          fail = true;
        }
      }
      if (fail) {
        held.countDown();
        await(nextArrived);
        if (commitBeforeFailing) {
          inner.append(batch);
        }
        batch.markOrdered();
        throw new IllegalStateException("the connection dropped");
      }
      if (held.getCount() == 0 && nextArrived.getCount() == 1) {
        nextFollowed = batch.followsInFlight();
        nextArrived.countDown();
      }
      inner.append(batch); // waits for the previous batch, then appends if it follows on
    }

    private static void await(CountDownLatch latch) {
      try {
        if (!latch.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test timed out");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public long lastSequence() {
      return inner.lastSequence();
    }

    @Override
    public JournalEntry read(long sequence) {
      return inner.read(sequence);
    }

    @Override
    public List<JournalEntry> readRange(long fromSequence, int maxEntries) {
      return inner.readRange(fromSequence, maxEntries);
    }

    @Override
    public void scan(long fromSequence, EntryVisitor visitor) {
      inner.scan(fromSequence, visitor);
    }

    @Override
    public void scanAccountBackward(int account, long maxSequence, EntryVisitor visitor) {
      inner.scanAccountBackward(account, maxSequence, visitor);
    }

    @Override
    public ChainHash head() {
      return inner.head();
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
      inner.saveCheckpoint(checkpoint);
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
      return inner.latestCheckpoint();
    }
  }

  private static Ledger ledger(LedgerStore store, LedgerFixture.MovableClock clock) {
    Ledger ledger = Ledger.builder(clock, store).appendsInFlight(2).build();
    ledger.open(LedgerFixture.ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(LedgerFixture.ALICE, AccountKind.INDIVIDUAL, AccountLimits.standard());
    ledger.open(LedgerFixture.BOB, AccountKind.INDIVIDUAL, AccountLimits.standard());
    LedgerFixture.credit(ledger, "seed-a", LedgerFixture.ALICE, 600);
    LedgerFixture.credit(ledger, "seed-b", LedgerFixture.BOB, 600);
    return ledger;
  }

  private static TransferRequest gift(String id, long minutes) {
    return LedgerFixture.request(
        id, LedgerFixture.ALICE, LedgerFixture.BOB, minutes, TransferKind.GIFT);
  }

  /** Runs batch n (held and failed by the store) and batch n+1 (handed over while n is held). */
  private void failFirstOfTwo(Ledger ledger, GatedStore store) throws Exception {
    store.armed = true;
    Future<Transfer> n = pool.submit(() -> ledger.transfer(gift("n", 30)));
    GatedStore.await(store.held);
    Future<Transfer> next = pool.submit(() -> ledger.transfer(gift("n1", 45)));
    for (Future<Transfer> f : List.of(n, next)) {
      assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOf(TimeBankException.class)
          .extracting(e -> ((TimeBankException) e).error())
          .isEqualTo(TimeBankError.LEDGER_STORE_FAILED);
    }
    assertThat(store.nextFollowed).as("batch n+1 was handed over behind batch n").isTrue();
  }

  @Test
  void batch_n_fails_before_committing_and_batch_n_plus_1_in_flight_is_undone_with_it()
      throws Exception {
    LedgerFixture.MovableClock clock = LedgerFixture.clock();
    GatedStore store = new GatedStore();
    Ledger ledger = ledger(store, clock);
    List<?> accountsBefore = ledger.accounts();
    ChainHash headBefore = ledger.head();
    long lastBefore = ledger.lastSequence();

    failFirstOfTwo(ledger, store);

    assertThat(store.inner.lastSequence()).as("nothing stored").isEqualTo(lastBefore);
    assertThat(ledger.accounts()).as("balances back exactly").isEqualTo(accountsBefore);
    assertThat(ledger.head()).as("chain head back").isEqualTo(headBefore);
    assertThat(ledger.lastSequence()).isEqualTo(lastBefore);
    assertThat(ledger.find(TransferId.of("n"))).as("index back").isNull();
    assertThat(ledger.find(TransferId.of("n1"))).as("index back").isNull();

    // the ledger goes on: both ids are applied afresh, once
    Transfer n1 = ledger.transfer(gift("n1", 45));
    Transfer n = ledger.transfer(gift("n", 30));
    assertThat(n1.sequence()).isEqualTo(lastBefore + 1);
    assertThat(n.sequence()).isEqualTo(lastBefore + 2);
    assertThat(ledger.transfer(gift("n", 30)).sequence()).isEqualTo(n.sequence());
    assertThat(ledger.balanceMinutes(ledger.accountNumber(LedgerFixture.ALICE)))
        .isEqualTo(600 - 75);
    Ledger restarted = Ledger.builder(clock, store.inner).build();
    assertThat(restarted.accounts()).isEqualTo(ledger.accounts());
    assertThat(new Audit(restarted).verify().intact()).isTrue();
    assertThat(restarted.sumOfBalances()).isZero();
  }

  @Test
  void batch_n_fails_after_committing_and_batch_n_plus_1_commits_behind_it_both_are_read_back()
      throws Exception {
    LedgerFixture.MovableClock clock = LedgerFixture.clock();
    GatedStore store = new GatedStore();
    store.commitBeforeFailing = true;
    Ledger ledger = ledger(store, clock);
    long lastBefore = ledger.lastSequence();

    failFirstOfTwo(ledger, store);

    assertThat(store.inner.lastSequence()).as("both committed").isEqualTo(lastBefore + 2);
    // the callers were not acknowledged; a retry finds what the store committed, never twice
    assertThat(ledger.transfer(gift("n1", 45)).sequence()).isEqualTo(lastBefore + 2);
    assertThat(ledger.transfer(gift("n", 30)).sequence()).isEqualTo(lastBefore + 1);
    assertThat(ledger.lastSequence()).isEqualTo(lastBefore + 2);
    assertThat(ledger.balanceMinutes(ledger.accountNumber(LedgerFixture.BOB))).isEqualTo(600 + 75);
    Ledger restarted = Ledger.builder(clock, store.inner).build();
    assertThat(restarted.accounts()).isEqualTo(ledger.accounts());
    assertThat(restarted.head()).isEqualTo(ledger.head());
    assertThat(new Audit(restarted).verify().intact()).isTrue();
  }

  @Test
  void more_than_one_batch_in_flight_needs_a_store_that_appends_concurrently() {
    LedgerStore oneAtATime =
        new GatedStore() {
          @Override
          public boolean appendsConcurrently() {
            return false;
          }
        };
    Ledger.Builder builder = Ledger.builder(LedgerFixture.clock(), oneAtATime).appendsInFlight(2);
    assertThatThrownBy(builder::build)
        .isInstanceOf(TimeBankException.class)
        .extracting(e -> ((TimeBankException) e).error())
        .isEqualTo(TimeBankError.TIMEBANK_POLICY_INVALID);
    assertThat(Ledger.builder(LedgerFixture.clock(), oneAtATime).appendsInFlight(1).build())
        .isNotNull();
    Ledger.Builder unchained =
        Ledger.builder(LedgerFixture.clock(), new MemoryLedgerStore())
            .hashChained(false)
            .appendsInFlight(2);
    assertThatThrownBy(unchained::build)
        .isInstanceOf(TimeBankException.class)
        .extracting(e -> ((TimeBankException) e).error())
        .isEqualTo(TimeBankError.TIMEBANK_POLICY_INVALID);
    for (int bad : new int[] {0, -1, 17}) {
      assertThatThrownBy(
              () ->
                  Ledger.builder(LedgerFixture.clock(), new MemoryLedgerStore())
                      .appendsInFlight(bad))
          .isInstanceOf(TimeBankException.class)
          .extracting(e -> ((TimeBankException) e).error())
          .isEqualTo(TimeBankError.TIMEBANK_POLICY_INVALID);
    }
  }
}
