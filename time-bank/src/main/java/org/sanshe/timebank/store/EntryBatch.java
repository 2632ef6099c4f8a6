package org.sanshe.timebank.store;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A reusable, column-oriented buffer of entries appended together (one linked batch), filled by the
 * ledger and handed to {@link LedgerStore#append(EntryBatch)}. Reused across commands so that the
 * hot path allocates nothing. Mutable and not thread-safe: only the ledger's command path uses it.
 *
 * <p><b>Order of concurrent appends.</b> A ledger that keeps more than one append in flight (over a
 * store whose {@link LedgerStore#appendsConcurrently()} is true) links each batch it hands over to
 * the batch handed over just before it whose append has not returned yet ({@link
 * #handOver(EntryBatch)}). The store then waits, before the point from which this batch's commit is
 * ordered after the previous one (for the JDBC store, locking the anchor row), until the previous
 * batch has passed that point itself ({@link #awaitPrevious()}, {@link #markOrdered()}). These
 * three methods are thread-safe: the ordering point of a batch is passed by the thread that appends
 * it and awaited by the thread that appends the next one.
 */
public final class EntryBatch {

  private long firstSequence;
  private int size;
  private long[] timestamp = new long[4];
  private long[] clientKey = new long[4];
  private String[] clientId = new String[4];
  private int[] debit = new int[4];
  private int[] credit = new int[4];
  private long[] amount = new long[4];
  private byte[] kind = new byte[4];
  private byte[] phase = new byte[4];
  private long[] reference = new long[4];
  private long[] hash = new long[16];

  /** Counted down once this batch passed its ordering point or its append returned. */
  private volatile CountDownLatch ordered;

  /** The ordering point of the batch handed over before this one, or null. */
  private volatile CountDownLatch previousOrdered;

  /** The chain hash the batch handed over before this one ends with, or null. */
  private volatile ChainHash previousHead;

  /** Creates an empty batch. */
  public EntryBatch() {}

  /**
   * Hands the batch over for appending: called by a ledger just before it calls {@link
   * LedgerStore#append(EntryBatch)}, with the batch handed over before this one if that batch's
   * append has not returned yet.
   *
   * @param previousInFlight the previous batch still being appended, or null if none is
   */
  public void handOver(EntryBatch previousInFlight) {
    this.ordered = new CountDownLatch(1);
    if (previousInFlight == null || previousInFlight.size == 0) {
      this.previousOrdered = null;
      this.previousHead = null;
    } else {
      int last = previousInFlight.size - 1;
      this.previousOrdered = previousInFlight.ordered;
      this.previousHead =
          new ChainHash(
              previousInFlight.hashWord(last, 0),
              previousInFlight.hashWord(last, 1),
              previousInFlight.hashWord(last, 2),
              previousInFlight.hashWord(last, 3));
    }
  }

  /**
   * Returns the chain hash that the batch handed over before this one ends with, when this batch
   * {@link #followsInFlight() follows one in flight}: the store commits this batch only if the
   * journal's head is exactly that entry (same sequence and same hash), never after entries that
   * another writer appended in place of a previous batch that failed.
   *
   * @return the previous batch's last chain hash, or null if this batch follows none in flight
   */
  public ChainHash previousHead() {
    return previousHead;
  }

  /**
   * Tells whether this batch was handed over while the previous batch was still being appended: the
   * store must then not commit it before that one and must fail it if that one fails.
   *
   * @return true if another append precedes this one
   */
  public boolean followsInFlight() {
    return previousOrdered != null;
  }

  /**
   * Waits until the batch handed over before this one has passed its ordering point ({@link
   * #markOrdered()}) or its append returned; returns at once if there is none. Keeps waiting when
   * interrupted and restores the interrupt status afterwards.
   */
  public void awaitPrevious() {
    CountDownLatch previous = previousOrdered;
    if (previous == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        previous.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Marks the batch's ordering point: from now on a later batch can no longer commit before this
   * one (or this one will never commit). A store calls it once the order is fixed; the ledger calls
   * it again when the append returns, so a store that fails earlier never blocks the next batch.
   * Idempotent.
   */
  public void markOrdered() {
    CountDownLatch latch = ordered;
    if (latch != null) {
      latch.countDown();
    }
  }

  /**
   * Empties the batch and sets the sequence of its first entry.
   *
   * @param first the first sequence
   */
  public void reset(long first) {
    String[] ids = clientId;
    for (int i = 0; i < size; i++) {
      if (ids[i] != null) {
        ids[i] = null;
      }
    }
    size = 0;
    firstSequence = first;
    ordered = null;
    previousOrdered = null;
    previousHead = null;
  }

  /**
   * Adds an entry without hash.
   *
   * @param timestampMillis the time
   * @param key the idempotency key
   * @param id the client id or null
   * @param debitAccount the debited account
   * @param creditAccount the credited account
   * @param minutes the amount
   * @param kindCode the kind code
   * @param phaseCode the phase code
   * @param ref the reference
   * @return the row index
   */
  public int add(
      long timestampMillis,
      long key,
      String id,
      int debitAccount,
      int creditAccount,
      long minutes,
      byte kindCode,
      byte phaseCode,
      long ref) {
    if (size == timestamp.length) {
      grow();
    }
    int i = size++;
    timestamp[i] = timestampMillis;
    clientKey[i] = key;
    clientId[i] = id;
    debit[i] = debitAccount;
    credit[i] = creditAccount;
    amount[i] = minutes;
    kind[i] = kindCode;
    phase[i] = phaseCode;
    reference[i] = ref;
    return i;
  }

  /**
   * Removes the last rows, keeping a number of them.
   *
   * @param newSize the rows to keep
   */
  public void truncate(int newSize) {
    Arrays.fill(clientId, newSize, size, null);
    size = newSize;
  }

  private void grow() {
    int n = timestamp.length * 2;
    timestamp = Arrays.copyOf(timestamp, n);
    clientKey = Arrays.copyOf(clientKey, n);
    clientId = Arrays.copyOf(clientId, n);
    debit = Arrays.copyOf(debit, n);
    credit = Arrays.copyOf(credit, n);
    amount = Arrays.copyOf(amount, n);
    kind = Arrays.copyOf(kind, n);
    phase = Arrays.copyOf(phase, n);
    reference = Arrays.copyOf(reference, n);
    hash = Arrays.copyOf(hash, n * 4);
  }

  /**
   * Sets a row's chain hash.
   *
   * @param row the row
   * @param w0 word 0
   * @param w1 word 1
   * @param w2 word 2
   * @param w3 word 3
   */
  public void setHash(int row, long w0, long w1, long w2, long w3) {
    int h = row * 4;
    hash[h] = w0;
    hash[h + 1] = w1;
    hash[h + 2] = w2;
    hash[h + 3] = w3;
  }

  /**
   * Returns the sequence of the first row.
   *
   * @return the sequence
   */
  public long firstSequence() {
    return firstSequence;
  }

  /**
   * Returns the number of rows.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns a row's timestamp.
   *
   * @param row the row
   * @return the value
   */
  public long timestamp(int row) {
    return timestamp[row];
  }

  /**
   * Returns a row's idempotency key.
   *
   * @param row the row
   * @return the value
   */
  public long clientKey(int row) {
    return clientKey[row];
  }

  /**
   * Returns a row's client id string, or null.
   *
   * @param row the row
   * @return the value
   */
  public String clientId(int row) {
    return clientId[row];
  }

  /**
   * Returns a row's debited account.
   *
   * @param row the row
   * @return the value
   */
  public int debit(int row) {
    return debit[row];
  }

  /**
   * Returns a row's credited account.
   *
   * @param row the row
   * @return the value
   */
  public int credit(int row) {
    return credit[row];
  }

  /**
   * Returns a row's amount.
   *
   * @param row the row
   * @return the value
   */
  public long amount(int row) {
    return amount[row];
  }

  /**
   * Returns a row's kind code.
   *
   * @param row the row
   * @return the value
   */
  public byte kind(int row) {
    return kind[row];
  }

  /**
   * Returns a row's phase code.
   *
   * @param row the row
   * @return the value
   */
  public byte phase(int row) {
    return phase[row];
  }

  /**
   * Returns a row's reference.
   *
   * @param row the row
   * @return the value
   */
  public long reference(int row) {
    return reference[row];
  }

  /**
   * Returns one word of a row's hash.
   *
   * @param row the row
   * @param word 0 to 3
   * @return the word
   */
  public long hashWord(int row, int word) {
    return hash[row * 4 + word];
  }

  /**
   * Returns a row as an entry (allocates; for adapters and tests).
   *
   * @param row the row
   * @return the entry
   */
  public JournalEntry entry(int row) {
    Objects.checkIndex(row, size);
    int h = row * 4;
    return new JournalEntry(
        firstSequence + row,
        timestamp[row],
        clientKey[row],
        clientId[row],
        debit[row],
        credit[row],
        amount[row],
        kind[row],
        phase[row],
        reference[row],
        new ChainHash(hash[h], hash[h + 1], hash[h + 2], hash[h + 3]));
  }
}
