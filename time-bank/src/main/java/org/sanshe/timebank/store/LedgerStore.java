package org.sanshe.timebank.store;

import java.util.List;

/**
 * The port through which a ledger keeps its journal: an append-only sequence of {@link
 * JournalEntry} rows numbered from 1. Shaped for a JDBC adapter: {@link #append(EntryBatch)} is one
 * transaction with a batched insert, reads are {@code SELECT}s by sequence or by account.
 *
 * <p>Implementations must be thread-safe. The ledger calls {@link #append(EntryBatch)} from a
 * single command path at a time, and readers may read concurrently.
 */
public interface LedgerStore {

  /**
   * Returns the sequence of the last entry, 0 when empty.
   *
   * @return the last sequence
   */
  long lastSequence();

  /**
   * Appends a batch atomically: all rows or none. The batch's first sequence must be {@link
   * #lastSequence()} + 1.
   *
   * @param batch the rows, not null, not empty
   * @throws org.sanshe.timebank.error.TimeBankException {@code LEDGER_STORE_SEQUENCE} if the
   *     sequence does not follow on
   */
  void append(EntryBatch batch);

  /**
   * Reads one entry.
   *
   * @param sequence from 1 to {@link #lastSequence()}
   * @return the entry
   * @throws IndexOutOfBoundsException if no such entry
   */
  JournalEntry read(long sequence);

  /**
   * Reads entries in sequence order.
   *
   * @param fromSequence the first sequence, at least 1
   * @param maxEntries the most entries to return
   * @return the entries, possibly empty
   */
  List<JournalEntry> readRange(long fromSequence, int maxEntries);

  /**
   * Visits entries in sequence order, from a sequence on, until the visitor stops.
   *
   * @param fromSequence the first sequence, at least 1
   * @param visitor the visitor, not null
   */
  void scan(long fromSequence, EntryVisitor visitor);

  /**
   * Visits the entries that debit or credit an account, newest first, until the visitor stops.
   *
   * @param account the account number
   * @param visitor the visitor, not null
   */
  void scanAccountBackward(int account, EntryVisitor visitor);
}
