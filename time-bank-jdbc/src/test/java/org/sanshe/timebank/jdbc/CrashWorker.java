package org.sanshe.timebank.jdbc;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.ledger.Ledger;

/**
 * The child process of {@link CrashTest}: moves hours in linked pairs from four threads as fast as
 * the database allows and prints {@code ACK <pair id>} once a pair is acknowledged, until it is
 * killed. Arguments: JDBC URL, table prefix, ledger id, run tag, and optionally the batches in
 * flight (default 1).
 */
public final class CrashWorker {

  private CrashWorker() {}

  /**
   * Runs the worker.
   *
   * @param args URL, prefix, ledger id, run tag, batches in flight
   * @throws Exception never expected: a failure ends the process with a stack trace
   */
  public static void main(String[] args) throws Exception {
    SansheJdbc jdbc = Durable.tables(args[0], args[1]);
    int depth = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    Ledger ledger = Durable.ledger(JdbcLedgerStore.open(jdbc, args[2]), Durable.clock(), depth);
    String run = args[3];
    AtomicLong next = new AtomicLong();
    System.out.println("READY");
    System.out.flush();
    Runnable work =
        () -> {
          while (true) {
            long n = next.incrementAndGet();
            int k = 1 + (int) (n % (Durable.VOLUNTEERS - 1));
            String id = run + "-" + n;
            // a linked pair: credited hours and a gift of half of them, both or neither
            ledger.transferLinked(
                List.of(Durable.credit(id + "-a", k, 2), Durable.gift(id + "-b", k, 0, 1)));
            synchronized (System.out) {
              System.out.println("ACK " + id);
              System.out.flush();
            }
          }
        };
    for (int t = 0; t < 4 + 2 * depth; t++) {
      new Thread(work, "worker-" + t).start();
    }
  }
}
