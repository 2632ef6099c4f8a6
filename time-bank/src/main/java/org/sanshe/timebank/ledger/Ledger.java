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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.AccountStatus;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.internal.Growth;
import org.sanshe.timebank.internal.LongIntHashMap;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.EntryBatch;
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
 * open-addressing {@code long -> int} map; the journal is written through a reusable column batch
 * and hashed with one reusable digest. The numeric fast path {@link #transfer(long, int, int, long,
 * TransferKind)} allocates nothing.
 *
 * <p><b>Storage.</b> Every command appends one batch to the {@link LedgerStore} port; a ledger
 * built over a non-empty store (with {@link Builder#restoring}) replays the journal, checking the
 * hash chain, and continues where it stopped. Accounts themselves are not journaled: the integrator
 * keeps the account snapshots ({@link #accounts()}) and hands them back when restoring.
 *
 * <p><b>Thread safety.</b> Thread-safe by one lock around every command and every read of mutable
 * state: commands are short (well under a microsecond without contention), so a single writer gives
 * a total order of the journal, which the hash chain needs anyway. Reads of the store alone
 * (statements, verification) may run concurrently with commands because the store synchronizes
 * itself.
 */
public final class Ledger {

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
  private static final AccountKind[] KINDS = AccountKind.values();

  private final Object lock = new Object();
  private final Clock clock;
  private final LedgerStore store;
  private final HashChain chain;
  private final EntryBatch batch = new EntryBatch();
  private long lastSequence;
  private long lastTimestamp;

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

  private final LongIntHashMap ids;
  private Map<String, Integer> collidedIds;

  private final LongIntHashMap pendingSlots = new LongIntHashMap(16);
  private long[] pendingSequence = new long[16];
  private long[] pendingDeadline = new long[16];
  private long[] pendingAmount = new long[16];
  private int[] pendingDebit = new int[16];
  private int[] pendingCredit = new int[16];
  private byte[] pendingState = new byte[16];
  private int pendingCount;
  private int firstOpenPending;
  private long nextDeadline = Long.MAX_VALUE;
  private int stagedPendings;

  private Ledger(Builder b) {
    this.clock = b.clock;
    this.store = b.store;
    this.chain = b.hashChained ? new HashChain() : null;
    this.ids = new LongIntHashMap(b.expectedTransfers);
    for (Account a : b.accounts) {
      Account opened = open(a.id(), a.kind(), a.limits());
      if (opened.number() != a.number()) {
        throw new IllegalArgumentException("accounts must be restored in number order");
      }
      statuses[a.number()] = (byte) a.status().ordinal();
    }
    if (b.donationPool != null) {
      designateDonationPool(b.donationPool);
    }
    if (store.lastSequence() != 0) {
      replay();
    }
  }

  /**
   * Rebuilds balances, reservations, the idempotency index and the chain head from the stored
   * journal, checking every link of the chain.
   */
  private void replay() {
    long next = 1;
    while (true) {
      List<JournalEntry> page = store.readRange(next, 4096);
      if (page.isEmpty()) {
        break;
      }
      for (JournalEntry e : page) {
        replay(e);
        next = e.sequence() + 1;
      }
    }
  }

  private void replay(JournalEntry e) {
    int d = e.debitAccount();
    int c = e.creditAccount();
    if (d < 0 || d >= accountCount || c < 0 || c >= accountCount) {
      throw new LedgerException(LEDGER_ACCOUNT_UNKNOWN, "#" + Math.max(d, c));
    }
    if (chain != null) {
      chain.next(e);
      if (!chain.headEquals(e.hash())) {
        throw new LedgerException(
            org.sanshe.timebank.error.TimeBankError.LEDGER_JOURNAL_BROKEN, e.sequence());
      }
    }
    long m = e.amountMinutes();
    byte phase = e.phase();
    if (phase == POSTED || phase == DIVERTED) {
      balance[d] -= m;
      balance[c] += m;
    } else if (phase == PENDING) {
      pendingDebits[d] += m;
      pendingCredits[c] += m;
      stagePendingSlot(e.sequence(), e.reference(), d, c, m);
      stagedPendings = 0;
      pendingSlots.put(e.sequence(), pendingCount - 1);
      nextDeadline = Math.min(nextDeadline, e.reference());
    } else {
      int slot = pendingSlots.get(e.reference());
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
    if (key != 0 && ids.putIfAbsent(key, (int) e.sequence()) != LongIntHashMap.MISSING) {
      if (collidedIds == null) {
        collidedIds = new HashMap<>();
      }
      collidedIds.put(e.clientId(), (int) e.sequence());
    }
    while (firstOpenPending < pendingCount && pendingState[firstOpenPending] != P_OPEN) {
      firstOpenPending++;
    }
    lastSequence = e.sequence();
    lastTimestamp = Math.max(lastTimestamp, e.timestampMillis());
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
    synchronized (lock) {
      if (find(id.value()) >= 0) {
        throw new LedgerException(LEDGER_ACCOUNT_EXISTS, id);
      }
      int profile = profile(limits);
      if (accountCount == Integer.MAX_VALUE - 64) {
        throw new LedgerException(LEDGER_ACCOUNT_CAPACITY, accountCount);
      }
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
      accountIds[n] = id.value().getBytes(StandardCharsets.ISO_8859_1);
      kinds[n] = (byte) kind.ordinal();
      statuses[n] = OPEN;
      profileOf[n] = (short) profile;
      accountCount = n + 1;
      if (accountCount * 2 > idTable.length) {
        rebuildIdTable(idTable.length * 2);
      } else {
        insertId(n);
      }
      return snapshot(n);
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
    return (int) LongIntHashMap.mix(h);
  }

  private static int hashOf(byte[] s) {
    int h = 0;
    for (byte b : s) {
      h = 31 * h + (b & 0xff);
    }
    return (int) LongIntHashMap.mix(h);
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
        AccountStatus.values()[statuses[n]],
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
    synchronized (lock) {
      donationPool = number(id);
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
    synchronized (lock) {
      int n = number(id);
      if (statuses[n] == CLOSED) {
        throw new LedgerException(LEDGER_ACCOUNT_CLOSED, id);
      }
      if (status == CLOSED
          && (balance[n] != 0 || pendingDebits[n] != 0 || pendingCredits[n] != 0)) {
        throw new LedgerException(LEDGER_ACCOUNT_NOT_EMPTY, id);
      }
      statuses[n] = status;
      return snapshot(n);
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
    synchronized (lock) {
      long now = now();
      long existing = existing(clientId, null);
      if (existing > 0) {
        return retried(existing, debitAccount, creditAccount, minutes, kind.code(), POSTED, 0);
      }
      batch.reset(lastSequence + 1);
      try {
        stagePosted(now, clientId, null, debitAccount, creditAccount, minutes, kind.code());
      } catch (LedgerException e) {
        undo(0);
        throw e;
      }
      commit();
      return batch.firstSequence();
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
    Objects.requireNonNull(requests, "requests");
    if (requests.isEmpty()) {
      throw new LedgerException(LEDGER_BATCH_EMPTY);
    }
    synchronized (lock) {
      long now = now();
      long[] sequences = new long[requests.size()];
      int known = 0;
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
          known++;
        }
      }
      if (known == requests.size()) {
        return transfersAt(sequences);
      }
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
      batch.reset(lastSequence + 1);
      for (int i = 0; i < requests.size(); i++) {
        TransferRequest r = requests.get(i);
        try {
          checkDuplicateInBatch(r.id());
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
          undo(0);
          throw linked(requests.size(), i, e);
        }
      }
      commit();
      return transfersAt(sequences);
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

  private void checkDuplicateInBatch(TransferId id) {
    long key = id.key();
    for (int r = 0; r < batch.size(); r++) {
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
    synchronized (lock) {
      long now = now();
      TransferId id = request.id();
      long existing = existing(id.key(), id.value());
      int d = number(request.debit());
      int c = number(request.credit());
      long m = request.amount().toMinutes();
      if (existing > 0) {
        return transferAt(retried(existing, d, c, m, request.kind().code(), PENDING, -1));
      }
      long deadline;
      try {
        deadline = Math.addExact(now, timeout.toMillis());
      } catch (ArithmeticException e) {
        throw new LedgerException(LEDGER_TIMEOUT_INVALID, timeout);
      }
      batch.reset(lastSequence + 1);
      try {
        checkTransfer(d, c, m);
        checkDebit(d, m);
        checkCreditCap(c, m);
        pendingDebits[d] += m;
        pendingCredits[c] += m;
        int row =
            batch.add(now, id.key(), id.value(), d, c, m, request.kind().code(), PENDING, deadline);
        stagePendingSlot(batch.firstSequence() + row, deadline, d, c, m);
      } catch (LedgerException e) {
        undo(0);
        throw e;
      }
      commit();
      return transferAt(batch.firstSequence());
    }
  }

  /**
   * Posts a reservation in full.
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
    synchronized (lock) {
      long now = now();
      long pendingSeq = existing(pendingId.key(), pendingId.value());
      if (pendingSeq <= 0 || pendingSlots.get(pendingSeq) == LongIntHashMap.MISSING) {
        throw new LedgerException(LEDGER_PENDING_UNKNOWN, pendingId);
      }
      int slot = pendingSlots.get(pendingSeq);
      long reserved = pendingAmount[slot];
      long m = phase == VOID_PENDING ? reserved : (amount < 0 ? reserved : amount);
      int d = pendingDebit[slot];
      int c = pendingCredit[slot];
      long existing = existing(id.key(), id.value());
      byte kind = store.read(pendingSeq).kind();
      if (existing > 0) {
        return transferAt(retried(existing, d, c, m, kind, phase, pendingSeq));
      }
      if (pendingState[slot] != P_OPEN) {
        throw new LedgerException(LEDGER_PENDING_CLOSED, pendingId, stateName(pendingState[slot]));
      }
      if (m > reserved) {
        throw new LedgerException(LEDGER_POST_EXCEEDS_PENDING, m, reserved);
      }
      if (phase == POST_PENDING) {
        checkOpen(d);
        checkOpen(c);
      }
      batch.reset(lastSequence + 1);
      stageResolution(slot, now, id.key(), id.value(), m, kind, phase);
      commit();
      return transferAt(batch.firstSequence());
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
    synchronized (lock) {
      long before = lastSequence;
      now();
      return (int) (lastSequence - before);
    }
  }

  // ---------------------------------------------------------------- staging

  private long now() {
    long t = clock.millis();
    if (t < lastTimestamp) {
      t = lastTimestamp;
    }
    if (t >= nextDeadline) {
      expire(t);
    }
    return t;
  }

  private void expire(long now) {
    batch.reset(lastSequence + 1);
    long next = Long.MAX_VALUE;
    for (int s = firstOpenPending; s < pendingCount; s++) {
      if (pendingState[s] != P_OPEN) {
        continue;
      }
      if (pendingDeadline[s] <= now) {
        byte kind = store.read(pendingSequence[s]).kind();
        stageResolution(s, now, 0, null, pendingAmount[s], kind, EXPIRE_PENDING);
      } else {
        next = Math.min(next, pendingDeadline[s]);
      }
    }
    nextDeadline = next;
    if (batch.size() > 0) {
      commit();
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

  private void stagePendingSlot(long sequence, long deadline, int d, int c, long m) {
    int s = pendingCount;
    if (s == pendingSequence.length) {
      int cap = Growth.next(s, s + 1);
      pendingSequence = Growth.grow(pendingSequence, cap);
      pendingDeadline = Growth.grow(pendingDeadline, cap);
      pendingAmount = Growth.grow(pendingAmount, cap);
      pendingDebit = Growth.grow(pendingDebit, cap);
      pendingCredit = Growth.grow(pendingCredit, cap);
      pendingState = Growth.grow(pendingState, cap);
    }
    pendingSequence[s] = sequence;
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

  /** Reverts the staged rows from a row on, newest first. */
  private void undo(int fromRow) {
    for (int r = batch.size() - 1; r >= fromRow; r--) {
      int d = batch.debit(r);
      int c = batch.credit(r);
      long m = batch.amount(r);
      byte phase = batch.phase(r);
      if (phase == POSTED || phase == DIVERTED) {
        balance[d] += m;
        balance[c] -= m;
      } else if (phase == PENDING) {
        pendingDebits[d] -= m;
        pendingCredits[c] -= m;
      } else {
        int slot = pendingSlots.get(batch.reference(r));
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
    pendingCount -= stagedPendings;
    stagedPendings = 0;
    batch.truncate(fromRow);
  }

  private void commit() {
    EntryBatch b = batch;
    int n = b.size();
    long first = b.firstSequence();
    if (chain != null) {
      for (int r = 0; r < n; r++) {
        chain.next(
            first + r,
            b.timestamp(r),
            b.clientKey(r),
            b.debit(r),
            b.credit(r),
            b.amount(r),
            b.kind(r),
            b.phase(r),
            b.reference(r));
        b.setHash(r, chain.headWord(0), chain.headWord(1), chain.headWord(2), chain.headWord(3));
      }
    }
    try {
      store.append(b);
    } catch (RuntimeException e) {
      if (chain != null) {
        chain.reset(lastSequence == 0 ? ChainHash.GENESIS : store.read(lastSequence).hash());
      }
      undo(0);
      throw e;
    }
    for (int r = 0; r < n; r++) {
      long key = b.clientKey(r);
      long seq = first + r;
      if (key != 0) {
        if (ids.putIfAbsent(key, (int) seq) != LongIntHashMap.MISSING) {
          if (collidedIds == null) {
            collidedIds = new HashMap<>();
          }
          collidedIds.put(b.clientId(r), (int) seq);
        }
      }
      if (b.phase(r) == PENDING) {
        long deadline = b.reference(r);
        int slot = pendingCount - stagedPendings;
        pendingSlots.put(seq, slot);
        stagedPendings--;
        nextDeadline = Math.min(nextDeadline, deadline);
      }
    }
    while (firstOpenPending < pendingCount && pendingState[firstOpenPending] != P_OPEN) {
      firstOpenPending++;
    }
    lastSequence = first + n - 1;
    lastTimestamp = b.timestamp(n - 1);
  }

  // ---------------------------------------------------------------- idempotency

  /** Returns the sequence recorded under a client id, or 0. */
  private long existing(long key, String id) {
    int seq = ids.get(key);
    if (seq == LongIntHashMap.MISSING) {
      return 0;
    }
    if (id == null || id.equals(store.read(seq).clientId())) {
      return seq;
    }
    if (collidedIds != null) {
      Integer other = collidedIds.get(id);
      if (other != null) {
        return other;
      }
    }
    return 0;
  }

  private long retried(long seq, int d, int c, long m, byte kind, byte phase, long reference) {
    JournalEntry e = store.read(seq);
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
    JournalEntry e = store.read(sequence);
    synchronized (lock) {
      return toTransfer(e);
    }
  }

  private List<Transfer> transfersAt(long[] sequences) {
    List<Transfer> list = new ArrayList<>(sequences.length);
    for (long s : sequences) {
      list.add(toTransfer(store.read(s)));
    }
    return list;
  }

  /**
   * Converts a stored entry of this ledger to a transfer.
   *
   * @param e the entry, not null
   * @return the transfer
   */
  public Transfer toTransfer(JournalEntry e) {
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
      long seq = existing(id.key(), id.value());
      return seq > 0 ? toTransfer(store.read(seq)) : null;
    }
  }

  /**
   * Returns the events of the journal from a sequence on.
   *
   * @param fromSequence the first sequence, at least 1
   * @param max the most events to return
   * @return the events in journal order
   */
  public List<LedgerEvent> events(long fromSequence, int max) {
    List<LedgerEvent> list = new ArrayList<>();
    for (JournalEntry e : store.readRange(fromSequence, max)) {
      list.add(LedgerEvent.of(toTransfer(e)));
    }
    return list;
  }

  /**
   * Visits an account's entries newest first while holding the ledger's lock, so that the returned
   * balance and the entries visited are consistent.
   *
   * @param number the account number
   * @param visitor the visitor, not null
   * @return the account's posted balance at the time of the scan
   * @throws LedgerException {@code LEDGER_ACCOUNT_UNKNOWN} if there is no such account
   */
  public long scanAccount(int number, org.sanshe.timebank.store.EntryVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    synchronized (lock) {
      checkKnown(number);
      store.scanAccountBackward(number, visitor);
      return balance[number];
    }
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
    synchronized (lock) {
      return new BalanceSnapshot(
          lastSequence,
          java.util.Arrays.copyOf(balance, accountCount),
          java.util.Arrays.copyOf(pendingDebits, accountCount),
          java.util.Arrays.copyOf(pendingCredits, accountCount));
    }
  }

  /**
   * Returns the sequence of the last entry.
   *
   * @return the sequence, 0 when empty
   */
  public long lastSequence() {
    synchronized (lock) {
      return lastSequence;
    }
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
    synchronized (lock) {
      return chain == null ? ChainHash.GENESIS : chain.head();
    }
  }

  /**
   * Returns the sum of all posted balances: zero, always (double entry).
   *
   * @return the sum in minutes, computed exactly
   */
  public long sumOfBalances() {
    synchronized (lock) {
      long sum = 0;
      for (int i = 0; i < accountCount; i++) {
        sum = Math.addExact(sum, balance[i]);
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
    return "Ledger[" + accountCount() + " accounts, " + lastSequence() + " entries]";
  }

  /** Builds a {@link Ledger}. Not thread-safe. */
  public static final class Builder {
    private final Clock clock;
    private final LedgerStore store;
    private boolean hashChained = true;
    private int expectedTransfers = 1024;
    private List<Account> accounts = List.of();
    private AccountId donationPool;

    private Builder(Clock clock, LedgerStore store) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Restores a ledger over a non-empty store: re-opens the accounts (ids, kinds, limits and
     * status of earlier snapshots, in number order; balances are ignored) so that {@link #build()}
     * can replay the journal.
     *
     * @param snapshots the accounts as {@link Ledger#accounts()} returned them, not null
     * @param pool the donation pool, or null
     * @return this builder
     */
    public Builder restoring(List<Account> snapshots, AccountId pool) {
      this.accounts = List.copyOf(Objects.requireNonNull(snapshots, "snapshots"));
      this.donationPool = pool;
      return this;
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
     * Builds the ledger; over a non-empty store, replays the journal to rebuild balances,
     * reservations, the idempotency index and the chain head.
     *
     * @return the ledger
     * @throws LedgerException {@code LEDGER_JOURNAL_BROKEN} if a stored entry breaks the chain,
     *     {@code LEDGER_ACCOUNT_UNKNOWN} if an entry names an account not restored
     * @throws IllegalArgumentException if the restored accounts are not in number order
     */
    public Ledger build() {
      return new Ledger(this);
    }
  }
}
