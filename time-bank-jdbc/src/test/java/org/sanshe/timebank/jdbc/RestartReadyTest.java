package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.jdbc.Durable.credit;
import static org.sanshe.timebank.jdbc.Durable.gift;
import static org.sanshe.timebank.jdbc.Durable.volunteer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.Checkpoint;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * A ledger restarted from a checkpoint accepts commands before the client keys of the older entries
 * have been read back, and still never applies a retried id twice: the keys it has not read yet are
 * looked up through the journal's client-key index. The background read is held back by a gate, so
 * every command below runs while it has not finished.
 */
class RestartReadyTest {

  private final Clock clock = Durable.clock();
  private final SansheJdbc jdbc = Durable.freshTables();

  /** Delegates to the JDBC store; its scan of all client keys waits until the gate opens. */
  private static final class GatedStore implements LedgerStore {
    private final LedgerStore store;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch scanned = new CountDownLatch(1);

    GatedStore(LedgerStore store) {
      this.store = store;
    }

    @Override
    public void scanClientKeys(long toSequence, ClientKeyVisitor visitor) {
      try {
        if (!gate.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the gate was never opened");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      store.scanClientKeys(toSequence, visitor);
      scanned.countDown();
    }

    @Override
    public boolean looksUpClientKeys() {
      return store.looksUpClientKeys();
    }

    @Override
    public List<JournalEntry> findByClientKey(long clientKey, long toSequence) {
      return store.findByClientKey(clientKey, toSequence);
    }

    @Override
    public long lastSequence() {
      return store.lastSequence();
    }

    @Override
    public void append(EntryBatch batch) {
      store.append(batch);
    }

    @Override
    public JournalEntry read(long sequence) {
      return store.read(sequence);
    }

    @Override
    public List<JournalEntry> readRange(long fromSequence, int maxEntries) {
      return store.readRange(fromSequence, maxEntries);
    }

    @Override
    public void scan(long fromSequence, EntryVisitor visitor) {
      store.scan(fromSequence, visitor);
    }

    @Override
    public void scanAccountBackward(int account, long maxSequence, EntryVisitor visitor) {
      store.scanAccountBackward(account, maxSequence, visitor);
    }

    @Override
    public ChainHash head() {
      return store.head();
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
      store.saveCheckpoint(checkpoint);
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
      return store.latestCheckpoint();
    }
  }

  @Test
  void the_store_looks_client_keys_up_by_index() {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "keys");
    Ledger ledger = Durable.ledger(store, clock);
    Transfer first = ledger.transfer(credit("k1", 0, 60));
    long numeric =
        ledger.transfer(
            77L,
            ledger.accountNumber(Durable.ISSUANCE),
            ledger.accountNumber(volunteer(1)),
            30,
            TransferKind.SERVICE_CREDIT);
    assertThat(store.looksUpClientKeys()).isTrue();
    assertThat(store.findByClientKey(TransferId.of("k1").key(), ledger.lastSequence()))
        .extracting(JournalEntry::sequence, JournalEntry::clientId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first.sequence(), "k1"));
    assertThat(store.findByClientKey(77L, ledger.lastSequence()))
        .extracting(JournalEntry::sequence)
        .containsExactly(numeric);
    assertThat(store.findByClientKey(77L, numeric - 1)).isEmpty(); // only up to the sequence
    assertThat(store.findByClientKey(78L, ledger.lastSequence())).isEmpty();
  }

