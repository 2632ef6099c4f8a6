package org.sanshe.benchmarks.timebank.durable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.jdbc.JdbcLedgerStore;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;
import org.sanshe.timebank.store.HashChain;

/**
 * An experiment, not the store's code: how fast could appends go if several batches were in flight
 * at once? Each of D threads has its own connection and takes every D-th batch; batches are hashed
 * in order, each transaction first inserts its rows (in parallel with the others), then locks the
 * anchor row ({@code SELECT ... FOR UPDATE}), checks it and moves it with the store's {@code UPDATE
 * ... WHERE last_seq = ?}, in batch order: the lock of batch k+1 is requested once batch k's update
 * has run, waits until batch k commits, then returns the moved anchor, so commits stay in order
 * while the inserts of later batches overlap the commit (WAL flush) of earlier ones. The tables and
 * statements are the store's, plus the lock, and the inserts come first. Not thread-safe; one run
 * at a time.
 */
final class PipelinedAppend {

  private PipelinedAppend() {}

  /**
   * Runs the experiment and returns a table row.
   *
   * @param url the JDBC URL
   * @param jdbc the tables
   * @param depth the batches in flight
   * @param size the rows per batch
   * @param accounts the accounts to pick from
   * @param seconds how long
   * @return the table row
   */
  static String run(String url, SansheJdbc jdbc, int depth, int size, int accounts, double seconds)
      throws Exception {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "pipe" + depth + "x" + size);
    int ledgerNo = store.ledgerNumber();
    String insert =
        "INSERT INTO "
            + jdbc.table("tb_entry")
            + " (ledger_no, seq, ts, client_key, client_id, debit, credit, amount, kind, phase, ref,"
            + " blk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; // marks left out
    String move =
        "UPDATE "
            + jdbc.table("tb_ledger")
            + " SET last_seq = ?, h0 = ?, h1 = ?, h2 = ?, h3 = ?, updated_at = ?"
            + " WHERE ledger_no = ? AND last_seq = ?";
    String lock =
        "SELECT last_seq FROM " + jdbc.table("tb_ledger") + " WHERE ledger_no = ? FOR UPDATE";
    HashChain chain = new HashChain();
    chain.reset(store.head());
    long start = store.lastSequence() + 1;
    Object turn = new Object();
    long[] hashed = {-1}; // the last batch number hashed
    long[] moved = {-1}; // the last batch number whose anchor update ran
    long[] committed = {0};
    boolean[] stop = {false};
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    Latencies[] lat = new Latencies[depth];
    Thread[] threads = new Thread[depth];
    long t0 = System.nanoTime();
    for (int t = 0; t < depth; t++) {
      int me = t;
      lat[t] = new Latencies();
      Connection c = DriverManager.getConnection(url);
      c.setAutoCommit(false);
      threads[t] =
          new Thread(
              () -> {
                SplittableRandom random = new SplittableRandom(me);
                long[][] rows = new long[size][];
                try (c;
                    PreparedStatement ins = c.prepareStatement(insert);
                    PreparedStatement upd = c.prepareStatement(move);
                    PreparedStatement lck = c.prepareStatement(lock)) {
                  for (long k = me; ; k += depth) {
                    long first = start + k * size;
                    long b0 = System.nanoTime();
                    synchronized (turn) {
                      while (hashed[0] != k - 1 && !stop[0] && failure.get() == null) {
                        turn.wait();
                      }
                      if (stop[0] || System.nanoTime() >= end || failure.get() != null) {
                        stop[0] = true; // later batches stop too; earlier ones finish
                        turn.notifyAll();
                        return;
                      }
                      long now = System.currentTimeMillis();
                      for (int r = 0; r < size; r++) {
                        int d = random.nextInt(accounts);
                        int cr = (d + 1 + random.nextInt(accounts - 1)) % accounts;
                        long m = 1 + random.nextInt(60);
                        long seq = first + r;
                        chain.next(
                            seq,
                            now,
                            seq,
                            d,
                            cr,
                            m,
                            TransferKind.GIFT.code(),
                            TransferPhase.POSTED.code(),
                            0,
                            null);
                        rows[r] =
                            new long[] {
                              seq,
                              now,
                              d,
                              cr,
                              m,
                              chain.headWord(0),
                              chain.headWord(1),
                              chain.headWord(2),
                              chain.headWord(3)
                            };
                      }
                      hashed[0] = k;
                      turn.notifyAll();
                    }
                    for (long[] row : rows) {
                      ins.setInt(1, ledgerNo);
                      ins.setLong(2, row[0]);
                      ins.setLong(3, row[1]);
                      ins.setLong(4, row[0]);
                      ins.setString(5, "");
                      ins.setInt(6, (int) row[2]);
                      ins.setInt(7, (int) row[3]);
                      ins.setLong(8, row[4]);
                      ins.setShort(9, TransferKind.GIFT.code());
                      ins.setShort(10, TransferPhase.POSTED.code());
                      ins.setLong(11, 0);
                      ins.setInt(12, (int) (row[0] >>> 16));
                      ins.addBatch();
                    }
                    ins.executeBatch();
                    synchronized (turn) {
                      while (moved[0] != k - 1 && failure.get() == null) {
                        turn.wait();
                      }
                    }
                    if (failure.get() != null) {
                      return;
                    }
                    long[] last = rows[size - 1];
                    upd.setLong(1, last[0]);
                    upd.setLong(2, last[5]);
                    upd.setLong(3, last[6]);
                    upd.setLong(4, last[7]);
                    upd.setLong(5, last[8]);
                    upd.setLong(6, last[1]);
                    upd.setInt(7, ledgerNo);
                    upd.setLong(8, first - 1);
                    // waits on the anchor row's lock until the previous batch committed (an UPDATE
                    // whose WHERE names the old last_seq would not wait: it would match nothing in
                    // its snapshot), checks the anchor, then moves it; the next batch may then
                    // queue
                    // its own lock while this one commits
                    lck.setInt(1, ledgerNo);
                    try (ResultSet r = lck.executeQuery()) {
                      if (!r.next() || r.getLong(1) != first - 1) {
                        throw new IllegalStateException("the anchor did not follow on");
                      }
                    }
                    if (upd.executeUpdate() != 1) {
                      throw new IllegalStateException("the anchor did not follow on");
                    }
                    synchronized (turn) {
                      moved[0] = k;
                      turn.notifyAll();
                    }
                    c.commit();
                    lat[me].record(System.nanoTime() - b0);
                    synchronized (turn) {
                      committed[0] += size;
                    }
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                  synchronized (turn) {
                    turn.notifyAll();
                  }
                }
              },
              "pipe-" + t);
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    if (failure.get() != null) {
      throw new IllegalStateException("the pipelined append failed", failure.get());
    }
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement q =
            c.prepareStatement(
                "SELECT last_seq FROM " + jdbc.table("tb_ledger") + " WHERE ledger_no = ?")) {
      q.setInt(1, ledgerNo);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        if (r.getLong(1) != start - 1 + committed[0]) {
          throw new SQLException("anchor and committed rows differ");
        }
      }
    }
    long[] sorted = Latencies.sorted(lat);
    String line =
        String.format(
            Locale.ROOT,
            "| experiment: %d batches of %d in flight | %d | closed | %.0f rows/s | %.2f | %.2f |"
                + " %.2f | %.1f | - | %.0f | %d | - | - | - |",
            depth,
            size,
            depth,
            committed[0] / s,
            Latencies.percentileMillis(sorted, 50),
            Latencies.percentileMillis(sorted, 99),
            Latencies.percentileMillis(sorted, 99.9),
            Latencies.percentileMillis(sorted, 100),
            committed[0] / s / size,
            size);
    System.out.println(line + "   (load " + DurableLedgerLoad.loadAverage() + ")");
    return line;
  }
}
