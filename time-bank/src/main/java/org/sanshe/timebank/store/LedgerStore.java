package org.sanshe.timebank.store;

import java.util.List;

/**
 * The port through which a ledger keeps its journal: an append-only sequence of {@link
 * JournalEntry} rows numbered from 1. Shaped for a JDBC adapter: {@link #append(EntryBatch)} is one
 * transaction with a batched insert, reads are {@code SELECT}s by sequence or by account.
 *
 * <p>Implementations must be thread-safe. A ledger calls {@link #append(EntryBatch)} for one batch
 * at a time, outside its lock, and readers may read concurrently. An append that finds the journal
 * already longer than the batch's first sequence expects (another writer appended first) must
 * change nothing and throw a {@link org.sanshe.timebank.error.TimeBankException} with code {@code
 * LEDGER_STORE_SEQUENCE}: the ledger then reads the new entries and applies its commands again. Any
 * other failure may be any runtime exception; the ledger undoes the batch's commands.
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
   * Visits the entries that debit or credit an account, newest first from a sequence down, until
   * the visitor stops.
   *
   * @param account the account number
   * @param maxSequence the newest sequence to visit (entries after it are skipped)
   * @param visitor the visitor, not null
   */
  void scanAccountBackward(int account, long maxSequence, EntryVisitor visitor);

  /**
   * Returns the chain hash of the last entry as the store anchors it with {@link #lastSequence()}:
   * a store that keeps the head apart from the journal rows (as the JDBC store does) lets a ledger
   * detect entries removed from the end of the journal.
   *
   * @return the head, {@link ChainHash#GENESIS} when empty
   */
  ChainHash head();
}
