package org.sanshe.timebank.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * A reusable, column-oriented buffer of entries appended together (one linked batch), filled by the
 * ledger and handed to {@link LedgerStore#append(EntryBatch)}. Reused across commands so that the
 * hot path allocates nothing. Mutable and not thread-safe: only the ledger's command path uses it.
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

  /** Creates an empty batch. */
  public EntryBatch() {}

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
