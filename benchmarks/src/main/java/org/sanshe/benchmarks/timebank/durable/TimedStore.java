package org.sanshe.benchmarks.timebank.durable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.Checkpoint;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * A {@link LedgerStore} that forwards to another and times its appends: how many batches, how many
 * rows, how long the store took, and a histogram of batch sizes by powers of two, so a run shows
 * the batch sizes group commit reaches. Thread-safe: the counters are updated under this object's
 * lock. With several appends in flight their times overlap, so the summed append time can exceed
 * the wall time.
 */
final class TimedStore implements LedgerStore {

  private final LedgerStore store;
  private long appends;
  private long rows;
  private long nanos;
  private int largest;
  private final long[] sizes = new long[20];

  /**
   * Wraps a store.
   *
   * @param store the store, not null
   */
  TimedStore(LedgerStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The counters at one moment, for differences between two moments. */
  record Counts(long appends, long rows, long nanos, int largest, long[] sizes) {

    Counts minus(Counts before) {
      long[] d = new long[sizes.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = sizes[i] - before.sizes[i];
      }
      return new Counts(
          appends - before.appends, rows - before.rows, nanos - before.nanos, largest, d);
    }

    /** Returns the mean rows per append. */
    double meanBatch() {
      return appends == 0 ? 0 : (double) rows / appends;
    }

    /** Returns the mean milliseconds per append. */
    double meanAppendMillis() {
      return appends == 0 ? 0 : nanos / 1e6 / appends;
    }

    /** Returns the batch-size histogram as text: "1:n 2-3:n 4-7:n ...". */
    String histogram() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < sizes.length; i++) {
        if (sizes[i] > 0) {
          long lo = 1L << i;
          long hi = (1L << (i + 1)) - 1;
          s.append(lo == hi ? Long.toString(lo) : lo + "-" + hi)
              .append(':')
              .append(sizes[i])
              .append(' ');
        }
      }
      return s.toString().trim();
    }
  }

  /**
   * Returns the counters now.
   *
   * @return the counters
   */
  synchronized Counts counts() {
    return new Counts(appends, rows, nanos, largest, sizes.clone());
  }

  /** Resets the largest batch seen. */
  synchronized void resetLargest() {
    largest = 0;
  }

  @Override
  public void append(EntryBatch batch) {
    long t0 = System.nanoTime();
    store.append(batch);
    long t = System.nanoTime() - t0;
    int n = batch.size();
    synchronized (this) {
      appends++;
      rows += n;
      nanos += t;
      largest = Math.max(largest, n);
      sizes[Math.min(sizes.length - 1, 31 - Integer.numberOfLeadingZeros(n))]++;
    }
  }

  @Override
  public boolean appendsConcurrently() {
    return store.appendsConcurrently();
  }

  @Override
  public long lastSequence() {
    return store.lastSequence();
  }

  @Override
  public JournalEntry read(long sequence) {
    return store.read(sequence);
  }

  @Override
  public List<JournalEntry> readRange(long fromSequence, int maxEntries) {
    return store.readRange(fromSequence, maxEntries);
  }

  @Override
  public void scan(long fromSequence, EntryVisitor visitor) {
    store.scan(fromSequence, visitor);
  }

  @Override
  public void scanAccountBackward(int account, long maxSequence, EntryVisitor visitor) {
    store.scanAccountBackward(account, maxSequence, visitor);
  }

  @Override
  public ChainHash head() {
    return store.head();
  }

  @Override
  public void saveCheckpoint(Checkpoint checkpoint) {
    store.saveCheckpoint(checkpoint);
  }

  @Override
  public Optional<Checkpoint> latestCheckpoint() {
    return store.latestCheckpoint();
  }

  @Override
  public void scanClientKeys(long toSequence, LedgerStore.ClientKeyVisitor visitor) {
    store.scanClientKeys(toSequence, visitor);
  }
}
