package org.sanshe.timebank.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.internal.Growth;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.Checkpoint;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * The in-memory {@link LedgerStore}: a compact journal of primitive arrays with no object per
 * entry. The fields read together (time, key, amount, accounts, reference and the per-account back
 * links) are packed into one row of six longs, so that appending or scanning an entry touches one
 * or two cache lines; kind and phase share a byte column; the chain hash (four longs) and the
 * client ids are separate columns. The client ids are one pool of Latin-1 bytes (ids are ASCII)
 * with the end of each entry's id in an int column, so that a string client id costs its length and
 * no object: the collector has nothing per entry to copy or trace. About 89 bytes an entry, plus
 * the id's length for entries with a string client id. Entries of one account are linked newest to
 * oldest for statements.
 *
 * <p>Thread-safe: every method synchronizes on the store. Holds at most {@code (Integer.MAX_VALUE -
 * 16) / 6} entries.
 */
public final class MemoryLedgerStore implements LedgerStore {

  private static final int ROW = 6;

  private int size;
  private long[] rows;
  private byte[] kindPhase;
  private long[] hash;
  // the client ids one after the other; entry i's id ends at idEnd[i], or ~end when it has none
  private byte[] idPool;
  private int idBytes;
  private int[] idEnd;
  private int[] lastOfAccount = new int[16];
  private Checkpoint checkpoint;

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
    rows = new long[n * ROW];
    kindPhase = new byte[n];
    hash = new long[n * 4];
    idEnd = new int[n];
    idPool = new byte[Math.max(64, n * 4)];
  }

  @Override
  public synchronized long lastSequence() {
    return size;
  }

  /**
   * {@inheritDoc}
   *
   * <p>True: an append waits for the previous batch's append to return, then appends under the
   * store's lock.
   */
  @Override
  public boolean appendsConcurrently() {
    return true;
  }

  @Override
  public void append(EntryBatch batch) {
    Objects.requireNonNull(batch, "batch");
    batch.awaitPrevious();
    try {
      appendInOrder(batch);
    } finally {
      batch.markOrdered();
    }
  }

  private synchronized void appendInOrder(EntryBatch batch) {
    ChainHash previous = batch.previousHead();
    if (batch.firstSequence() != size + 1L || (previous != null && !previous.equals(head()))) {
      throw new TimeBankException(
          TimeBankError.LEDGER_STORE_SEQUENCE, size + 1L, batch.firstSequence());
    }
    int n = batch.size();
    // where the ids of this batch start: after the last stored entry's id (an append that failed
    // half-way leaves nothing behind)
    int lastEnd = size == 0 ? 0 : idEnd[size - 1];
    idBytes = lastEnd < 0 ? ~lastEnd : lastEnd;
    if (size + n > kindPhase.length) {
      grow(size + n);
    }
    long[] r = rows;
    for (int b = 0; b < n; b++) {
      int i = size + b;
      int d = batch.debit(b);
      int c = batch.credit(b);
      if (d >= lastOfAccount.length || c >= lastOfAccount.length) {
        lastOfAccount =
            Growth.grow(lastOfAccount, Growth.next(lastOfAccount.length, Math.max(d, c) + 1));
      }
      int at = i * ROW;
      r[at] = batch.timestamp(b);
      r[at + 1] = batch.clientKey(b);
      r[at + 2] = batch.amount(b);
      r[at + 3] = ((long) d << 32) | (c & 0xffffffffL);
      r[at + 4] = batch.reference(b);
      // links hold sequence numbers (index + 1); 0 ends the chain
      r[at + 5] = ((long) lastOfAccount[d] << 32) | (lastOfAccount[c] & 0xffffffffL);
      lastOfAccount[d] = i + 1;
      lastOfAccount[c] = i + 1;
      kindPhase[i] = (byte) ((batch.kind(b) << 4) | batch.phase(b));
      String id = batch.clientId(b);
      if (id == null) {
        idEnd[i] = ~idBytes;
      } else {
        putId(id);
        idEnd[i] = idBytes;
      }
      int h = i * 4;
      hash[h] = batch.hashWord(b, 0);
      hash[h + 1] = batch.hashWord(b, 1);
      hash[h + 2] = batch.hashWord(b, 2);
      hash[h + 3] = batch.hashWord(b, 3);
    }
    size += n;
  }

  private void grow(int needed) {
    int n = Growth.next(kindPhase.length, needed);
    if ((long) n * ROW > Integer.MAX_VALUE - 16) {
      n = (Integer.MAX_VALUE - 16) / ROW;
      if (n < needed) {
        throw new IllegalStateException("the in-memory journal is full");
      }
    }
    rows = Growth.grow(rows, n * ROW);
    kindPhase = Growth.grow(kindPhase, n);
    hash = Growth.grow(hash, n * 4);
    idEnd = Growth.grow(idEnd, n);
  }

  private void putId(String id) {
    int length = id.length();
    if (idBytes + length > idPool.length) {
      if ((long) idBytes + length > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("the in-memory journal's client ids are full");
      }
      idPool = Growth.grow(idPool, Growth.next(idPool.length, idBytes + length));
    }
    byte[] pool = idPool;
    int at = idBytes;
    for (int k = 0; k < length; k++) {
      char c = id.charAt(k);
      // as String.getBytes(ISO_8859_1) would: a character beyond Latin-1 becomes '?'
      pool[at + k] = c <= 0xff ? (byte) c : (byte) '?';
    }
    idBytes = at + length;
  }

  @Override
  public synchronized JournalEntry read(long sequence) {
    int i = (int) Objects.checkIndex(sequence - 1, (long) size);
    int at = i * ROW;
    int h = i * 4;
    long accounts = rows[at + 3];
    return new JournalEntry(
        i + 1L,
        rows[at],
        rows[at + 1],
        idAt(i),
        (int) (accounts >>> 32),
        (int) accounts,
        rows[at + 2],
        (byte) ((kindPhase[i] & 0xff) >>> 4),
        (byte) (kindPhase[i] & 15),
        rows[at + 4],
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
      if (!visit(i, visitor)) {
        return;
      }
    }
  }

  private boolean visit(int i, EntryVisitor visitor) {
    int at = i * ROW;
    long accounts = rows[at + 3];
    byte kp = kindPhase[i];
    return visitor.visit(
        i + 1L,
        rows[at],
        (int) (accounts >>> 32),
        (int) accounts,
        rows[at + 2],
        (byte) ((kp & 0xff) >>> 4),
        (byte) (kp & 15),
        rows[at + 4]);
  }

  @Override
  public synchronized void scanAccountBackward(
      int account, long maxSequence, EntryVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    if (account < 0 || account >= lastOfAccount.length) {
      return;
    }
    int s = lastOfAccount[account];
    while (s != 0) {
      int i = s - 1;
      if (s <= maxSequence && !visit(i, visitor)) {
        return;
      }
      int at = i * ROW;
      long links = rows[at + 5];
      s = (int) (rows[at + 3] >>> 32) == account ? (int) (links >>> 32) : (int) links;
    }
  }

  @Override
  public synchronized void saveCheckpoint(Checkpoint newCheckpoint) {
    Objects.requireNonNull(newCheckpoint, "checkpoint");
    Objects.checkIndex(newCheckpoint.sequence() - 1, (long) size);
    if (checkpoint == null || newCheckpoint.sequence() > checkpoint.sequence()) {
      checkpoint = newCheckpoint;
    }
  }

  @Override
  public synchronized Optional<Checkpoint> latestCheckpoint() {
    return Optional.ofNullable(checkpoint);
  }

  @Override
  public synchronized ChainHash head() {
    if (size == 0) {
      return ChainHash.GENESIS;
    }
    int h = (size - 1) * 4;
    return new ChainHash(hash[h], hash[h + 1], hash[h + 2], hash[h + 3]);
  }

  /**
   * Returns the stored client id string of an entry, or null.
   *
   * @param sequence the sequence
   * @return the id or null
   */
  public synchronized String clientId(long sequence) {
    return idAt((int) Objects.checkIndex(sequence - 1, (long) size));
  }

  private String idAt(int i) {
    int end = idEnd[i];
    if (end < 0) {
      return null;
    }
    int start = i == 0 ? 0 : idEnd[i - 1];
    start = start < 0 ? ~start : start;
    return new String(idPool, start, end - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return "MemoryLedgerStore[" + lastSequence() + " entries]";
  }
}
