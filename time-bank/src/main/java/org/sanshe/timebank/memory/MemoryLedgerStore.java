package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.internal.Growth;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * The in-memory {@link LedgerStore}: a column-oriented journal of parallel primitive arrays (about
 * 90 bytes an entry including its hash and the per-account back links), so that millions of entries
 * cost no object per entry. Entries of one account are linked newest to oldest for statements.
 *
 * <p>Thread-safe: every method synchronizes on the store. Holds at most {@code Integer.MAX_VALUE -
 * 16} entries.
 */
public final class MemoryLedgerStore implements LedgerStore {

  private int size;
  private long[] timestamp;
  private long[] clientKey;
  private String[] clientId;
  private int[] debit;
  private int[] credit;
  private long[] amount;
  private byte[] kind;
  private byte[] phase;
  private long[] reference;
  private long[] hash;
  private int[] previousOfDebit;
  private int[] previousOfCredit;
  private int[] lastOfAccount = new int[16];

  /** Creates an empty store. */
  public MemoryLedgerStore() {
    this(1024);
  }

  /**
   * Creates an empty store sized for a number of entries.
   *
   * @param expectedEntries the expected number of entries
   */
  public MemoryLedgerStore(int expectedEntries) {
    int n = Math.max(16, expectedEntries);
    timestamp = new long[n];
    clientKey = new long[n];
    clientId = new String[n];
    debit = new int[n];
    credit = new int[n];
    amount = new long[n];
    kind = new byte[n];
    phase = new byte[n];
    reference = new long[n];
    hash = new long[n * 4];
    previousOfDebit = new int[n];
    previousOfCredit = new int[n];
  }

  @Override
  public synchronized long lastSequence() {
    return size;
  }

  @Override
  public synchronized void append(EntryBatch batch) {
    Objects.requireNonNull(batch, "batch");
    if (batch.firstSequence() != size + 1L) {
      throw new TimeBankException(
          TimeBankError.LEDGER_STORE_SEQUENCE, size + 1L, batch.firstSequence());
    }
    int n = batch.size();
    if (size + n > timestamp.length) {
      grow(size + n);
    }
    for (int r = 0; r < n; r++) {
      int i = size + r;
      int d = batch.debit(r);
      int c = batch.credit(r);
      if (d >= lastOfAccount.length || c >= lastOfAccount.length) {
        lastOfAccount =
            Growth.grow(lastOfAccount, Growth.next(lastOfAccount.length, Math.max(d, c) + 1));
      }
      timestamp[i] = batch.timestamp(r);
      clientKey[i] = batch.clientKey(r);
      String id = batch.clientId(r);
      if (id != null) {
        clientId[i] = id;
      }
      debit[i] = d;
      credit[i] = c;
      amount[i] = batch.amount(r);
      kind[i] = batch.kind(r);
      phase[i] = batch.phase(r);
      reference[i] = batch.reference(r);
      int h = i * 4;
      hash[h] = batch.hashWord(r, 0);
      hash[h + 1] = batch.hashWord(r, 1);
      hash[h + 2] = batch.hashWord(r, 2);
      hash[h + 3] = batch.hashWord(r, 3);
      // links hold sequence numbers (index + 1); 0 ends the chain
      previousOfDebit[i] = lastOfAccount[d];
      previousOfCredit[i] = lastOfAccount[c];
      lastOfAccount[d] = i + 1;
      lastOfAccount[c] = i + 1;
    }
    size += n;
  }

  private void grow(int needed) {
    int n = Growth.next(timestamp.length, needed);
    timestamp = Growth.grow(timestamp, n);
    clientKey = Growth.grow(clientKey, n);
    clientId = Growth.grow(clientId, n);
    debit = Growth.grow(debit, n);
    credit = Growth.grow(credit, n);
    amount = Growth.grow(amount, n);
    kind = Growth.grow(kind, n);
    phase = Growth.grow(phase, n);
    reference = Growth.grow(reference, n);
    hash = Growth.grow(hash, n * 4);
    previousOfDebit = Growth.grow(previousOfDebit, n);
    previousOfCredit = Growth.grow(previousOfCredit, n);
  }

  @Override
  public synchronized JournalEntry read(long sequence) {
    int i = (int) Objects.checkIndex(sequence - 1, (long) size);
    int h = i * 4;
    return new JournalEntry(
        i + 1L,
        timestamp[i],
        clientKey[i],
        clientId[i],
        debit[i],
        credit[i],
        amount[i],
        kind[i],
        phase[i],
        reference[i],
        new ChainHash(hash[h], hash[h + 1], hash[h + 2], hash[h + 3]));
  }

  @Override
  public synchronized List<JournalEntry> readRange(long fromSequence, int maxEntries) {
    if (fromSequence < 1) {
      throw new IndexOutOfBoundsException("sequences start at 1");
    }
    List<JournalEntry> list = new ArrayList<>();
    for (long s = fromSequence; s <= size && list.size() < maxEntries; s++) {
      list.add(read(s));
    }
    return list;
  }

  @Override
  public synchronized void scan(long fromSequence, EntryVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    for (int i = (int) Math.max(0, fromSequence - 1); i < size; i++) {
      if (!visitor.visit(
          i + 1L, timestamp[i], debit[i], credit[i], amount[i], kind[i], phase[i], reference[i])) {
        return;
      }
    }
  }

  @Override
  public synchronized void scanAccountBackward(int account, EntryVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    if (account < 0 || account >= lastOfAccount.length) {
      return;
    }
    int s = lastOfAccount[account];
    while (s != 0) {
      int i = s - 1;
      if (!visitor.visit(
          s, timestamp[i], debit[i], credit[i], amount[i], kind[i], phase[i], reference[i])) {
        return;
      }
      s = debit[i] == account ? previousOfDebit[i] : previousOfCredit[i];
    }
  }

  /**
   * Returns the stored client id string of an entry, or null; used for idempotency checks.
   *
   * @param sequence the sequence
   * @return the id or null
   */
  public synchronized String clientId(long sequence) {
    return clientId[(int) Objects.checkIndex(sequence - 1, (long) size)];
  }

  @Override
  public String toString() {
    return "MemoryLedgerStore[" + lastSequence() + " entries]";
  }
}
