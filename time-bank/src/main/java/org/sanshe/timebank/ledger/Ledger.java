package org.sanshe.timebank.ledger;

import static org.sanshe.timebank.error.TimeBankError.LEDGER_ACCOUNT_CAPACITY;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ACCOUNT_CLOSED;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ACCOUNT_EXISTS;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ACCOUNT_FROZEN;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ACCOUNT_NOT_EMPTY;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ACCOUNT_UNKNOWN;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_AMOUNT_NOT_POSITIVE;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_AMOUNT_OVERFLOW;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_BATCH_EMPTY;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ID_DUPLICATE_IN_BATCH;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ID_INVALID;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_ID_REUSED;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_LINKED_TRANSFER_FAILED;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_MINIMUM_BALANCE;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_NO_DONATION_POOL;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_PENDING_CLOSED;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_PENDING_UNKNOWN;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_POST_EXCEEDS_PENDING;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_SAME_ACCOUNT;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_STORAGE_CAP;
import static org.sanshe.timebank.error.TimeBankError.LEDGER_TIMEOUT_INVALID;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.AccountStatus;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.internal.Growth;
import org.sanshe.timebank.internal.LongLongHashMap;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.Checkpoint;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.HashChain;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * The time-bank ledger: accounts and double-entry transfers of exact minutes, so that all balances
 * always sum to zero (verified service is credited from an {@link AccountKind#ISSUANCE} account,
 * whose balance is negative).
 *
 * <p><b>Rules.</b> Every transfer names a client id; a retry with the same id and content returns
 * the first result and changes nothing, the same id with other content is refused ({@code
 * LEDGER_ID_REUSED}). Refused commands change nothing and throw a {@link LedgerException} with a
 * specific code: zero or negative amounts, overflow, unknown, frozen or closed accounts, a transfer
 * to the same account, a minimum balance or storage cap crossed. Pending (reserved) amounts count
 * against limits. A linked batch succeeds or fails as a whole. A storage cap with {@link
 * ExcessPolicy#DIVERT_TO_DONATION_POOL} books the credit and moves the excess on to the donation
 * pool in the same batch; pending transfers never divert, they are refused above a cap. Pending
 * transfers are posted (in full or part), voided, or expire when the injected clock passes their
 * deadline: before each command the ledger first records the expiry of every overdue reservation,
 * which is a consequence of time, not of the command. Failed commands are not remembered: retrying
 * a refused id re-evaluates it.
 *
 * <p><b>Performance.</b> Accounts and the idempotency index are parallel primitive arrays and an
 * open-addressing {@code long -> long} map; the journal is written through reusable column batches
 * and hashed with one reusable digest. The numeric fast path {@link #transfer(long, int, int, long,
 * TransferKind)} allocates nothing.
 *
 * <p><b>Storage and group commit.</b> Everything the ledger knows is in the journal of its {@link
 * LedgerStore}: transfers and the account lifecycle alike ({@link AccountChange}: opening with kind
 * and limits, freezing, unfreezing, closing, limit changes, the donation-pool designation), all
 * under the hash chain, so a ledger built over a non-empty store replays it, checking the chain and
 * the store's anchored head, and continues where it stopped; nothing else needs to be kept. With a
 * {@link Checkpoint} (saved on demand with {@link #checkpoint()} or every so many entries, {@link
 * Builder#checkpointEvery(long)}) a restart restores the state after the checkpoint's entry and
 * replays only the entries after it, verifying the chain from the checkpoint's hash; the client
 * keys of older entries are then read in the background. Until they are, a retried id must still
 * never be applied twice: over a store that indexes client keys ({@link
 * LedgerStore#looksUpClientKeys()}, as the JDBC store does) each command whose key is not found in
 * memory asks the store for the older entries carrying it ({@link LedgerStore#findByClientKey(long,
 * long)}), so commands are accepted as soon as the ledger is built; over any other store commands
 * wait until the keys are read (reads never wait). Commands are applied in memory by one writer at
 * a time and their entries are appended in batches: while one batch is being appended (outside the
 * lock), later commands are applied and staged into the next one, which the first of their callers
 * appends as soon as the store is free. With {@link Builder#appendsInFlight(int)} above 1 the store
 * is "free" while fewer than that many batches are being appended: the next batch is handed over
 * while the previous one commits, and the store commits them in sequence order. A command returns
 * only after the batch holding its entries was committed by the store. If the store fails to commit
 * a batch (it throws, the connection drops, another writer appended first), every command staged
 * since the last committed batch is undone in memory exactly, in reverse order, its callers get a
 * {@link LedgerException} with code {@code LEDGER_STORE_FAILED} (the store's exception as cause;
 * with several batches in flight, the later ones fail with the first one and are undone with it),
 * and the ledger reads back from the store whatever it did commit before the next command, so the
 * chain stays valid. When the store reports that another writer appended first (a second server
 * over the same ledger), the command is applied again over the caught-up state, up to {@value
 * #WRITER_ATTEMPTS} times, then refused with {@code LEDGER_WRITER_CONFLICT}. A retried client id is
 * recognised across restarts and writers because the idempotency index is rebuilt from the journal.
 *
 * <p><b>Reads.</b> Account snapshots and balances include commands whose batch is still being
 * appended (and are undone with them if it fails). {@link #balances()}, {@link #lastSequence()},
 * {@link #head()} and the account scans behind statements first wait until everything staged is
 * committed, so they describe the journal as stored. {@link #refresh()} reads entries that another
 * writer appended.
 *
 * <p><b>Thread safety.</b> Thread-safe: one lock guards the in-memory state; the store is called
 * outside it for appends, so concurrent callers share batches. A single writer gives a total order
 * of the journal, which the hash chain needs anyway.
 */
public final class Ledger {

  /** How many times a command is applied again after another writer appended first. */
  public static final int WRITER_ATTEMPTS = 8;

  private static final byte OPEN = 0;
  private static final byte FROZEN = 1;
  private static final byte CLOSED = 2;

  private static final byte P_OPEN = 0;
  private static final byte P_POSTED = 1;
  private static final byte P_VOIDED = 2;
  private static final byte P_EXPIRED = 3;

  private static final byte POSTED = TransferPhase.POSTED.code();
  private static final byte PENDING = TransferPhase.PENDING.code();
  private static final byte POST_PENDING = TransferPhase.POST_PENDING.code();
  private static final byte VOID_PENDING = TransferPhase.VOID_PENDING.code();
  private static final byte EXPIRE_PENDING = TransferPhase.EXPIRE_PENDING.code();
  private static final byte DIVERTED = TransferPhase.DIVERTED.code();
  private static final byte DONATION = TransferKind.DONATION.code();
  private static final byte A_OPENED = AccountChange.OPENED.code();
  private static final byte A_FROZEN = AccountChange.FROZEN.code();
  private static final byte A_UNFROZEN = AccountChange.UNFROZEN.code();
  private static final byte A_CLOSED = AccountChange.CLOSED.code();
  private static final byte A_LIMITS = AccountChange.LIMITS_CHANGED.code();
  private static final byte A_POOL = AccountChange.DONATION_POOL_DESIGNATED.code();
  private static final AccountKind[] KINDS = AccountKind.values();
  private static final AccountStatus[] STATUSES = AccountStatus.values();

  private final Object lock = new Object();
  private final Clock clock;
  private final LedgerStore store;
  private final HashChain chain;

  /** Whether the store looks client keys up through an index (see {@link #existing}). */
  private final boolean lookUps;

  /** The open batch: entries applied in memory and not yet handed to the store. */
  private EntryBatch batch = new EntryBatch();

  /** The most batches being appended at once (see {@link Builder#appendsInFlight(int)}). */
  private final int depth;

  /** The batches handed to the store whose outcome is not recorded yet, oldest first. */
  private final ArrayDeque<Slot> inFlight = new ArrayDeque<>();

  /** Batches to reuse. */
  private final ArrayDeque<EntryBatch> spares = new ArrayDeque<>();

  private Flight openFlight = new Flight();

  /** Set after a failed append: the store may hold more than memory, read it back first. */
  private boolean resync;

  private long lastSequence;
  private long lastTimestamp;
  private long durableSequence;
  private long durableTimestamp;
  private ChainHash durableHead = ChainHash.GENESIS;
  private int durablePendingCount;
  private int durableFirstOpenPending;

  /** Entries at or below this sequence are not in the idempotency index yet (0: all are). */
  private long indexFloor;

  private RuntimeException indexFailure;
  private final long checkpointEvery;
  private long lastCheckpoint;
  private Checkpoint dueCheckpoint;

  /** Undo records of account changes not yet committed: {sequence, change, account, previous}. */
  private final ArrayDeque<long[]> accountUndo = new ArrayDeque<>();

  private int accountCount;
  private byte[][] accountIds = new byte[16][];
  private int[] idTable = new int[32];
  private long[] balance = new long[16];
  private long[] pendingDebits = new long[16];
  private long[] pendingCredits = new long[16];
  private byte[] kinds = new byte[16];
  private byte[] statuses = new byte[16];
  private short[] profileOf = new short[16];
  private AccountLimits[] profiles = new AccountLimits[4];
  private long[] profileMin = new long[4];
  private long[] profileCap = new long[4];
  private boolean[] profileDivert = new boolean[4];
  private int profileCount;
  private int donationPool = -1;

  private final LongLongHashMap ids;
  private Map<String, Long> collidedIds;

  private final LongLongHashMap pendingSlots = new LongLongHashMap(16);
  private long[] pendingSequence = new long[16];
  private long[] pendingDeadline = new long[16];
  private long[] pendingAmount = new long[16];
  private int[] pendingDebit = new int[16];
  private int[] pendingCredit = new int[16];
  private byte[] pendingKind = new byte[16];
  private byte[] pendingState = new byte[16];
  private int pendingCount;
  private int firstOpenPending;
  private long nextDeadline = Long.MAX_VALUE;
  private int stagedPendings;

  /**
   * The outcome of one batch, shared by the commands staged into it, and the callers parked until
   * it lands (or, for the open batch, until it may be handed to the store). Guarded by the lock.
   */
  private static final class Flight {
    private boolean done;
    private RuntimeException failure;
    private int pendingCount;
    private int firstOpenPending;

    /** Threads parked in {@link Ledger#committed} for this flight; null while there is none. */
    private ArrayList<Thread> waiters;

    private void park(Thread t) {
      if (waiters == null) {
        waiters = new ArrayList<>();
      }
      waiters.add(t);
    }
  }

  /**
   * Threads to unpark once the lock is released: the waiters of the flights that landed, and one
   * waiter of the open flight that may hand it over. Guarded by the lock.
   */
  private final ArrayList<Thread> toWake = new ArrayList<>();

  /** A batch handed to the store. Guarded by the lock. */
  private static final class Slot {
    private final EntryBatch batch;
    private final Flight flight;
    private boolean returned;
    private RuntimeException failure;

    /** Set when an earlier batch failed: this one is rolled back whatever its append does. */
    private boolean doomed;

    private Slot(EntryBatch batch, Flight flight) {
      this.batch = batch;
      this.flight = flight;
    }

    private boolean holds(long sequence) {
      return sequence >= batch.firstSequence() && sequence < batch.firstSequence() + batch.size();
    }
  }

  private Ledger(Builder b) {
    this.clock = b.clock;
    this.store = b.store;
    this.lookUps = b.store.looksUpClientKeys();
    this.chain = b.hashChained ? new HashChain() : null;
    this.ids = new LongLongHashMap(b.expectedTransfers);
    this.checkpointEvery = b.checkpointEvery;
    this.depth = b.appendsInFlight;
    if (depth > 1 && !store.appendsConcurrently()) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of(
              "more than one append in flight needs a store that appends concurrently",
              "多个批次同时写入需要支持并发追加的存储"));
    }
    if (depth > 1 && chain == null) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of("more than one append in flight needs the hash chain", "多个批次同时写入需要哈希链"));
    }
    synchronized (lock) {
      if (b.fromCheckpoint) {
        store.latestCheckpoint().ifPresent(this::restore);
      }
      catchUp();
      lastCheckpoint = indexFloor;
    }
    if (indexFloor > 0) {
      startIndexLoad();
    }
  }

  /**
   * Restores the state of a checkpoint bound to the journal (its head is the stored hash of its
   * entry); a checkpoint that is not is ignored and the whole journal replayed.
   */
  private void restore(Checkpoint cp) {
    if (cp.sequence() > store.lastSequence()
        || (chain != null && !store.read(cp.sequence()).hash().equals(cp.head()))) {
      return;
    }
    for (Checkpoint.AccountState a : cp.accounts()) {
      byte kindCode = a.kindCode();
      AccountLimits limits =
          AccountLimits.ofMinutes(
              a.minimumMinutes(),
              a.capMinutes(),
              (kindCode & 1) == 1 ? ExcessPolicy.DIVERT_TO_DONATION_POOL : ExcessPolicy.REJECT);
      addAccount(a.id(), KINDS[kindCode >> 1], profile(limits));
      int n = a.number();
      statuses[n] = a.status();
      balance[n] = a.balance();
      pendingDebits[n] = a.pendingDebits();
      pendingCredits[n] = a.pendingCredits();
    }
    donationPool = cp.donationPool();
    for (Checkpoint.OpenReservation r : cp.reservations()) {
      stagePendingSlot(r.sequence(), r.deadline(), r.debit(), r.credit(), r.amount(), r.kind());
      pendingSlots.put(r.sequence(), pendingCount - 1);
      nextDeadline = Math.min(nextDeadline, r.deadline());
    }
    stagedPendings = 0;
    firstOpenPending = 0;
    lastSequence = cp.sequence();
    lastTimestamp = cp.timestampMillis();
    if (chain != null) {
      chain.reset(cp.head());
    }
    indexFloor = cp.sequence();
  }

  /** Reads the client keys up to the checkpoint into the idempotency index, in the background. */
  private void startIndexLoad() {
    Thread loader = new Thread(this::loadIndex, "sanshe-ledger-index");
    loader.setDaemon(true);
    loader.start();
  }

  private void loadIndex() {
    long floor;
    synchronized (lock) {
      floor = indexFloor;
      indexFailure = null;
    }
    LongLongHashMap keys = new LongLongHashMap((int) Math.min(floor, 1 << 26));
    List<long[]> repeated = new ArrayList<>();
    try {
      store.scanClientKeys(
          floor,
          (sequence, key) -> {
            if (keys.putIfAbsent(key, sequence) != LongLongHashMap.MISSING) {
              repeated.add(new long[] {key, sequence});
            }
          });
      synchronized (lock) {
        mergeIndex(keys, repeated, floor);
        indexFloor = 0;
        lock.notifyAll();
      }
    } catch (RuntimeException e) {
      synchronized (lock) {
        indexFailure = e;
        lock.notifyAll();
      }
    }
  }

  /** Adds the keys read from the store to the index, under the lock. */
  private void mergeIndex(LongLongHashMap keys, List<long[]> repeated, long floor) {
    // a key may already be indexed by a tail entry: then both ids must be told apart
    keys.forEach(
        (key, sequence) -> {
          long present = ids.putIfAbsent(key, sequence);
          if (present != LongLongHashMap.MISSING && present != sequence) {
            index(key, entry(sequence).clientId(), sequence);
          }
        });
    for (long[] r : repeated) {
      index(r[0], entry(r[1]).clientId(), r[1]);
    }
  }

  /**
   * Starts the background load of the older client keys again after it failed (the store was
   * unreachable); commands meanwhile look their keys up in the store.
   */
  private void restartFailedIndexLoad() {
    if (indexFailure != null) {
      indexFailure = null;
      startIndexLoad();
    }
  }

  /**
   * Waits, under the lock, until the idempotency index covers the whole journal: after a restart
   * from a checkpoint, commands wait for the background load; reads do not.
   */
  private void awaitIndex() {
    boolean interrupted = false;
    while (indexFloor > 0) {
      if (indexFailure != null) {
        RuntimeException failure = indexFailure;
        indexFailure = null;
        startIndexLoad();
        throw new LedgerException(TimeBankError.LEDGER_STORE_FAILED, failure);
      }
      try {
        lock.wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Copies the state after the last entry, under the lock, with nothing staged. */
  private Checkpoint capture() {
    List<Checkpoint.AccountState> accounts = new ArrayList<>(accountCount);
    for (int n = 0; n < accountCount; n++) {
      int p = profileOf[n];
      accounts.add(
          new Checkpoint.AccountState(
              n,
              new String(accountIds[n], StandardCharsets.ISO_8859_1),
              (byte) (kinds[n] * 2 + (profileDivert[p] ? 1 : 0)),
              statuses[n],
              profileMin[p],
              profileCap[p],
              balance[n],
              pendingDebits[n],
              pendingCredits[n]));
    }
    List<Checkpoint.OpenReservation> open = new ArrayList<>();
    for (int slot = firstOpenPending; slot < pendingCount; slot++) {
      if (pendingState[slot] == P_OPEN) {
        open.add(
            new Checkpoint.OpenReservation(
                pendingSequence[slot],
                pendingDeadline[slot],
                pendingAmount[slot],
                pendingDebit[slot],
                pendingCredit[slot],
                pendingKind[slot]));
      }
    }
    return new Checkpoint(
        lastSequence,
        lastTimestamp,
        chain == null ? ChainHash.GENESIS : chain.head(),
        donationPool,
        accounts,
        open);
  }

  /**
   * Saves a checkpoint of the committed state in the store, so that a restart replays only the
   * entries after it. Waits until everything staged is committed.
   *
   * @return the checkpoint saved
   * @throws IllegalStateException if the journal is empty (there is nothing to checkpoint)
   * @throws LedgerException {@code LEDGER_STORE_FAILED} if the store cannot save it
   */
  public Checkpoint checkpoint() {
    Checkpoint cp =
        durably(
            () -> {
              if (lastSequence == 0) {
                throw new IllegalStateException("an empty journal has no checkpoint");
              }
              return capture();
            });
    save(cp);
    return cp;
  }

  private void save(Checkpoint cp) {
    try {
      store.saveCheckpoint(cp);
    } catch (LedgerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new LedgerException(TimeBankError.LEDGER_STORE_FAILED, e);
    }
    synchronized (lock) {
      lastCheckpoint = Math.max(lastCheckpoint, cp.sequence());
    }
  }

  /**
   * Replays the entries the store holds beyond this ledger's last one, checking every link of the
   * chain and, at the end, the store's anchored head. Called under the lock with nothing staged.
   */
  private void catchUp() {
    while (true) {
      long last = store.lastSequence();
      long next = lastSequence + 1;
      while (next <= last) {
        List<JournalEntry> page = store.readRange(next, (int) Math.min(4096, last - next + 1));
        if (page.isEmpty()) {
          throw new LedgerException(TimeBankError.LEDGER_JOURNAL_TRUNCATED, next - 1, last);
        }
        for (JournalEntry e : page) {
          if (e.sequence() != next) {
            throw new LedgerException(TimeBankError.LEDGER_JOURNAL_TRUNCATED, next - 1, last);
          }
          replay(e);
          next++;
        }
      }
      ChainHash anchored = store.head();
      if (store.lastSequence() != last) {
        continue; // another writer appended meanwhile: the head read may be newer, read on
      }
      if (chain != null && last > 0 && !chain.headEquals(anchored)) {
        throw new LedgerException(TimeBankError.LEDGER_JOURNAL_BROKEN, last);
      }
      break;
    }
    markDurable();
    resync = false;
  }

  private void markDurable() {
    durableSequence = lastSequence;
    durableTimestamp = lastTimestamp;
    durableHead = chain == null ? ChainHash.GENESIS : chain.head();
    durablePendingCount = pendingCount;
    durableFirstOpenPending = firstOpenPending;
  }

  private void replay(JournalEntry e) {
    int d = e.debitAccount();
    int c = e.creditAccount();
    byte phase = e.phase();
    boolean opening = phase == A_OPENED;
    if (!opening && (d < 0 || d >= accountCount || c < 0 || c >= accountCount)) {
      throw new LedgerException(LEDGER_ACCOUNT_UNKNOWN, "#" + Math.max(d, c));
    }
    if (chain != null) {
      chain.next(e);
      if (!chain.headEquals(e.hash())) {
        throw new LedgerException(TimeBankError.LEDGER_JOURNAL_BROKEN, e.sequence());
      }
    }
    long m = e.amountMinutes();
    if (AccountChange.isAccountChange(phase)) {
      applyAccountChange(e, d);
    } else if (phase == POSTED || phase == DIVERTED) {
      balance[d] -= m;
      balance[c] += m;
    } else if (phase == PENDING) {
      pendingDebits[d] += m;
      pendingCredits[c] += m;
      stagePendingSlot(e.sequence(), e.reference(), d, c, m, e.kind());
      stagedPendings = 0;
      pendingSlots.put(e.sequence(), pendingCount - 1);
      nextDeadline = Math.min(nextDeadline, e.reference());
    } else {
      int slot = (int) pendingSlots.get(e.reference());
      long reserved = pendingAmount[slot];
      pendingDebits[d] -= reserved;
      pendingCredits[c] -= reserved;
      if (phase == POST_PENDING) {
        balance[d] -= m;
        balance[c] += m;
      }
      pendingState[slot] =
          phase == POST_PENDING ? P_POSTED : phase == VOID_PENDING ? P_VOIDED : P_EXPIRED;
    }
    long key = e.clientKey();
    if (key != 0) {
      index(key, e.clientId(), e.sequence());
    }
    while (firstOpenPending < pendingCount && pendingState[firstOpenPending] != P_OPEN) {
      firstOpenPending++;
    }
    lastSequence = e.sequence();
    lastTimestamp = Math.max(lastTimestamp, e.timestampMillis());
  }

  private void applyAccountChange(JournalEntry e, int n) {
    byte phase = e.phase();
    byte kindCode = e.kind();
    if (phase == A_OPENED) {
      if (n != accountCount || e.clientId() == null) {
        throw new LedgerException(TimeBankError.LEDGER_JOURNAL_BROKEN, e.sequence());
      }
      addAccount(e.clientId(), KINDS[kindCode >> 1], profile(limitsOf(e, kindCode)));
    } else if (phase == A_LIMITS) {
      profileOf[n] = (short) profile(limitsOf(e, kindCode));
    } else if (phase == A_POOL) {
      donationPool = n;
    } else {
      statuses[n] = phase == A_FROZEN ? FROZEN : phase == A_CLOSED ? CLOSED : OPEN;
    }
  }

  private static AccountLimits limitsOf(JournalEntry e, byte kindCode) {
    return AccountLimits.ofMinutes(
        e.reference(),
        e.amountMinutes(),
        (kindCode & 1) == 1 ? ExcessPolicy.DIVERT_TO_DONATION_POOL : ExcessPolicy.REJECT);
  }

  private void index(long key, String id, long sequence) {
    if (ids.putIfAbsent(key, sequence) != LongLongHashMap.MISSING) {
      if (collidedIds == null) {
        collidedIds = new HashMap<>();
      }
      collidedIds.put(id, sequence);
    }
  }

  private void unindex(long key, String id, long sequence) {
    if (!ids.remove(key, sequence) && collidedIds != null) {
      collidedIds.remove(id, sequence);
    }
  }

  /**
   * Starts building a ledger.
   *
   * @param clock the clock that stamps entries and expires reservations, not null
   * @param store the empty store of its journal, not null (for example {@code new
   *     MemoryLedgerStore()})
   * @return a builder
   */
  public static Builder builder(Clock clock, LedgerStore store) {
    return new Builder(clock, store);
  }

  // ---------------------------------------------------------------- accounts

  /**
   * Opens an account.
   *
   * @param id the id, not null, unused in this ledger
   * @param kind the kind, not null
   * @param limits the limits, not null
   * @return the new account
   * @throws LedgerException {@code LEDGER_ACCOUNT_EXISTS} if the id is taken, {@code
   *     LEDGER_ACCOUNT_CAPACITY} if the ledger is full
   */
  public Account open(AccountId id, AccountKind kind, AccountLimits limits) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(limits, "limits");
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      int n;
      synchronized (lock) {
        long now = prepare();
        if (find(id.value()) >= 0) {
          throw new LedgerException(LEDGER_ACCOUNT_EXISTS, id);
        }
        if (accountCount == Integer.MAX_VALUE - 64) {
          throw new LedgerException(LEDGER_ACCOUNT_CAPACITY, accountCount);
        }
        int profile = profile(limits);
        int mark = batch.size();
        n = accountCount;
        addAccount(id.value(), kind, profile);
        stageAccountChange(now, n, A_OPENED, limits.capMinutes(), limits.minimumMinutes(), 0);
        flight = seal(mark);
      }
      if (committed(flight, attempt)) {
        synchronized (lock) {
          return snapshot(n);
        }
      }
    }
  }

  private void addAccount(String id, AccountKind kind, int profile) {
    int n = accountCount;
    if (n == balance.length) {
      int cap = Growth.next(n, n + 1);
      accountIds = Growth.grow(accountIds, cap);
      balance = Growth.grow(balance, cap);
      pendingDebits = Growth.grow(pendingDebits, cap);
      pendingCredits = Growth.grow(pendingCredits, cap);
      kinds = Growth.grow(kinds, cap);
      statuses = Growth.grow(statuses, cap);
      profileOf = Growth.grow(profileOf, cap);
    }
    accountIds[n] = id.getBytes(StandardCharsets.ISO_8859_1);
    kinds[n] = (byte) kind.ordinal();
    statuses[n] = OPEN;
    profileOf[n] = (short) profile;
    accountCount = n + 1;
    if (accountCount * 2 > idTable.length) {
      rebuildIdTable(idTable.length * 2);
    } else {
      insertId(n);
    }
  }

  /** Removes the newest account again (undoing an opening that was not committed). */
  private void removeNewestAccount() {
    int n = --accountCount;
    accountIds[n] = null;
    balance[n] = 0;
    pendingDebits[n] = 0;
    pendingCredits[n] = 0;
    rebuildIdTable(idTable.length);
  }

  /**
   * Stages the journal entry of an account change with its undo record. The in-memory change was
   * made by the caller; {@code previous} is what the undo restores.
   */
  private void stageAccountChange(
      long now, int n, byte change, long amount, long reference, long previous) {
    boolean divert = profileDivert[profileOf[n]];
    byte kindCode = (byte) (kinds[n] * 2 + (divert ? 1 : 0));
    String id = new String(accountIds[n], StandardCharsets.ISO_8859_1);
    int row = batch.add(now, 0, id, n, n, amount, kindCode, change, reference);
    accountUndo.addLast(new long[] {batch.firstSequence() + row, change, n, previous});
  }

  private void revertAccountChange(long[] undo) {
    byte change = (byte) undo[1];
    int n = (int) undo[2];
    if (change == A_OPENED) {
      removeNewestAccount();
    } else if (change == A_LIMITS) {
      profileOf[n] = (short) undo[3];
    } else if (change == A_POOL) {
      donationPool = (int) undo[3];
    } else {
      statuses[n] = (byte) undo[3];
    }
  }

  private int profile(AccountLimits limits) {
    for (int i = 0; i < profileCount; i++) {
      if (profiles[i].equals(limits)) {
        return i;
      }
    }
    if (profileCount == Short.MAX_VALUE) {
      throw new LedgerException(LEDGER_ACCOUNT_CAPACITY, Short.MAX_VALUE + " limit profiles");
    }
    if (profileCount == profiles.length) {
      int cap = profileCount * 2;
      profiles = Growth.grow(profiles, cap);
      profileMin = Growth.grow(profileMin, cap);
      profileCap = Growth.grow(profileCap, cap);
      profileDivert = java.util.Arrays.copyOf(profileDivert, cap);
    }
    profiles[profileCount] = limits;
    profileMin[profileCount] = limits.minimumMinutes();
    profileCap[profileCount] = limits.capMinutes();
    profileDivert[profileCount] =
        limits.hasStorageCap() && limits.excessPolicy() == ExcessPolicy.DIVERT_TO_DONATION_POOL;
    return profileCount++;
  }

  private static int hashOf(CharSequence s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return (int) LongLongHashMap.mix(h);
  }

  private static int hashOf(byte[] s) {
    int h = 0;
    for (byte b : s) {
      h = 31 * h + (b & 0xff);
    }
    return (int) LongLongHashMap.mix(h);
  }

  private void rebuildIdTable(int capacity) {
    idTable = new int[capacity];
    for (int i = 0; i < accountCount; i++) {
      insertId(i);
    }
  }

  private void insertId(int number) {
    int mask = idTable.length - 1;
    int i = hashOf(accountIds[number]) & mask;
    while (idTable[i] != 0) {
      i = (i + 1) & mask;
    }
    idTable[i] = number + 1;
  }

  private int find(String id) {
    int mask = idTable.length - 1;
    int i = hashOf(id) & mask;
    while (true) {
      int slot = idTable[i];
      if (slot == 0) {
        return -1;
      }
      if (sameId(accountIds[slot - 1], id)) {
        return slot - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean sameId(byte[] bytes, String id) {
    if (bytes.length != id.length()) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((bytes[i] & 0xff) != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private AccountId idOf(int number) {
    return new AccountId(new String(accountIds[number], StandardCharsets.ISO_8859_1));
  }

  private String nameOf(int number) {
    return number >= 0 && number < accountCount
        ? new String(accountIds[number], StandardCharsets.ISO_8859_1)
        : "#" + number;
  }

  private int number(AccountId id) {
    int n = find(id.value());
    if (n < 0) {
      throw new LedgerException(LEDGER_ACCOUNT_UNKNOWN, id);
    }
    return n;
  }

  /**
   * Returns the number of an account, for the fast path.
   *
   * @param id the id, not null
   * @return the number
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public int accountNumber(AccountId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return number(id);
    }
  }

  /**
   * Returns an account's snapshot.
   *
   * @param id the id, not null
   * @return the account
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public Account account(AccountId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return snapshot(number(id));
    }
  }

  /**
   * Returns an account's kind without making a snapshot (fast path: recording many services checks
   * the kind of every volunteer's account).
   *
   * @param id the id, not null
   * @return the kind
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public AccountKind kindOf(AccountId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return KINDS[kinds[number(id)]];
    }
  }

  /**
   * Returns an account's snapshot by number.
   *
   * @param number the number
   * @return the account
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public Account account(int number) {
    synchronized (lock) {
      checkKnown(number);
      return snapshot(number);
    }
  }

  /**
   * Tells whether an account exists.
   *
   * @param id the id, not null
   * @return true if opened (even if closed since)
   */
  public boolean hasAccount(AccountId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return find(id.value()) >= 0;
    }
  }

  /**
   * Returns snapshots of all accounts, in number order.
   *
   * @return a new list
   */
  public List<Account> accounts() {
    synchronized (lock) {
      List<Account> list = new ArrayList<>(accountCount);
      for (int i = 0; i < accountCount; i++) {
        list.add(snapshot(i));
      }
      return list;
    }
  }

  /**
   * Returns the number of accounts.
   *
   * @return the count
   */
  public int accountCount() {
    synchronized (lock) {
      return accountCount;
    }
  }

  /**
   * Returns an account's posted balance in minutes (fast path).
   *
   * @param number the account number
   * @return the balance
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public long balanceMinutes(int number) {
    synchronized (lock) {
      checkKnown(number);
      return balance[number];
    }
  }

  private Account snapshot(int n) {
    return new Account(
        idOf(n),
        n,
        KINDS[kinds[n]],
        STATUSES[statuses[n]],
        profiles[profileOf[n]],
        TimeCredit.ofMinutes(balance[n]),
        TimeCredit.ofMinutes(pendingDebits[n]),
        TimeCredit.ofMinutes(pendingCredits[n]));
  }

  private void checkKnown(int number) {
    if (number < 0 || number >= accountCount) {
      throw new LedgerException(LEDGER_ACCOUNT_UNKNOWN, "#" + number);
    }
  }

  /**
   * Designates the donation pool that receives diverted excess.
   *
   * @param id an open account, not null
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public void designateDonationPool(AccountId id) {
    Objects.requireNonNull(id, "id");
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      synchronized (lock) {
        long now = prepare();
        int n = number(id);
        if (donationPool == n) {
          return;
        }
        int mark = batch.size();
        int previous = donationPool;
        donationPool = n;
        stageAccountChange(now, n, A_POOL, 0, previous, previous);
        flight = seal(mark);
      }
      if (committed(flight, attempt)) {
        return;
      }
    }
  }

  /**
   * Freezes an open account: it accepts nothing until unfrozen.
   *
   * @param id the id, not null
   * @return the account
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} or {@code LEDGER_ACCOUNT_CLOSED}
   */
  public Account freeze(AccountId id) {
    return setStatus(id, FROZEN);
  }

  /**
   * Unfreezes a frozen account.
   *
   * @param id the id, not null
   * @return the account
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} or {@code LEDGER_ACCOUNT_CLOSED}
   */
  public Account unfreeze(AccountId id) {
    return setStatus(id, OPEN);
  }

  /**
   * Closes an empty account for ever.
   *
   * @param id the id, not null
   * @return the account
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN}, {@code LEDGER_ACCOUNT_CLOSED} or {@code
   *     LEDGER_ACCOUNT_NOT_EMPTY}
   */
  public Account close(AccountId id) {
    return setStatus(id, CLOSED);
  }

  private Account setStatus(AccountId id, byte status) {
    Objects.requireNonNull(id, "id");
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      int n;
      synchronized (lock) {
        long now = prepare();
        n = number(id);
        byte previous = statuses[n];
        if (previous == CLOSED) {
          throw new LedgerException(LEDGER_ACCOUNT_CLOSED, id);
        }
        if (status == CLOSED
            && (balance[n] != 0 || pendingDebits[n] != 0 || pendingCredits[n] != 0)) {
          throw new LedgerException(LEDGER_ACCOUNT_NOT_EMPTY, id);
        }
        if (previous == status) {
          return snapshot(n);
        }
        int mark = batch.size();
        statuses[n] = status;
        byte change = status == FROZEN ? A_FROZEN : status == CLOSED ? A_CLOSED : A_UNFROZEN;
        stageAccountChange(now, n, change, 0, previous, previous);
        flight = seal(mark);
      }
      if (committed(flight, attempt)) {
        synchronized (lock) {
          return snapshot(n);
        }
      }
    }
  }

  /**
   * Changes an account's limits. The new limits apply to later commands; balances already above a
   * new cap or below a new minimum stay as they are.
   *
   * @param id the id, not null
   * @param limits the new limits, not null
   * @return the account
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} or {@code LEDGER_ACCOUNT_CLOSED}
   */
  public Account changeLimits(AccountId id, AccountLimits limits) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(limits, "limits");
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      int n;
      synchronized (lock) {
        long now = prepare();
        n = number(id);
        if (statuses[n] == CLOSED) {
          throw new LedgerException(LEDGER_ACCOUNT_CLOSED, id);
        }
        int previous = profileOf[n];
        int profile = profile(limits);
        if (previous == profile) {
          return snapshot(n);
        }
        int mark = batch.size();
        profileOf[n] = (short) profile;
        stageAccountChange(
            now, n, A_LIMITS, limits.capMinutes(), limits.minimumMinutes(), previous);
        flight = seal(mark);
      }
      if (committed(flight, attempt)) {
        synchronized (lock) {
          return snapshot(n);
        }
      }
    }
  }

  // ---------------------------------------------------------------- transfers

  /**
   * The fast path: moves hours between two accounts by number with a numeric client id. Allocates
   * nothing unless refused or retried.
   *
   * @param clientId a positive id, unique per transfer
   * @param debitAccount the account that pays
   * @param creditAccount the account that receives
   * @param minutes the amount, positive
   * @param kind why, not null
   * @return the journal sequence of the transfer (the first one's on a retry)
   * @throws LedgerException with a specific code if refused; nothing is changed then
   */
  public long transfer(
      long clientId, int debitAccount, int creditAccount, long minutes, TransferKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (clientId <= 0) {
      throw new LedgerException(LEDGER_ID_INVALID, clientId);
    }
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      long sequence;
      synchronized (lock) {
        long now = prepare();
        long existing = existing(clientId, null);
        if (existing > 0) {
          sequence =
              retried(existing, debitAccount, creditAccount, minutes, kind.code(), POSTED, 0);
          flight = flightOf(sequence);
        } else {
          int mark = batch.size();
          try {
            int row =
                stagePosted(now, clientId, null, debitAccount, creditAccount, minutes, kind.code());
            sequence = batch.firstSequence() + row;
          } catch (LedgerException e) {
            undo(mark);
            throw e;
          }
          flight = seal(mark);
        }
      }
      if (committed(flight, attempt)) {
        return sequence;
      }
    }
  }

  /**
   * Moves hours between two accounts.
   *
   * @param request the request, not null
   * @return the recorded transfer (the first result on a retry)
   * @throws LedgerException with a specific code if refused; nothing is changed then
   */
  public Transfer transfer(TransferRequest request) {
    Objects.requireNonNull(request, "request");
    return transferLinked(List.of(request)).get(0);
  }

  /**
   * Moves hours in a linked batch: all transfers are recorded together or none is. A retry of the
   * whole batch (every id known with the same content) returns the first results.
   *
   * @param requests the transfers, not null, not empty
   * @return the recorded transfers, in order (without diverted excess entries)
   * @throws LedgerException {@code LEDGER_LINKED_TRANSFER_FAILED} with the failing transfer's
   *     exception as cause (for a single transfer, that exception itself); nothing is changed
   */
  public List<Transfer> transferLinked(List<TransferRequest> requests) {
    return linked(requests, true).transfers;
  }

  /**
   * Moves hours in a linked batch as {@link #transferLinked(List)} does, all or none, but returns
   * only the journal sequences: no {@link Transfer} is built, for callers that post thousands of
   * credits and read none of them back (a coordinator confirming an activity's attendance).
   *
   * @param requests the transfers, not null, not empty
   * @return the journal sequence of each transfer, in order (a retried batch's first sequences)
   * @throws LedgerException as {@link #transferLinked(List)} throws; nothing is changed then
   */
  public long[] postLinked(List<TransferRequest> requests) {
    return linked(requests, false).sequences;
  }

  /** What a linked batch returns: its sequences, and its transfers when they were asked for. */
  private record Linked(long[] sequences, List<Transfer> transfers) {}

  private Linked linked(List<TransferRequest> requests, boolean transfers) {
    Objects.requireNonNull(requests, "requests");
    if (requests.isEmpty()) {
      throw new LedgerException(LEDGER_BATCH_EMPTY);
    }
    for (int i = 0; i < requests.size(); i++) {
      Objects.requireNonNull(requests.get(i), "requests[" + i + "]");
    }
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      Linked result;
      synchronized (lock) {
        long now = prepare();
        long[] sequences = new long[requests.size()];
        int known = 0;
        Flight newest = null;
        for (int i = 0; i < requests.size(); i++) {
          TransferRequest r = requests.get(i);
          long existing = existing(r.id().key(), r.id().value());
          if (existing > 0) {
            try {
              sequences[i] =
                  retried(
                      existing,
                      numberOrUnknown(r.debit()),
                      numberOrUnknown(r.credit()),
                      r.amount().toMinutes(),
                      r.kind().code(),
                      POSTED,
                      0);
            } catch (LedgerException e) {
              throw linked(requests.size(), i, e);
            }
            Flight f = flightOf(sequences[i]);
            if (f != null) {
              newest = f;
            }
            known++;
          }
        }
        if (known == requests.size()) {
          flight = newest;
          result = new Linked(sequences, transfers ? transfersAt(sequences) : null);
        } else {
          if (known > 0) {
            int first = 0;
            while (sequences[first] == 0) {
              first++;
            }
            throw linked(
                requests.size(),
                first,
                new LedgerException(LEDGER_ID_REUSED, requests.get(first).id()));
          }
          int mark = batch.size();
          for (int i = 0; i < requests.size(); i++) {
            TransferRequest r = requests.get(i);
            try {
              checkDuplicateInBatch(r.id(), mark);
              int row =
                  stagePosted(
                      now,
                      r.id().key(),
                      r.id().value(),
                      number(r.debit()),
                      number(r.credit()),
                      r.amount().toMinutes(),
                      r.kind().code());
              sequences[i] = batch.firstSequence() + row;
            } catch (LedgerException e) {
              undo(mark);
              throw linked(requests.size(), i, e);
            }
          }
          flight = seal(mark);
          result = new Linked(sequences, transfers ? transfersAt(sequences) : null);
        }
      }
      if (committed(flight, attempt)) {
        return result;
      }
    }
  }

  private int numberOrUnknown(AccountId id) {
    return find(id.value());
  }

  private static LedgerException linked(int size, int index, LedgerException e) {
    if (size == 1) {
      return e;
    }
    return new LedgerException(LEDGER_LINKED_TRANSFER_FAILED, e, index, e.getMessage());
  }

  private void checkDuplicateInBatch(TransferId id, int mark) {
    long key = id.key();
    for (int r = mark; r < batch.size(); r++) {
      if (batch.clientKey(r) == key && id.value().equals(batch.clientId(r))) {
        throw new LedgerException(LEDGER_ID_DUPLICATE_IN_BATCH, id);
      }
    }
  }

  /**
   * Reserves hours: a pending transfer that counts against both accounts' limits until it is
   * posted, voided or expires after the timeout.
   *
   * @param request the transfer, not null
   * @param timeout how long the reservation holds, positive
   * @return the pending entry (the first result on a retry)
   * @throws LedgerException with a specific code if refused, {@code LEDGER_TIMEOUT_INVALID} for a
   *     timeout that is not positive
   */
  public Transfer reserve(TransferRequest request, Duration timeout) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new LedgerException(LEDGER_TIMEOUT_INVALID, timeout);
    }
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      Transfer result;
      synchronized (lock) {
        long now = prepare();
        TransferId id = request.id();
        long existing = existing(id.key(), id.value());
        int d = number(request.debit());
        int c = number(request.credit());
        long m = request.amount().toMinutes();
        if (existing > 0) {
          long seq = retried(existing, d, c, m, request.kind().code(), PENDING, -1);
          flight = flightOf(seq);
          result = toTransfer(entry(seq));
        } else {
          long deadline;
          try {
            deadline = Math.addExact(now, timeout.toMillis());
          } catch (ArithmeticException e) {
            throw new LedgerException(LEDGER_TIMEOUT_INVALID, timeout);
          }
          int mark = batch.size();
          long seq;
          try {
            checkTransfer(d, c, m);
            checkDebit(d, m);
            checkCreditCap(c, m);
            long debits;
            long credits;
            try {
              debits = Math.addExact(pendingDebits[d], m);
              credits = Math.addExact(pendingCredits[c], m);
            } catch (ArithmeticException e) {
              throw new LedgerException(LEDGER_AMOUNT_OVERFLOW, nameOf(d));
            }
            pendingDebits[d] = debits;
            pendingCredits[c] = credits;
            int row =
                batch.add(
                    now, id.key(), id.value(), d, c, m, request.kind().code(), PENDING, deadline);
            seq = batch.firstSequence() + row;
            stagePendingSlot(seq, deadline, d, c, m, request.kind().code());
          } catch (LedgerException e) {
            undo(mark);
            throw e;
          }
          flight = seal(mark);
          result = toTransfer(entry(seq));
        }
      }
      if (committed(flight, attempt)) {
        return result;
      }
    }
  }

  /**
   * Posts a reservation in full. A reservation made while both accounts were open may be posted
   * after one of them was frozen: the hours were promised before (closing needs no reservations).
   *
   * @param id the id of this command, not null
   * @param pendingId the reservation's id, not null
   * @return the post entry
   * @throws LedgerException {@code LEDGER_PENDING_UNKNOWN}, {@code LEDGER_PENDING_CLOSED}, or an
   *     account code
   */
  public Transfer post(TransferId id, TransferId pendingId) {
    return resolve(id, pendingId, -1, POST_PENDING);
  }

  /**
   * Posts part of a reservation; the rest is released.
   *
   * @param id the id of this command, not null
   * @param pendingId the reservation's id, not null
   * @param amount the amount to move, positive and at most the reserved amount
   * @return the post entry
   * @throws LedgerException {@code LEDGER_POST_EXCEEDS_PENDING}, {@code
   *     LEDGER_AMOUNT_NOT_POSITIVE}, {@code LEDGER_PENDING_UNKNOWN}, {@code LEDGER_PENDING_CLOSED}
   */
  public Transfer post(TransferId id, TransferId pendingId, TimeCredit amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new LedgerException(LEDGER_AMOUNT_NOT_POSITIVE, amount.toMinutes());
    }
    return resolve(id, pendingId, amount.toMinutes(), POST_PENDING);
  }

  /**
   * Voids a reservation: nothing moves and the reserved amounts are released.
   *
   * @param id the id of this command, not null
   * @param pendingId the reservation's id, not null
   * @return the void entry
   * @throws LedgerException {@code LEDGER_PENDING_UNKNOWN} or {@code LEDGER_PENDING_CLOSED}
   */
  public Transfer voidReservation(TransferId id, TransferId pendingId) {
    return resolve(id, pendingId, -1, VOID_PENDING);
  }

  private Transfer resolve(TransferId id, TransferId pendingId, long amount, byte phase) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pendingId, "pendingId");
    expireDue();
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      Transfer result;
      synchronized (lock) {
        long now = prepare();
        long pendingSeq = existing(pendingId.key(), pendingId.value());
        if (pendingSeq <= 0 || pendingSlots.get(pendingSeq) == LongLongHashMap.MISSING) {
          throw new LedgerException(LEDGER_PENDING_UNKNOWN, pendingId);
        }
        int slot = (int) pendingSlots.get(pendingSeq);
        long reserved = pendingAmount[slot];
        long m = phase == VOID_PENDING ? reserved : (amount < 0 ? reserved : amount);
        int d = pendingDebit[slot];
        int c = pendingCredit[slot];
        long existing = existing(id.key(), id.value());
        byte kind = pendingKind[slot];
        if (existing > 0) {
          long seq = retried(existing, d, c, m, kind, phase, pendingSeq);
          flight = flightOf(seq);
          result = toTransfer(entry(seq));
        } else {
          if (pendingState[slot] != P_OPEN) {
            throw new LedgerException(
                LEDGER_PENDING_CLOSED, pendingId, stateName(pendingState[slot]));
          }
          if (m > reserved) {
            throw new LedgerException(LEDGER_POST_EXCEEDS_PENDING, m, reserved);
          }
          int mark = batch.size();
          stageResolution(slot, now, id.key(), id.value(), m, kind, phase);
          flight = seal(mark);
          result = toTransfer(entry(batch.firstSequence() + mark));
        }
      }
      if (committed(flight, attempt)) {
        return result;
      }
    }
  }

  private static String stateName(byte state) {
    return switch (state) {
      case P_POSTED -> "posted";
      case P_VOIDED -> "voided";
      case P_EXPIRED -> "expired";
      default -> "open";
    };
  }

  /**
   * Records the expiry of every reservation whose deadline the clock has passed. Commands do this
   * by themselves; call it to expire without another command.
   *
   * @return how many reservations expired
   */
  public int expireOverdue() {
    for (int attempt = 1; ; attempt++) {
      Flight flight;
      int expired;
      synchronized (lock) {
        settle();
        long before = lastSequence;
        prepare();
        expired = (int) (lastSequence - before);
        flight = batch.size() > 0 ? openFlight : null;
      }
      if (committed(flight, attempt)) {
        return expired;
      }
    }
  }

  /**
   * Records the expiry of overdue reservations before a command, in a batch of their own that is
   * committed before the command runs, so that a refused command never leaves expiries staged.
   * Cheap when nothing is due.
   */
  private void expireDue() {
    Flight flight;
    synchronized (lock) {
      if (!resync && clock.millis() < nextDeadline) {
        return;
      }
      prepare();
      flight = batch.size() > 0 ? openFlight : null;
    }
    committed(flight, 1); // a conflict with another writer is resolved by the command itself
  }

  // ---------------------------------------------------------------- staging

  /**
   * Gets the ledger ready for a command, under the lock: reads back what the store committed if an
   * append failed, opens the batch at the next sequence, and stages the expiry of overdue
   * reservations.
   *
   * @return the time of the command
   */
  private long prepare() {
    settle();
    if (indexFloor > 0) {
      if (lookUps) {
        restartFailedIndexLoad();
      } else {
        awaitIndex();
      }
    }
    if (batch.size() == 0) {
      batch.reset(lastSequence + 1);
    }
    long t = clock.millis();
    if (t < lastTimestamp) {
      t = lastTimestamp;
    }
    if (t >= nextDeadline) {
      expire(t);
    }
    return t;
  }

  /**
   * After a failed append, under the lock: waits until every later append still in flight has
   * returned (their batches were rolled back with the failed one), then reads back what the store
   * did commit. Does nothing otherwise.
   */
  private void settle() {
    boolean interrupted = false;
    try {
      while (resync && !inFlight.isEmpty()) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          interrupted = true; // the doomed appends return soon: keep waiting
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (resync) {
      if (batch.size() > 0) {
        throw new IllegalStateException("resync with staged entries");
      }
      try {
        catchUp();
      } catch (LedgerException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new LedgerException(TimeBankError.LEDGER_STORE_FAILED, e);
      }
    }
  }

  private void expire(long now) {
    int mark = batch.size();
    long next = Long.MAX_VALUE;
    for (int s = firstOpenPending; s < pendingCount; s++) {
      if (pendingState[s] != P_OPEN) {
        continue;
      }
      if (pendingDeadline[s] <= now) {
        stageResolution(s, now, 0, null, pendingAmount[s], pendingKind[s], EXPIRE_PENDING);
      } else {
        next = Math.min(next, pendingDeadline[s]);
      }
    }
    nextDeadline = next;
    if (batch.size() > mark) {
      seal(mark);
    }
  }

  private void stageResolution(
      int slot, long now, long key, String id, long m, byte kind, byte phase) {
    int d = pendingDebit[slot];
    int c = pendingCredit[slot];
    long reserved = pendingAmount[slot];
    pendingDebits[d] -= reserved;
    pendingCredits[c] -= reserved;
    if (phase == POST_PENDING) {
      balance[d] -= m;
      balance[c] += m;
    }
    pendingState[slot] =
        phase == POST_PENDING ? P_POSTED : phase == VOID_PENDING ? P_VOIDED : P_EXPIRED;
    batch.add(now, key, id, d, c, m, kind, phase, pendingSequence[slot]);
  }

  private void stagePendingSlot(long sequence, long deadline, int d, int c, long m, byte kind) {
    int s = pendingCount;
    if (s == pendingSequence.length) {
      int cap = Growth.next(s, s + 1);
      pendingSequence = Growth.grow(pendingSequence, cap);
      pendingDeadline = Growth.grow(pendingDeadline, cap);
      pendingAmount = Growth.grow(pendingAmount, cap);
      pendingDebit = Growth.grow(pendingDebit, cap);
      pendingCredit = Growth.grow(pendingCredit, cap);
      pendingState = Growth.grow(pendingState, cap);
      pendingKind = Growth.grow(pendingKind, cap);
    }
    pendingSequence[s] = sequence;
    pendingKind[s] = kind;
    pendingDeadline[s] = deadline;
    pendingAmount[s] = m;
    pendingDebit[s] = d;
    pendingCredit[s] = c;
    pendingState[s] = P_OPEN;
    pendingCount = s + 1;
    stagedPendings++;
  }

  private int stagePosted(long now, long key, String id, int d, int c, long m, byte kind) {
    checkTransfer(d, c, m);
    checkDebit(d, m);
    int p = profileOf[c];
    long cap = profileCap[p];
    long excess = 0;
    long credited;
    try {
      credited = Math.addExact(balance[c], m);
      if (cap != Long.MAX_VALUE) {
        long total = Math.addExact(credited, pendingCredits[c]);
        if (total > cap) {
          if (!profileDivert[p]) {
            throw new LedgerException(LEDGER_STORAGE_CAP, nameOf(c), cap, m);
          }
          excess = Math.min(m, total - cap);
        }
      }
    } catch (ArithmeticException e) {
      throw new LedgerException(LEDGER_AMOUNT_OVERFLOW, nameOf(c));
    }
    if (excess > 0) {
      int pool = donationPool;
      if (pool < 0 || pool == c) {
        throw new LedgerException(LEDGER_NO_DONATION_POOL, nameOf(c));
      }
      checkOpen(pool);
      checkCreditCap(pool, excess);
    }
    balance[d] -= m;
    balance[c] = credited;
    int row = batch.add(now, key, id, d, c, m, kind, POSTED, 0);
    if (excess > 0) {
      balance[c] -= excess;
      balance[donationPool] += excess;
      batch.add(
          now, 0, null, c, donationPool, excess, DONATION, DIVERTED, batch.firstSequence() + row);
    }
    return row;
  }

  private void checkTransfer(int d, int c, long m) {
    if (m <= 0) {
      throw new LedgerException(LEDGER_AMOUNT_NOT_POSITIVE, m);
    }
    if (d < 0 || d >= accountCount) {
      throw new LedgerException(LEDGER_ACCOUNT_UNKNOWN, nameOf(d));
    }
    if (c < 0 || c >= accountCount) {
      throw new LedgerException(LEDGER_ACCOUNT_UNKNOWN, nameOf(c));
    }
    if (d == c) {
      throw new LedgerException(LEDGER_SAME_ACCOUNT, nameOf(d));
    }
    checkOpen(d);
    checkOpen(c);
  }

  private void checkOpen(int n) {
    byte s = statuses[n];
    if (s != OPEN) {
      throw new LedgerException(
          s == FROZEN ? LEDGER_ACCOUNT_FROZEN : LEDGER_ACCOUNT_CLOSED, nameOf(n));
    }
  }

  private void checkDebit(int d, long m) {
    long min = profileMin[profileOf[d]];
    try {
      long after = Math.subtractExact(balance[d], m);
      if (min != Long.MIN_VALUE) {
        long available = Math.subtractExact(after, pendingDebits[d]);
        if (available < min) {
          throw new LedgerException(
              LEDGER_MINIMUM_BALANCE,
              nameOf(d),
              Math.max(0, balance[d] - pendingDebits[d] - min),
              m);
        }
      } else {
        Math.subtractExact(after, pendingDebits[d]);
      }
    } catch (ArithmeticException e) {
      throw new LedgerException(LEDGER_AMOUNT_OVERFLOW, nameOf(d));
    }
  }

  private void checkCreditCap(int c, long m) {
    long cap = profileCap[profileOf[c]];
    try {
      long total = Math.addExact(Math.addExact(balance[c], pendingCredits[c]), m);
      if (total > cap) {
        throw new LedgerException(LEDGER_STORAGE_CAP, nameOf(c), cap, m);
      }
    } catch (ArithmeticException e) {
      throw new LedgerException(LEDGER_AMOUNT_OVERFLOW, nameOf(c));
    }
  }

  /**
   * Reverts a refused command's rows (not sealed yet) from a row on, newest first.
   *
   * @param fromRow the command's first row in the open batch
   */
  private void undo(int fromRow) {
    for (int r = batch.size() - 1; r >= fromRow; r--) {
      revertRow(batch, r);
    }
    pendingCount -= stagedPendings;
    stagedPendings = 0;
    batch.truncate(fromRow);
  }

  /** Reverts the balances and reservation state that one staged transfer row changed. */
  private void revertRow(EntryBatch b, int r) {
    int d = b.debit(r);
    int c = b.credit(r);
    long m = b.amount(r);
    byte phase = b.phase(r);
    if (AccountChange.isAccountChange(phase)) {
      return; // reverted from the account undo records
    }
    if (phase == POSTED || phase == DIVERTED) {
      balance[d] += m;
      balance[c] -= m;
    } else if (phase == PENDING) {
      pendingDebits[d] -= m;
      pendingCredits[c] -= m;
    } else {
      int slot = (int) pendingSlots.get(b.reference(r));
      long reserved = pendingAmount[slot];
      pendingDebits[d] += reserved;
      pendingCredits[c] += reserved;
      if (phase == POST_PENDING) {
        balance[d] += m;
        balance[c] -= m;
      }
      pendingState[slot] = P_OPEN;
    }
  }

  /**
   * Seals a command's rows: chains them, indexes their client ids and reservations, and advances
   * the last sequence. From here on the rows are visible to later commands and wait in the open
   * batch for the store.
   *
   * @param mark the command's first row in the open batch
   * @return the flight the rows travel in, or null if the command staged nothing
   */
  private Flight seal(int mark) {
    EntryBatch b = batch;
    int n = b.size();
    if (n == mark) {
      return null;
    }
    long first = b.firstSequence();
    for (int r = mark; r < n; r++) {
      long seq = first + r;
      if (chain != null) {
        chain.next(
            seq,
            b.timestamp(r),
            b.clientKey(r),
            b.debit(r),
            b.credit(r),
            b.amount(r),
            b.kind(r),
            b.phase(r),
            b.reference(r),
            b.clientId(r));
        b.setHash(r, chain.headWord(0), chain.headWord(1), chain.headWord(2), chain.headWord(3));
      }
      long key = b.clientKey(r);
      if (key != 0) {
        index(key, b.clientId(r), seq);
      }
      if (b.phase(r) == PENDING) {
        int slot = pendingCount - stagedPendings;
        pendingSlots.put(seq, slot);
        stagedPendings--;
        nextDeadline = Math.min(nextDeadline, b.reference(r));
      }
    }
    stagedPendings = 0;
    while (firstOpenPending < pendingCount && pendingState[firstOpenPending] != P_OPEN) {
      firstOpenPending++;
    }
    lastSequence = first + n - 1;
    lastTimestamp = b.timestamp(n - 1);
    return openFlight;
  }

  /**
   * Waits until a flight's batch is committed, appending it (and whatever else is staged) when the
   * store is free. Called without the lock.
   *
   * @param flight the flight, or null for nothing to wait for
   * @param attempt the caller's attempt, from 1
   * @return true if committed, false if another writer appended first and the caller should apply
   *     its command again
   * @throws LedgerException {@code LEDGER_STORE_FAILED} if the store failed, {@code
   *     LEDGER_WRITER_CONFLICT} after {@link #WRITER_ATTEMPTS} conflicts
   */
  private boolean committed(Flight flight, int attempt) {
    if (flight == null) {
      return true;
    }
    boolean interrupted = false;
    try {
      while (true) {
        Slot slot;
        synchronized (lock) {
          if (flight.done) {
            return outcome(flight, attempt);
          }
          if (flight != openFlight || !mayHandOver()) {
            // parked until this flight lands, or (for the open flight) until it may be handed over:
            // whoever changes either unparks this thread after setting it, under the lock, so an
            // unpark between here and park() is kept as the thread's permit and not lost
            flight.park(Thread.currentThread());
            slot = null;
          } else {
            slot = new Slot(batch, openFlight);
            slot.batch.handOver(inFlight.isEmpty() ? null : inFlight.peekLast().batch);
            inFlight.addLast(slot);
            batch = spares.isEmpty() ? new EntryBatch() : spares.pop();
            batch.reset(lastSequence + 1);
            openFlight = new Flight();
            slot.flight.pendingCount = pendingCount;
            slot.flight.firstOpenPending = firstOpenPending;
          }
        }
        if (slot == null) {
          LockSupport.park(this);
          if (Thread.interrupted()) {
            interrupted = true; // the outcome must still be known: keep waiting
          }
          continue;
        }
        RuntimeException failure = null;
        try {
          store.append(slot.batch);
        } catch (RuntimeException e) {
          failure = e;
        } catch (Error e) {
          failure = new IllegalStateException("the store failed with an error", e);
          slot.batch.markOrdered();
          Thread[] wake;
          synchronized (lock) {
            returned(slot, failure);
            wake = takeWakeUps();
          }
          wakeUp(wake);
          throw e;
        }
        slot.batch.markOrdered();
        Checkpoint due;
        Thread[] wake;
        synchronized (lock) {
          returned(slot, failure);
          due = dueCheckpoint;
          dueCheckpoint = null;
          wake = takeWakeUps();
        }
        wakeUp(wake);
        if (due != null) {
          saveQuietly(due);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Thread[] takeWakeUps() {
    if (toWake.isEmpty()) {
      return null;
    }
    Thread[] wake = toWake.toArray(new Thread[0]);
    toWake.clear();
    return wake;
  }

  private static void wakeUp(Thread[] wake) {
    if (wake != null) {
      for (Thread t : wake) {
        LockSupport.unpark(t);
      }
    }
  }

  /** Marks a flight landed (or failed), under the lock, and queues its parked callers' wake-up. */
  private void finish(Flight flight) {
    flight.done = true;
    if (flight.waiters != null) {
      toWake.addAll(flight.waiters);
      flight.waiters = null;
    }
  }

  /**
   * Tells, under the lock, whether the open batch may be handed to the store now: when nothing is
   * in flight, or when fewer than {@link #depth} batches are and the open batch holds at least as
   * many entries as the newest of them (a smaller batch would cost a commit of its own for little:
   * it waits and grows while the others commit, and goes at the latest once they have all landed).
   */
  private boolean mayHandOver() {
    if (inFlight.isEmpty()) {
      return true;
    }
    return inFlight.size() < depth && batch.size() >= inFlight.peekLast().batch.size();
  }

  /**
   * Saves an automatic checkpoint. A checkpoint only shortens restarts, so a failure to save one
   * never fails the command that happened to trigger it; the next one due is tried again.
   */
  private void saveQuietly(Checkpoint cp) {
    try {
      store.saveCheckpoint(cp);
    } catch (RuntimeException e) {
      synchronized (lock) {
        lastCheckpoint = Math.min(lastCheckpoint, cp.sequence() - checkpointEvery);
      }
    }
  }

  private boolean outcome(Flight flight, int attempt) {
    RuntimeException failure = flight.failure;
    if (failure == null) {
      return true;
    }
    if (isWriterConflict(failure)) {
      if (attempt < WRITER_ATTEMPTS) {
        return false;
      }
      throw new LedgerException(TimeBankError.LEDGER_WRITER_CONFLICT, failure, attempt);
    }
    throw new LedgerException(TimeBankError.LEDGER_STORE_FAILED, failure);
  }

  private static boolean isWriterConflict(RuntimeException e) {
    return e instanceof TimeBankException t && t.error() == TimeBankError.LEDGER_STORE_SEQUENCE;
  }

  /**
   * Records that an append returned, under the lock, then records the outcomes of the batches in
   * sequence order as far as their appends have returned, and queues the wake-ups: every caller of
   * a batch that landed or failed, and one caller of the open batch (it hands the batch over if it
   * may now, or parks again). Callers of batches still in flight sleep on. Threads waiting on the
   * lock's monitor for other reasons (a read waiting for the store to settle) are notified.
   */
  private void returned(Slot slot, RuntimeException failure) {
    slot.returned = true;
    slot.failure = failure;
    while (!inFlight.isEmpty() && inFlight.peekFirst().returned) {
      Slot s = inFlight.removeFirst();
      if (!s.doomed) {
        landed(s.batch, s.flight, s.failure);
      }
      spares.push(s.batch);
    }
    ArrayList<Thread> open = openFlight.waiters;
    if (open != null && !open.isEmpty()) {
      toWake.add(open.remove(open.size() - 1));
    }
    lock.notifyAll();
  }

  /**
   * Records the outcome of the oldest batch in flight, which the lock's holder just took off {@link
   * #inFlight}. A failure rolls back this batch, every later one still in flight (their outcome no
   * longer matters: they fail with this one) and the open batch.
   */
  private void landed(EntryBatch flushed, Flight flight, RuntimeException failure) {
    if (failure == null) {
      int n = flushed.size();
      durableSequence = flushed.firstSequence() + n - 1;
      durableTimestamp = flushed.timestamp(n - 1);
      durableHead =
          chain == null
              ? ChainHash.GENESIS
              : new ChainHash(
                  flushed.hashWord(n - 1, 0),
                  flushed.hashWord(n - 1, 1),
                  flushed.hashWord(n - 1, 2),
                  flushed.hashWord(n - 1, 3));
      durablePendingCount = flight.pendingCount;
      durableFirstOpenPending = flight.firstOpenPending;
      while (!accountUndo.isEmpty() && accountUndo.peekFirst()[0] <= durableSequence) {
        accountUndo.removeFirst();
      }
      if (checkpointEvery > 0
          && durableSequence - lastCheckpoint >= checkpointEvery
          && batch.size() == 0
          && inFlight.isEmpty()
          && dueCheckpoint == null) {
        dueCheckpoint = capture(); // memory is the committed state: nothing else is staged
        lastCheckpoint = durableSequence;
      }
    } else {
      rollBack(flushed);
      flight.failure = failure;
      for (Slot later : inFlight) {
        later.doomed = true;
        later.flight.failure = failure;
        finish(later.flight);
      }
      openFlight.failure = failure;
      finish(openFlight);
      openFlight = new Flight();
      resync = true;
    }
    finish(flight);
  }

  /**
   * Undoes, newest first, every entry staged since the last committed batch: the open batch, the
   * later batches still in flight, then the batch whose append failed. Afterwards memory is exactly
   * as it was after the last committed batch.
   */
  private void rollBack(EntryBatch failed) {
    List<EntryBatch> newestFirst = new ArrayList<>(inFlight.size() + 2);
    newestFirst.add(batch);
    for (Iterator<Slot> i = inFlight.descendingIterator(); i.hasNext(); ) {
      newestFirst.add(i.next().batch);
    }
    newestFirst.add(failed);
    for (EntryBatch b : newestFirst) {
      for (int r = b.size() - 1; r >= 0; r--) {
        revertRow(b, r);
        long seq = b.firstSequence() + r;
        long key = b.clientKey(r);
        if (key != 0) {
          unindex(key, b.clientId(r), seq);
        }
        if (b.phase(r) == PENDING) {
          pendingSlots.remove(seq, pendingSlots.get(seq));
        }
      }
    }
    while (!accountUndo.isEmpty() && accountUndo.peekLast()[0] > durableSequence) {
      revertAccountChange(accountUndo.removeLast());
    }
    pendingCount = durablePendingCount;
    firstOpenPending = durableFirstOpenPending;
    long next = Long.MAX_VALUE;
    for (int s = firstOpenPending; s < pendingCount; s++) {
      if (pendingState[s] == P_OPEN) {
        next = Math.min(next, pendingDeadline[s]);
      }
    }
    nextDeadline = next;
    if (chain != null) {
      chain.reset(durableHead);
    }
    lastSequence = durableSequence;
    lastTimestamp = durableTimestamp;
    batch.reset(lastSequence + 1);
  }

  /** Returns the flight of a staged sequence, or null if it is committed. */
  private Flight flightOf(long sequence) {
    if (sequence <= durableSequence) {
      return null;
    }
    for (Slot slot : inFlight) {
      if (slot.holds(sequence)) {
        return slot.flight;
      }
    }
    return openFlight;
  }

  /** Reads an entry, staged or committed, under the lock. */
  private JournalEntry entry(long sequence) {
    if (sequence > durableSequence) {
      EntryBatch b = batch;
      for (Slot slot : inFlight) {
        if (slot.holds(sequence)) {
          b = slot.batch;
        }
      }
      return b.entry((int) (sequence - b.firstSequence()));
    }
    return store.read(sequence);
  }

  // ---------------------------------------------------------------- idempotency

  /**
   * Returns the sequence recorded under a client id, or 0. While the keys of the entries up to a
   * checkpoint are still being read after a restart, a key not found in memory is looked up in the
   * store ({@link LedgerStore#findByClientKey(long, long)}) and what it finds is indexed.
   */
  private long existing(long key, String id) {
    long seq = indexed(key, id);
    if (seq == 0 && indexFloor > 0 && lookUps) {
      List<JournalEntry> found;
      try {
        found = store.findByClientKey(key, indexFloor);
      } catch (RuntimeException e) {
        throw new LedgerException(TimeBankError.LEDGER_STORE_FAILED, e);
      }
      for (JournalEntry e : found) {
        if (e.clientKey() != key || e.sequence() < 1 || e.sequence() > indexFloor) {
          throw new LedgerException(TimeBankError.LEDGER_JOURNAL_BROKEN, e.sequence());
        }
        if (ids.get(key) != e.sequence()) {
          index(key, e.clientId(), e.sequence());
        }
      }
      seq = indexed(key, id);
    }
    return seq;
  }

  /** Returns the sequence recorded in memory under a client id, or 0. */
  private long indexed(long key, String id) {
    long seq = ids.get(key);
    if (seq == LongLongHashMap.MISSING) {
      return 0;
    }
    if (id == null || id.equals(entry(seq).clientId())) {
      return seq;
    }
    if (collidedIds != null) {
      Long other = collidedIds.get(id);
      if (other != null) {
        return other;
      }
    }
    return 0;
  }

  private long retried(long seq, int d, int c, long m, byte kind, byte phase, long reference) {
    JournalEntry e = entry(seq);
    boolean same =
        e.debitAccount() == d
            && e.creditAccount() == c
            && e.amountMinutes() == m
            && e.kind() == kind
            && e.phase() == phase
            && (reference < 0 || e.reference() == reference);
    if (!same) {
      throw new LedgerException(
          LEDGER_ID_REUSED, e.clientId() != null ? e.clientId() : e.clientKey());
    }
    return seq;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Returns the recorded transfer at a sequence.
   *
   * @param sequence from 1 to {@link #lastSequence()}
   * @return the transfer
   * @throws IndexOutOfBoundsException if no such entry
   */
  public Transfer transferAt(long sequence) {
    synchronized (lock) {
      Objects.checkIndex(sequence - 1, lastSequence);
      return toTransfer(entry(sequence));
    }
  }

  private List<Transfer> transfersAt(long[] sequences) {
    List<Transfer> list = new ArrayList<>(sequences.length);
    for (long s : sequences) {
      list.add(toTransfer(entry(s)));
    }
    return list;
  }

  /**
   * Converts a stored transfer entry of this ledger to a transfer.
   *
   * @param e the entry, not null
   * @return the transfer
   * @throws IllegalArgumentException if the entry records an account change ({@link
   *     AccountChange#isAccountChange(byte)}), not a transfer
   */
  public Transfer toTransfer(JournalEntry e) {
    if (AccountChange.isAccountChange(e.phase())) {
      throw new IllegalArgumentException("entry " + e.sequence() + " is an account change");
    }
    synchronized (lock) {
      return new Transfer(
          e.sequence(),
          Instant.ofEpochMilli(e.timestampMillis()),
          e.clientId() == null ? null : new TransferId(e.clientId()),
          e.clientKey(),
          TransferKind.ofCode(e.kind()),
          TransferPhase.ofCode(e.phase()),
          idOf(e.debitAccount()),
          idOf(e.creditAccount()),
          TimeCredit.ofMinutes(e.amountMinutes()),
          e.reference());
    }
  }

  /**
   * Finds the transfer recorded under a client id.
   *
   * @param id the id, not null
   * @return the transfer, or null if none
   */
  public Transfer find(TransferId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      if (indexFloor > 0 && !lookUps) {
        awaitIndex(); // after a restart from a checkpoint, old ids are still being read
      }
      long seq = existing(id.key(), id.value());
      return seq > 0 ? toTransfer(entry(seq)) : null;
    }
  }

  /**
   * Returns the transfer events of the committed journal from a sequence on. Account changes
   * (entries for which {@link AccountChange#isAccountChange(byte)} holds) are skipped; read them
   * from the store.
   *
   * @param fromSequence the first sequence, at least 1
   * @param max the most entries to read
   * @return the events in journal order
   */
  public List<LedgerEvent> events(long fromSequence, int max) {
    List<LedgerEvent> list = new ArrayList<>();
    for (JournalEntry e : store.readRange(fromSequence, max)) {
      if (!AccountChange.isAccountChange(e.phase())) {
        list.add(LedgerEvent.of(toTransfer(e)));
      }
    }
    return list;
  }

  /**
   * Visits an account's committed transfer entries newest first while holding the ledger's lock,
   * once everything staged is committed, so that the returned balance and the entries visited are
   * consistent. Account changes are not visited.
   *
   * @param number the account number
   * @param visitor the visitor, not null
   * @return the account's posted balance at the time of the scan
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public long scanAccount(int number, EntryVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return durably(
        () -> {
          checkKnown(number);
          store.scanAccountBackward(
              number,
              durableSequence,
              (seq, ts, debit, credit, amount, kind, phase, ref) ->
                  AccountChange.isAccountChange(phase)
                      || visitor.visit(seq, ts, debit, credit, amount, kind, phase, ref));
          return balance[number];
        });
  }

  /**
   * Runs a read under the lock once nothing is staged or being appended, so that it sees memory and
   * the store agree. A failed append in between is fine: it is rolled back before the read.
   */
  private <T> T durably(Supplier<T> read) {
    boolean interrupted = false;
    try {
      while (true) {
        Flight pending;
        synchronized (lock) {
          if (inFlight.isEmpty() && batch.size() == 0) {
            return read.get();
          }
          pending = batch.size() > 0 ? openFlight : inFlight.peekLast().flight;
          if (pending.done) { // a failed batch's later batches: wait until their appends return
            try {
              lock.wait();
            } catch (InterruptedException e) {
              interrupted = true; // they return soon: keep waiting
            }
            continue;
          }
        }
        try {
          committed(pending, WRITER_ATTEMPTS);
        } catch (LedgerException e) {
          // rolled back: memory is at the last committed batch again
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Reads the entries that another writer appended to the store since this ledger last wrote or
   * read, so that balances and reservations include them.
   *
   * @return the last sequence afterwards
   * @throws LedgerException {@code LEDGER_JOURNAL_BROKEN} or {@code LEDGER_JOURNAL_TRUNCATED} if
   *     the stored journal does not verify, {@code LEDGER_STORE_FAILED} if the store cannot be read
   */
  public long refresh() {
    return durably(
        () -> {
          try {
            catchUp();
          } catch (LedgerException e) {
            throw e;
          } catch (RuntimeException e) {
            throw new LedgerException(TimeBankError.LEDGER_STORE_FAILED, e);
          }
          return lastSequence;
        });
  }

  /**
   * Returns the id of an account by number.
   *
   * @param number the account number
   * @return the id
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public AccountId accountId(int number) {
    synchronized (lock) {
      checkKnown(number);
      return idOf(number);
    }
  }

  /**
   * Returns the kind of an account by number.
   *
   * @param number the account number
   * @return the kind
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public AccountKind kindOf(int number) {
    synchronized (lock) {
      checkKnown(number);
      return KINDS[kinds[number]];
    }
  }

  /**
   * Returns the posted balances and pending amounts of all accounts with the last sequence, taken
   * atomically.
   *
   * @return the snapshot
   */
  public BalanceSnapshot balances() {
    return durably(
        () ->
            new BalanceSnapshot(
                lastSequence,
                java.util.Arrays.copyOf(balance, accountCount),
                java.util.Arrays.copyOf(pendingDebits, accountCount),
                java.util.Arrays.copyOf(pendingCredits, accountCount)));
  }

  /**
   * Returns the sequence of the last entry.
   *
   * @return the sequence, 0 when empty
   */
  public long lastSequence() {
    return durably(() -> lastSequence);
  }

  /**
   * Returns the store that holds the journal.
   *
   * @return the store
   */
  public LedgerStore store() {
    return store;
  }

  /**
   * Tells whether entries are hash-chained.
   *
   * @return true if chained
   */
  public boolean isHashChained() {
    return chain != null;
  }

  /**
   * Returns the chain hash of the last entry, to publish as an anchor.
   *
   * @return the head, {@link ChainHash#GENESIS} when empty or not chained
   */
  public ChainHash head() {
    return durably(() -> chain == null ? ChainHash.GENESIS : chain.head());
  }

  /**
   * Returns the sum of all posted balances: zero, always (double entry).
   *
   * @return the sum in minutes, computed exactly
   */
  public long sumOfBalances() {
    synchronized (lock) {
      long sum = 0;
      try {
        for (int i = 0; i < accountCount; i++) {
          sum = Math.addExact(sum, balance[i]);
        }
      } catch (ArithmeticException e) {
        throw new LedgerException(LEDGER_AMOUNT_OVERFLOW, "sum of balances");
      }
      return sum;
    }
  }

  /**
   * Returns the clock of this ledger.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "Ledger[" + accountCount + " accounts, " + lastSequence + " entries]";
    }
  }

  /** Builds a {@link Ledger}. Not thread-safe. */
  public static final class Builder {
    private final Clock clock;
    private final LedgerStore store;
    private boolean hashChained = true;
    private int expectedTransfers = 1024;
    private boolean fromCheckpoint = true;
    private long checkpointEvery;
    private int appendsInFlight = 1;

    private Builder(Clock clock, LedgerStore store) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Turns the hash chain on (default) or off.
     *
     * @param on true to chain
     * @return this builder
     */
    public Builder hashChained(boolean on) {
      this.hashChained = on;
      return this;
    }

    /**
     * Restores from the store's latest checkpoint (default) or replays the whole journal.
     *
     * @param on true to start from the checkpoint
     * @return this builder
     */
    public Builder fromCheckpoint(boolean on) {
      this.fromCheckpoint = on;
      return this;
    }

    /**
     * Saves a checkpoint automatically every so many entries (default 0: only on demand with {@link
     * Ledger#checkpoint()}). A checkpoint is taken when a batch commits and nothing else is staged,
     * so under a continuous load it may come some entries later.
     *
     * @param entries the entries between checkpoints, 0 for none
     * @return this builder
     * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} if negative
     */
    public Builder checkpointEvery(long entries) {
      if (entries < 0) {
        throw new TimeBankException(
            TimeBankError.TIMEBANK_POLICY_INVALID,
            Wording.of("the checkpoint interval is zero or more entries", "检查点间隔须为零或正数条记录"));
      }
      this.checkpointEvery = entries;
      return this;
    }

    /**
     * Sets how many batches may be appended at once (default 1: a batch is handed to the store only
     * after the previous one committed). With more, the next batch's rows travel to the store while
     * the previous batch commits; the store commits them in sequence order, and when one fails,
     * every later batch in flight is rolled back with it and its callers get {@code
     * LEDGER_STORE_FAILED}, even if the store committed it after all (a retry of the same client id
     * then finds it). Needs a store that {@link LedgerStore#appendsConcurrently() appends
     * concurrently} (the in-memory and the JDBC store do), the hash chain (a batch is committed
     * only right after the entry it was chained to, so never after entries another writer appended
     * in place of a failed previous batch) and, for a database, one connection per batch in flight.
     * The default 1 is ours; 2 to 4 raised throughput on PostgreSQL (see benchmarks/README.md,
     * issue 11).
     *
     * @param batches the batches in flight, 1 to 16
     * @return this builder
     * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} outside 1 to 16, or (on {@link
     *     #build()}) above 1 over a store that does not append concurrently or without the hash
     *     chain
     */
    public Builder appendsInFlight(int batches) {
      if (batches < 1 || batches > 16) {
        throw new TimeBankException(
            TimeBankError.TIMEBANK_POLICY_INVALID,
            Wording.of("the batches in flight are 1 to 16", "同时写入的批次数须为 1 到 16"));
      }
      this.appendsInFlight = batches;
      return this;
    }

    /**
     * Sizes the indexes for a number of transfers.
     *
     * @param n the expected number
     * @return this builder
     */
    public Builder expectedTransfers(int n) {
      this.expectedTransfers = Math.max(16, n);
      return this;
    }

    /**
     * Builds the ledger; over a non-empty store, replays the journal to rebuild the accounts,
     * balances, reservations, the idempotency index and the chain head.
     *
     * @return the ledger
     * @throws LedgerException {@code LEDGER_JOURNAL_BROKEN} if a stored entry breaks the chain or
     *     the last one differs from the store's anchored head, {@code LEDGER_JOURNAL_TRUNCATED} if
     *     entries are missing, {@code LEDGER_ACCOUNT_UNKNOWN} if an entry names an account never
     *     opened
     */
    public Ledger build() {
      return new Ledger(this);
    }
  }
}
