package org.sanshe.timebank.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The port through which a ledger keeps its journal: an append-only sequence of {@link
 * JournalEntry} rows numbered from 1. Shaped for a JDBC adapter: {@link #append(EntryBatch)} is one
 * transaction with a batched insert, reads are {@code SELECT}s by sequence or by account.
 *
 * <p>Implementations must be thread-safe. A ledger calls {@link #append(EntryBatch)} for one batch
 * at a time, outside its lock, and readers may read concurrently, unless the store {@link
 * #appendsConcurrently() appends concurrently} and the ledger was built to keep more than one
 * append in flight. An append that finds the journal already longer than the batch's first sequence
 * expects (another writer appended first) must change nothing and throw a {@link
 * org.sanshe.timebank.error.TimeBankException} with code {@code LEDGER_STORE_SEQUENCE}: the ledger
 * then reads the new entries and applies its commands again. Any other failure may be any runtime
 * exception; the ledger undoes the batch's commands.
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
   * Tells whether the store accepts the append of a batch while the append of the batch before it
   * is still running (see {@link EntryBatch#handOver(EntryBatch)}). Such a store must then: commit
   * the batches in sequence order; wait with the later batch's ordering point until {@link
   * EntryBatch#awaitPrevious()} returns; mark its own ordering point with {@link
   * EntryBatch#markOrdered()}; and never commit a batch whose previous batch did not commit (it
   * fails, typically with {@code LEDGER_STORE_SEQUENCE}, and changes nothing), even when another
   * writer has appended entries in the previous batch's place: the journal's head must then be
   * exactly {@link EntryBatch#previousHead()}. The default is false: one append at a time.
   *
   * @return true if appends may overlap
   */
  default boolean appendsConcurrently() {
    return false;
  }

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

  /**
   * Saves a checkpoint of the ledger's state after one of its entries. Stores may keep older
   * checkpoints; {@link #latestCheckpoint()} returns the newest.
   *
   * @param checkpoint the checkpoint, not null, of an entry the journal holds
   */
  void saveCheckpoint(Checkpoint checkpoint);

  /**
   * Returns the checkpoint with the highest sequence.
   *
   * @return the checkpoint, or empty if none was saved
   */
  Optional<Checkpoint> latestCheckpoint();

  /**
   * Visits, in sequence order, the client keys of the entries from 1 up to a sequence that carry
   * one (key not 0): what a ledger restored from a checkpoint needs to rebuild its idempotency
   * index. The default reads whole entries page by page; a database store reads the two columns.
   *
   * @param toSequence the last sequence to visit
   * @param visitor the visitor, not null
   */
  default void scanClientKeys(long toSequence, ClientKeyVisitor visitor) {
    long next = 1;
    while (next <= toSequence) {
      List<JournalEntry> page = readRange(next, (int) Math.min(4096, toSequence - next + 1));
      if (page.isEmpty()) {
        return;
      }
      List<JournalEntry> keyed = new ArrayList<>(page.size());
      for (JournalEntry e : page) {
        if (e.clientKey() != 0) {
          keyed.add(e);
        }
        next = e.sequence() + 1;
      }
      for (JournalEntry e : keyed) {
        visitor.visit(e.sequence(), e.clientKey());
      }
    }
  }

  /**
   * Tells whether {@link #findByClientKey(long, long)} is a cheap indexed lookup. A ledger
   * restarted from a checkpoint then accepts commands at once, asking the store about each client
   * key it has not indexed yet while the older keys are still being read; otherwise commands wait
   * until they have been read. The default is false.
   *
   * @return true if client keys are looked up through an index
   */
  default boolean looksUpClientKeys() {
    return false;
  }

  /**
   * Returns the entries from 1 up to a sequence that carry a client key, in sequence order. The
   * default reads the journal page by page (correct, but as slow as a full scan); a store that
   * indexes client keys overrides it and {@link #looksUpClientKeys()}.
   *
   * @param clientKey the key, not 0
   * @param toSequence the last sequence to consider
   * @return the entries carrying the key, possibly empty
   */
  default List<JournalEntry> findByClientKey(long clientKey, long toSequence) {
    List<JournalEntry> found = new ArrayList<>(1);
    long next = 1;
    while (next <= toSequence) {
      List<JournalEntry> page = readRange(next, (int) Math.min(4096, toSequence - next + 1));
      if (page.isEmpty()) {
        break;
      }
      for (JournalEntry e : page) {
        if (e.clientKey() == clientKey && e.sequence() <= toSequence) {
          found.add(e);
        }
        next = e.sequence() + 1;
      }
    }
    return found;
  }

  /**
   * Visits every entry in sequence order with the chain hash the store keeps for it, or null where
   * it keeps none: what a verifier needs to hash each entry once and compare where a hash is kept.
   * A store that keeps no hash for an entry would compute it from the entries before it (as {@link
   * #readRange(long, int)} does), which a verifier would only repeat. Unlike the range reads, the
   * scan goes on past the anchored head (rows forged after it are part of what a verifier checks).
   * The default reads pages with {@link #readRange(long, int)} and gives every entry its hash.
   *
   * @param visitor the visitor, not null; the entry it receives carries {@link ChainHash#GENESIS}
   *     instead of a hash
   */
  default void scanKeptHashes(KeptHashVisitor visitor) {
    long next = 1;
    while (true) {
      List<JournalEntry> page = readRange(next, 4096);
      if (page.isEmpty()) {
        return;
      }
      for (JournalEntry e : page) {
        if (!visitor.visit(e.withHash(ChainHash.GENESIS), e.hash())) {
          return;
        }
        next = e.sequence() + 1;
      }
    }
  }

  /** Receives entries from {@link #scanKeptHashes(KeptHashVisitor)}. */
  @FunctionalInterface
  interface KeptHashVisitor {
    /**
     * Receives one entry.
     *
     * @param entry the entry, its hash field {@link ChainHash#GENESIS}
     * @param kept the chain hash the store keeps for it, or null if none
     * @return true to go on, false to stop
     */
    boolean visit(JournalEntry entry, ChainHash kept);
  }

  /** Receives client keys from {@link #scanClientKeys(long, ClientKeyVisitor)}. */
  @FunctionalInterface
  interface ClientKeyVisitor {
    /**
     * Receives one key.
     *
     * @param sequence the entry's sequence
     * @param clientKey its client key, not 0
     */
    void visit(long sequence, long clientKey);
  }
}
