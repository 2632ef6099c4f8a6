package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.testkit.MutableClock;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.AccountStatus;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.audit.JournalVerifier;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.HashChain;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * The contract of the {@link LedgerStore} port. Extend it with a fresh, empty store per test and a
 * way to reopen a store over the same data (as a new process would); every test here must pass.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class LedgerStoreContract {

  /** The clock the contract's ledgers run on. */
  protected final MutableClock clock =
      MutableClock.beijing(java.time.Instant.parse("2026-03-01T00:00:00Z"));

  private static final AccountId ISSUANCE = AccountId.of("issuance");
  private static final AccountId ALICE = AccountId.of("alice");
  private static final AccountId BOB = AccountId.of("bob");
  private static final AccountId POOL = AccountId.of("pool");

  /** Creates the contract. */
  protected LedgerStoreContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract LedgerStore newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract LedgerStore reopen(LedgerStore store);

  private Ledger ledgerWithAccounts(LedgerStore store) {
    Ledger ledger = Ledger.builder(clock, store).build();
    ledger.open(ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(ALICE, AccountKind.INDIVIDUAL, AccountLimits.standard());
    ledger.open(BOB, AccountKind.INDIVIDUAL, AccountLimits.standard());
    ledger.open(POOL, AccountKind.COMMUNITY_POOL, AccountLimits.standard());
    ledger.designateDonationPool(POOL);
    return ledger;
  }

  private static TransferRequest request(
      String id, AccountId from, AccountId to, long minutes, TransferKind kind) {
    return new TransferRequest(TransferId.of(id), from, to, TimeCredit.ofMinutes(minutes), kind);
  }

  @Test
  void an_empty_store_has_no_entries_and_the_genesis_head() {
    LedgerStore store = newStore();
    assertThat(store.lastSequence()).isZero();
    assertThat(store.head()).isEqualTo(ChainHash.GENESIS);
    assertThat(store.readRange(1, 10)).isEmpty();
  }

  @Test
  void appended_entries_read_back_exactly_and_the_head_is_anchored() {
    LedgerStore store = newStore();
    Ledger ledger = ledgerWithAccounts(store);
    ledger.transfer(request("s1", ISSUANCE, ALICE, 120, TransferKind.SERVICE_CREDIT));
    long last = ledger.lastSequence();
    LedgerStore other = reopen(store);
    assertThat(other.lastSequence()).isEqualTo(last);
    assertThat(other.head()).isEqualTo(ledger.head());
    List<JournalEntry> all = other.readRange(1, 1000);
    assertThat(all).hasSize((int) last);
    assertThat(all.get((int) last - 1)).isEqualTo(other.read(last));
    assertThat(all.get((int) last - 1).clientId()).isEqualTo("s1");
    assertThat(other.readRange(2, 2)).extracting(JournalEntry::sequence).containsExactly(2L, 3L);
    assertThatThrownBy(() -> other.read(last + 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void an_append_out_of_sequence_is_refused_and_changes_nothing() {
    LedgerStore store = newStore();
    Ledger ledger = ledgerWithAccounts(store);
    long last = ledger.lastSequence();
    EntryBatch stale = new EntryBatch();
    stale.reset(last); // a second writer that has not seen the last entry
    stale.add(clock.millis(), 7, "x", 0, 1, 5, TransferKind.GIFT.code(), (byte) 1, 0);
    assertThatThrownBy(() -> store.append(stale))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_STORE_SEQUENCE));
    assertThat(store.lastSequence()).isEqualTo(last);
    assertThat(store.read(last)).isEqualTo(reopen(store).read(last));
  }

  @Test
  void an_account_is_scanned_newest_first_up_to_a_sequence() {
    LedgerStore store = newStore();
    Ledger ledger = ledgerWithAccounts(store);
    long a =
        ledger.transfer(request("s1", ISSUANCE, ALICE, 60, TransferKind.SERVICE_CREDIT)).sequence();
    long b =
        ledger.transfer(request("s2", ISSUANCE, BOB, 60, TransferKind.SERVICE_CREDIT)).sequence();
    long c = ledger.transfer(request("g1", ALICE, BOB, 30, TransferKind.GIFT)).sequence();
    int alice = ledger.accountNumber(ALICE);
    List<Long> seen = new ArrayList<>();
    store.scanAccountBackward(alice, Long.MAX_VALUE, (s, t, d, cr, m, k, p, r) -> seen.add(s));
    assertThat(seen).startsWith(c, a).doesNotContain(b);
    List<Long> upTo = new ArrayList<>();
    store.scanAccountBackward(alice, c - 1, (s, t, d, cr, m, k, p, r) -> upTo.add(s));
    assertThat(upTo).startsWith(a).doesNotContain(c);
    List<Long> first = new ArrayList<>();
    store.scanAccountBackward(
        alice, Long.MAX_VALUE, (s, t, d, cr, m, k, p, r) -> first.add(s) && false);
    assertThat(first).containsExactly(c);
  }

  @Test
  void a_statement_read_from_the_store_adds_up_to_the_balance() {
    LedgerStore store = newStore();
    Ledger ledger = ledgerWithAccounts(store);
    java.time.Instant from = clock.instant();
    ledger.transfer(request("s1", ISSUANCE, ALICE, 90, TransferKind.SERVICE_CREDIT));
    clock.advance(Duration.ofMinutes(1));
    ledger.transfer(request("g1", ALICE, BOB, 30, TransferKind.GIFT));
    clock.advance(Duration.ofMinutes(1));
    ledger.transfer(request("s2", ISSUANCE, ALICE, 15, TransferKind.SERVICE_CREDIT));
    var statement =
        new Audit(Ledger.builder(clock, reopen(store)).build())
            .statement(ALICE, from, clock.instant().plusSeconds(1));
    assertThat(statement.lines()).hasSize(3);
    assertThat(statement.closing()).isEqualTo(TimeCredit.ofMinutes(75));
    assertThat(statement.opening()).isEqualTo(TimeCredit.ZERO);
  }

  @Test
  void a_ledger_reopened_over_the_store_has_the_same_accounts_balances_reservations_and_head() {
    LedgerStore store = newStore();
    Ledger ledger = ledgerWithAccounts(store);
    ledger.transfer(request("s1", ISSUANCE, ALICE, 120, TransferKind.SERVICE_CREDIT));
    ledger.reserve(request("r1", ALICE, BOB, 30, TransferKind.REDEMPTION), Duration.ofHours(1));
    ledger.freeze(BOB);
    ledger.changeLimits(ALICE, AccountLimits.ofMinimum(TimeCredit.ofMinutes(-60)));

    Ledger restored = Ledger.builder(clock, reopen(store)).build();

    assertThat(restored.accounts()).isEqualTo(ledger.accounts());
    assertThat(restored.account(BOB).status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(restored.head()).isEqualTo(ledger.head());
    assertThat(restored.transfer(request("s1", ISSUANCE, ALICE, 120, TransferKind.SERVICE_CREDIT)))
        .isEqualTo(ledger.find(TransferId.of("s1")));
    restored.unfreeze(BOB);
    restored.post(TransferId.of("r1-post"), TransferId.of("r1"));
    assertThat(restored.account(BOB).balance()).isEqualTo(TimeCredit.ofMinutes(30));
    assertThat(new Audit(restored).verify().intact()).isTrue();
    assertThat(new Audit(restored).reconcile().balanced()).isTrue();
  }

  @Test
  void a_ledger_restarted_from_a_checkpoint_equals_a_full_replay_and_knows_every_old_id() {
    LedgerStore store = newStore();
    Ledger ledger = ledgerWithAccounts(store);
    Transfer credit =
        ledger.transfer(request("s1", ISSUANCE, ALICE, 120, TransferKind.SERVICE_CREDIT));
    ledger.reserve(request("r1", ALICE, BOB, 30, TransferKind.REDEMPTION), Duration.ofHours(1));
    ledger.freeze(POOL);
    assertThat(store.latestCheckpoint()).isEmpty();
    long at = ledger.checkpoint().sequence();
    assertThat(reopen(store).latestCheckpoint()).get().extracting(c -> c.sequence()).isEqualTo(at);
    ledger.post(TransferId.of("r1-post"), TransferId.of("r1"));
    ledger.reserve(request("r2", ALICE, BOB, 10, TransferKind.REDEMPTION), Duration.ofHours(2));
    ledger.transfer(request("g1", BOB, ALICE, 5, TransferKind.GIFT));

    Ledger fromCheckpoint = Ledger.builder(clock, reopen(store)).build();
    Ledger fullReplay = Ledger.builder(clock, reopen(store)).fromCheckpoint(false).build();

    assertThat(fromCheckpoint.accounts()).isEqualTo(ledger.accounts());
    assertThat(fullReplay.accounts()).isEqualTo(ledger.accounts());
    assertThat(fromCheckpoint.head()).isEqualTo(fullReplay.head());
    // an id recorded before the checkpoint is still known: the retry returns the first result
    assertThat(
            fromCheckpoint.transfer(
                request("s1", ISSUANCE, ALICE, 120, TransferKind.SERVICE_CREDIT)))
        .isEqualTo(credit);
    clock.advance(Duration.ofHours(3));
    assertThat(fromCheckpoint.expireOverdue()).isEqualTo(1); // r2, open across the checkpoint
    assertThat(new Audit(fromCheckpoint).verify().intact()).isTrue();
    assertThat(new Audit(fromCheckpoint).reconcile().balanced()).isTrue();
  }

  @Test
  void entries_are_found_by_client_key_up_to_a_sequence() {
    LedgerStore store = newStore();
    Ledger ledger = ledgerWithAccounts(store);
    Transfer first =
        ledger.transfer(request("k1", ISSUANCE, ALICE, 60, TransferKind.SERVICE_CREDIT));
    ledger.transfer(request("k2", ISSUANCE, BOB, 30, TransferKind.SERVICE_CREDIT));
    long last = ledger.lastSequence();
    LedgerStore other = reopen(store);
    long key = TransferId.of("k1").key();
    assertThat(other.findByClientKey(key, last))
        .extracting(JournalEntry::sequence, JournalEntry::clientId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first.sequence(), "k1"));
    assertThat(other.findByClientKey(key, last).get(0)).isEqualTo(other.read(first.sequence()));
    assertThat(other.findByClientKey(key, first.sequence() - 1)).isEmpty();
    assertThat(other.findByClientKey(TransferId.of("k3").key(), last)).isEmpty();
  }

  @Test
  void checkpoints_are_taken_every_so_many_entries_when_asked() {
    LedgerStore store = newStore();
    Ledger ledger = Ledger.builder(clock, store).checkpointEvery(5).build();
    ledger.open(ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(ALICE, AccountKind.INDIVIDUAL, AccountLimits.standard());
    for (int i = 0; i < 12; i++) {
      ledger.transfer(request("c" + i, ISSUANCE, ALICE, 1, TransferKind.SERVICE_CREDIT));
    }
    assertThat(reopen(store).latestCheckpoint())
        .get()
        .satisfies(c -> assertThat(c.sequence()).isGreaterThanOrEqualTo(10))
        .satisfies(c -> assertThat(c.accounts()).hasSize(2));
    assertThat(Ledger.builder(clock, reopen(store)).build().accounts())
        .isEqualTo(ledger.accounts());
  }

  @Test
  void two_ledgers_over_one_journal_never_fork_it() {
    LedgerStore store = newStore();
    Ledger first = ledgerWithAccounts(store);
    first.transfer(request("s1", ISSUANCE, ALICE, 100, TransferKind.SERVICE_CREDIT));
    Ledger second = Ledger.builder(clock, reopen(store)).build();
    second.transfer(request("g1", ALICE, BOB, 10, TransferKind.GIFT));
    // the first ledger has not seen g1: its next append conflicts, it catches up and applies again
    first.transfer(request("g2", ALICE, BOB, 20, TransferKind.GIFT));
    // the same client id on both servers is recorded once
    assertThat(second.transfer(request("g2", ALICE, BOB, 20, TransferKind.GIFT)))
        .isEqualTo(first.find(TransferId.of("g2")));
    second.refresh();
    first.refresh();
    assertThat(first.accounts()).isEqualTo(second.accounts());
    assertThat(first.account(ALICE).balance()).isEqualTo(TimeCredit.ofMinutes(70));
    assertThat(first.sumOfBalances()).isZero();
    assertThat(new Audit(first).verify().intact()).isTrue();
  }

  /**
   * A batch of service credits from account 0 to account 1 chained on a head, with its hashes, as a
   * ledger would hand it over.
   */
  private EntryBatch chained(long first, int rows, ChainHash previous, String tag) {
    EntryBatch b = new EntryBatch();
    b.reset(first);
    HashChain chain = new HashChain();
    chain.reset(previous);
    for (int r = 0; r < rows; r++) {
      long seq = first + r;
      String id = tag + r;
      byte kind = TransferKind.SERVICE_CREDIT.code();
      byte phase = TransferPhase.POSTED.code();
      long key = 1_000_000L + seq;
      b.add(clock.millis(), key, id, 0, 1, 5, kind, phase, 0);
      chain.next(seq, clock.millis(), key, 0, 1, 5, kind, phase, 0, id);
      b.setHash(r, chain.headWord(0), chain.headWord(1), chain.headWord(2), chain.headWord(3));
    }
    return b;
  }

  private static ChainHash lastHash(EntryBatch b) {
    int r = b.size() - 1;
    return new ChainHash(b.hashWord(r, 0), b.hashWord(r, 1), b.hashWord(r, 2), b.hashWord(r, 3));
  }

  /** Appends as a ledger does: the append, then the ordering point marked whatever happened. */
  private static void appendAsLedger(LedgerStore store, EntryBatch b) {
    try {
      store.append(b);
    } finally {
      b.markOrdered();
    }
  }

  @Test
  void a_batch_handed_over_behind_another_commits_after_it_in_order() throws Exception {
    LedgerStore store = newStore();
    if (!store.appendsConcurrently()) {
      return; // one append at a time: nothing more to hold the store to
    }
    Ledger ledger = ledgerWithAccounts(store);
    long last = ledger.lastSequence();
    EntryBatch n = chained(last + 1, 3, ledger.head(), "pn");
    EntryBatch next = chained(last + 4, 2, lastHash(n), "pm");
    n.handOver(null);
    next.handOver(n);
    assertThat(next.followsInFlight()).isTrue();
    CompletableFuture<Void> behind = CompletableFuture.runAsync(() -> appendAsLedger(store, next));
    Thread.sleep(200);
    assertThat(behind).as("the later batch waits for the earlier one").isNotDone();
    assertThat(store.lastSequence()).isEqualTo(last);
    appendAsLedger(store, n);
    behind.get(30, TimeUnit.SECONDS);
    LedgerStore other = reopen(store);
    assertThat(other.lastSequence()).isEqualTo(last + 5);
    assertThat(other.head()).isEqualTo(lastHash(next));
    assertThat(JournalVerifier.verify(other).intact()).isTrue();
    Ledger restored = Ledger.builder(clock, other).build();
    assertThat(restored.account(ALICE).balance()).isEqualTo(TimeCredit.ofMinutes(25));
  }

  @Test
  void a_batch_handed_over_behind_a_failed_one_is_refused_even_where_its_sequence_fits() {
    LedgerStore store = newStore();
    if (!store.appendsConcurrently()) {
      return;
    }
    Ledger ledger = ledgerWithAccounts(store);
    long last = ledger.lastSequence();
    ChainHash head = ledger.head();
    // batch n is stale (another writer took its place): it ends at the store's last sequence
    EntryBatch n = chained(last, 1, ChainHash.GENESIS, "fn");
    EntryBatch next = chained(last + 1, 2, lastHash(n), "fm");
    n.handOver(null);
    next.handOver(n);
    CompletableFuture<Void> behind = CompletableFuture.runAsync(() -> appendAsLedger(store, next));
    assertThatThrownBy(() -> appendAsLedger(store, n))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_STORE_SEQUENCE));
    assertThatThrownBy(() -> behind.get(30, TimeUnit.SECONDS))
        .as("the next batch follows on by sequence, not by hash: refused")
        .cause()
        .isInstanceOf(TimeBankException.class);
    LedgerStore other = reopen(store);
    assertThat(other.lastSequence()).isEqualTo(last);
    assertThat(other.head()).isEqualTo(head);
    assertThat(other.readRange(last + 1, 10)).isEmpty();
  }
}
