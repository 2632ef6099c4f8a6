package org.sanshe.benchmarks.timebank.durable;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.jdbc.JdbcLedgerStore;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.store.JournalEntry;

/**
 * Restart of a large journal from a checkpoint, against the tables {@link JournalRestart} loaded: a
 * full replay (the ledger as it was before checkpoints), a checkpoint saved, then a restart from
 * it, timed until reads are ready and until commands are (the older client keys loaded in the
 * background). The command is a retry of the journal's last transfer, so nothing is written.
 * Arguments: {@code url=... prefix=... ledger=restart}.
 */
public final class CheckpointRestart {

  private CheckpointRestart() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code key=value} pairs
   * @throws java.sql.SQLException if the pool cannot connect
   */
  public static void main(String[] args) throws java.sql.SQLException {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    SansheJdbc jdbc =
        SansheJdbc.builder(new ConnectionPool(a.get("url"), 4))
            .tablePrefix(a.getOrDefault("prefix", "r10m_"))
            .build();
    JdbcLedgerStore.migrate(jdbc);
    String ledgerId = a.getOrDefault("ledger", "restart");
    Clock clock = Clock.systemUTC();

    long t0 = System.nanoTime();
    Ledger full =
        Ledger.builder(clock, JdbcLedgerStore.open(jdbc, ledgerId)).fromCheckpoint(false).build();
    long t1 = System.nanoTime();
    full.checkpoint();
    long t2 = System.nanoTime();
    Ledger restarted = Ledger.builder(clock, JdbcLedgerStore.open(jdbc, ledgerId)).build();
    long t3 = System.nanoTime();
    JournalEntry last = restarted.store().read(restarted.lastSequence());
    long again =
        restarted.transfer(
            last.clientKey(),
            last.debitAccount(),
            last.creditAccount(),
            last.amountMinutes(),
            TransferKind.ofCode(last.kind()));
    long t4 = System.nanoTime();
    System.out.printf(
        "entries %d; full replay %.2f s; checkpoint saved %.2f s; restart from the checkpoint:"
            + " reads ready %.3f s, commands ready %.2f s (retry returned entry %d); same"
            + " accounts: %s%n",
        restarted.lastSequence(),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        (t4 - t2) / 1e9,
        again,
        restarted.accounts().equals(full.accounts()));
  }
}