  @Test
  void a_retry_of_an_old_id_right_after_a_restart_is_not_applied_twice() throws Exception {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "ready");
    Ledger before = Durable.ledger(store, clock);
    int issuance = before.accountNumber(Durable.ISSUANCE);
    int[] accounts = new int[Durable.VOLUNTEERS];
    for (int i = 0; i < accounts.length; i++) {
      accounts[i] = before.accountNumber(volunteer(i));
    }
    List<Transfer> old = new ArrayList<>();
    List<Long> oldNumeric = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      old.add(before.transfer(credit("s" + i, i % accounts.length, 10 + i)));
      oldNumeric.add(
          before.transfer(
              1000L + i, issuance, accounts[i % accounts.length], 5, TransferKind.SERVICE_CREDIT));
    }
    long checkpoint = before.checkpoint().sequence();
    Transfer tail = before.transfer(gift("t1", 0, 1, 3)); // after the checkpoint: replayed

    GatedStore gated = new GatedStore(JdbcLedgerStore.open(jdbc, "ready"));
    Ledger after = Ledger.builder(clock, gated).build();
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    try {
      long last = after.lastSequence();
      assertThat(last).isEqualTo(tail.sequence());
      for (int round = 0; round < 60; round++) {
        int i = random.nextInt(old.size());
        Transfer original = old.get(i);
        assertThat(original.sequence()).isLessThanOrEqualTo(checkpoint);
        assertThat(after.transfer(credit("s" + i, i % accounts.length, 10 + i)))
            .as("retry of s%d, seed %d", i, seed)
            .isEqualTo(original);
        int k = random.nextInt(oldNumeric.size());
        assertThat(
                after.transfer(
                    1000L + k,
                    issuance,
                    accounts[k % accounts.length],
                    5,
                    TransferKind.SERVICE_CREDIT))
            .as("retry of numeric id %d, seed %d", 1000 + k, seed)
            .isEqualTo(oldNumeric.get(k));
      }
      assertThat(after.transfer(gift("t1", 0, 1, 3))).isEqualTo(tail);
      assertThat(after.lastSequence()).as("nothing applied twice").isEqualTo(last);
      assertThat(after.find(TransferId.of("s3"))).isEqualTo(old.get(3));
      // the same old id with other content is refused, and a new id is applied at once
      assertThatThrownBy(() -> after.transfer(credit("s5", 0, 999)))
          .isInstanceOfSatisfying(
              TimeBankException.class,
              e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_ID_REUSED));
      Transfer fresh = after.transfer(credit("new-1", 2, 7));
      assertThat(fresh.sequence()).isEqualTo(last + 1);
      assertThat(gated.scanned.getCount()).as("the old keys were not read yet").isEqualTo(1);
    } finally {
      gated.gate.countDown();
    }
    assertThat(gated.scanned.await(30, TimeUnit.SECONDS)).isTrue();
    // once the background read is merged, retries are still answered from the first result
    assertThat(after.transfer(credit("s0", 0, 10))).isEqualTo(old.get(0));
    assertThat(after.transfer(credit("new-1", 2, 7)).sequence()).isEqualTo(after.lastSequence());

    Ledger replayed =
        Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "ready")).fromCheckpoint(false).build();
    assertThat(replayed.accounts()).isEqualTo(after.accounts());
    assertThat(replayed.lastSequence()).isEqualTo(tail.sequence() + 1);
    assertThat(new Audit(replayed).verify().intact()).isTrue();
    assertThat(new Audit(replayed).reconcile().balanced()).isTrue();
  }

  @Test
  void while_the_old_keys_load_a_stopped_database_refuses_the_command_and_nothing_changes() {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "ready-outage");
    Ledger before = Durable.ledger(store, clock);
    Transfer original = before.transfer(credit("o1", 0, 60));
    before.checkpoint();
    GatedStore gated = new GatedStore(JdbcLedgerStore.open(jdbc, "ready-outage"));
    Ledger after = Ledger.builder(clock, gated).build();
    long last = after.lastSequence();
    try {
      TestDatabase.stop();
      try {
        assertThatThrownBy(() -> after.transfer(credit("o1", 0, 60)))
            .isInstanceOfSatisfying(
                TimeBankException.class,
                e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_STORE_FAILED));
      } finally {
        TestDatabase.start();
      }
      assertThat(after.transfer(credit("o1", 0, 60))).isEqualTo(original);
      assertThat(after.lastSequence()).isEqualTo(last);
    } finally {
      gated.gate.countDown();
    }
  }
}
