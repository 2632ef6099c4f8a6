package org.sanshe.benchmarks.timebank.durable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.audit.JournalVerifier;
import org.sanshe.timebank.audit.Verification;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.jdbc.JdbcLedgerStore;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.Checkpoint;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * Restart of a large durable ledger, and the bytes a journal entry takes in PostgreSQL (issue 11).
 *
 * <p>Loads a journal of N entries written by a real {@link Ledger} (1,000 accounts opened through
 * the ledger, then N transfers on the numeric fast path, or with string client ids), whose single
 * command thread hands its entries to a buffering store that appends them to the {@link
 * JdbcLedgerStore} in batches of 10,000 from a second thread (so the rows, hashes and anchor are
 * exactly what the ledger writes, at bulk speed). Then measures the table and index bytes per
 * entry, a plain read of the whole journal, the build of a new ledger over the store (full replay
 * with chain verification, {@code fromCheckpoint(false)}), {@code new Audit(ledger).verify()}, a
 * checkpoint, and a restart from it until its first transfer is acknowledged.
 *
 * <p>Usage: {@code java -Xmx8g -cp benchmarks.jar
 * org.sanshe.benchmarks.timebank.durable.JournalRestart url=... entries=1000000 repeat=2}. Options:
 * {@code stringIds=true} uses {@code svc-<n>} client ids; {@code vacuum=false} skips the {@code
 * VACUUM ANALYZE} after loading; {@code drop=false} keeps the tables. A program; not thread-safe.
 */
public final class JournalRestart {

  private static final int CHUNK = 10_000;

  private JournalRestart() {}

  /**
   * Runs the load and the restart measurements.
   *
   * @param args {@code key=value} options (see the class documentation)
   * @throws Exception if the database fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = DurableLedgerLoad.options(args);
    String url = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:55432/postgres?user=sanshe");
    long entries = Long.parseLong(o.getOrDefault("entries", "1000000"));
    int accounts = Integer.parseInt(o.getOrDefault("accounts", "1000"));
    int repeat = Integer.parseInt(o.getOrDefault("repeat", "2"));
    boolean stringIds = Boolean.parseBoolean(o.getOrDefault("stringIds", "false"));
    boolean vacuum = Boolean.parseBoolean(o.getOrDefault("vacuum", "true"));
    boolean drop = Boolean.parseBoolean(o.getOrDefault("drop", "true"));
    String prefix =
        o.getOrDefault("prefix", "rs" + (System.currentTimeMillis() % 10_000_000L) + "_");
    Clock clock = Clock.systemUTC();
    int expected = (int) Math.min(Integer.MAX_VALUE - 16, entries + accounts + 16);

    System.out.printf(
        Locale.ROOT,
        "start %s, load average %s, max heap %d MB, tables %s%n",
        Instant.now(),
        DurableLedgerLoad.loadAverage(),
        Runtime.getRuntime().maxMemory() >> 20,
        prefix);
    try (ConnectionPool pool = new ConnectionPool(url, 3)) {
      SansheJdbc jdbc = SansheJdbc.builder(pool).tablePrefix(prefix).build();
      JdbcLedgerStore.migrate(jdbc);
      boolean empty = JdbcLedgerStore.open(jdbc, "restart").lastSequence() == 0;
      if (empty) {
        load(jdbc, clock, accounts, entries, stringIds, expected);
      }
      String journal = jdbc.table("tb_entry");
      sizes(pool, journal, "after loading");
      if (vacuum && empty) {
        long t0 = System.nanoTime();
        sql(pool, "VACUUM ANALYZE " + journal);
        System.out.printf(Locale.ROOT, "VACUUM ANALYZE %.1f s%n", (System.nanoTime() - t0) / 1e9);
        sizes(pool, journal, "after VACUUM ANALYZE");
      }
      for (int i = 1; i <= repeat; i++) {
        JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "restart");
        long r0 = System.nanoTime();
        long[] count = {0};
        for (JournalEntry e : Audit.paged(store)) {
          count[0] += e.sequence() > 0 ? 1 : 0;
        }
        long r1 = System.nanoTime();
        Ledger ledger =
            Ledger.builder(clock, store).fromCheckpoint(false).expectedTransfers(expected).build();
        long r2 = System.nanoTime();
        Verification v = new Audit(ledger).verify();
        long r3 = System.nanoTime();
        // the verification before issue 11's last step: pages of recomputed hashes, hashed again
        Verification twice = JournalVerifier.verify(Audit.paged(store));
        long r4 = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "run %d: Audit.verify (one pass, hashes kept at marks) %.2f s; paged verification"
                + " (every entry hashed twice, as before) %.2f s -> %s (load %s)%n",
            i,
            (r3 - r2) / 1e9,
            (r4 - r3) / 1e9,
            twice,
            DurableLedgerLoad.loadAverage());
        System.out.printf(
            Locale.ROOT,
            "run %d (%s, load %s): read all %d rows %.2f s (%.0f rows/s); build (replay + verify"
                + " chain) %.2f s (%.0f entries/s), %d entries, sum of balances %d; Audit.verify"
                + " %.2f s -> %s%n",
            i,
            Instant.now(),
            DurableLedgerLoad.loadAverage(),
            count[0],
            (r1 - r0) / 1e9,
            count[0] / ((r1 - r0) / 1e9),
            (r2 - r1) / 1e9,
            ledger.lastSequence() / ((r2 - r1) / 1e9),
            ledger.lastSequence(),
            ledger.sumOfBalances(),
            (r3 - r2) / 1e9,
            v);
        long c0 = System.nanoTime();
        ledger.checkpoint();
        long c1 = System.nanoTime();
        Ledger restored =
            Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "restart"))
                .expectedTransfers(expected)
                .build();
        long c2 = System.nanoTime();
        restored.transfer(Long.MAX_VALUE - i, 0, 1, 1, TransferKind.GIFT);
        long c3 = System.nanoTime();
        // a retry of an old numeric id (the first transfer, far before the checkpoint)
        String retry = "no numeric id to retry";
        List<JournalEntry> old = store.findByClientKey(1, ledger.lastSequence());
        if (!old.isEmpty() && old.get(0).clientId() == null) {
          JournalEntry e = old.get(0);
          long before = restored.lastSequence();
          long got =
              restored.transfer(
                  1, e.debitAccount(), e.creditAccount(), e.amountMinutes(), TransferKind.GIFT);
          long c4 = System.nanoTime();
          retry =
              String.format(
                  Locale.ROOT,
                  "retry of id 1 answered with entry %d (stored %d, journal %s) %.2f s after the"
                      + " start of the build",
                  got,
                  e.sequence(),
                  restored.lastSequence() == before ? "unchanged" : "GREW",
                  (c4 - c1) / 1e9);
        }
        System.out.printf(
            Locale.ROOT,
            "run %d: checkpoint %.2f s; restart from it: build %.2f s, first transfer acknowledged"
                + " %.2f s after the start of the build; %s (load %s)%n",
            i,
            (c1 - c0) / 1e9,
            (c2 - c1) / 1e9,
            (c3 - c1) / 1e9,
            retry,
            DurableLedgerLoad.loadAverage());
      }
      if (drop) {
        for (String t : List.of("tb_entry", "tb_mark", "tb_holder", "tb_ledger")) {
          sql(pool, "DROP TABLE " + jdbc.table(t));
        }
        sql(pool, "DROP TABLE " + prefix + "schema_history");
      }
    }
  }

  private static void load(
      SansheJdbc jdbc, Clock clock, int accounts, long entries, boolean stringIds, int expected)
      throws Exception {
    Loader loader = new Loader(JdbcLedgerStore.open(jdbc, "restart"));
    Ledger ledger = Ledger.builder(clock, loader).expectedTransfers(expected).build();
    int[] numbers = new int[accounts];
    AccountId[] ids = new AccountId[accounts];
    for (int i = 0; i < accounts; i++) {
      ids[i] = AccountId.of(String.format(Locale.ROOT, "acct-%05d", i));
      ledger.open(ids[i], AccountKind.INDIVIDUAL, AccountLimits.unbounded());
      numbers[i] = ledger.accountNumber(ids[i]);
    }
    SplittableRandom random = new SplittableRandom(11);
    long t0 = System.nanoTime();
    long step = Math.max(1, entries / 10);
    for (long n = 1; n <= entries; n++) {
      int d = random.nextInt(accounts);
      int c = random.nextInt(accounts - 1);
      if (c >= d) {
        c++;
      }
      long minutes = 1 + random.nextInt(60);
      if (stringIds) {
        ledger.transfer(
            new TransferRequest(
                TransferId.of("svc-" + n),
                ids[d],
                ids[c],
                TimeCredit.ofMinutes(minutes),
                TransferKind.GIFT));
      } else {
        ledger.transfer(n, numbers[d], numbers[c], minutes, TransferKind.GIFT);
      }
      if (n % step == 0) {
        System.out.printf(
            Locale.ROOT,
            "  loaded %d entries, %.0f/s, load %s%n",
            n,
            n / ((System.nanoTime() - t0) / 1e9),
            DurableLedgerLoad.loadAverage());
      }
    }
    loader.finish();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "loaded %d transfers + %d account openings in %.1f s (%.0f entries/s) through %s%n",
        entries,
        accounts,
        s,
        entries / s,
        "batches of " + CHUNK);
  }

  private static void sizes(ConnectionPool pool, String journal, String when) throws Exception {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*), pg_total_relation_size('"
                    + journal
                    + "'), pg_relation_size('"
                    + journal
                    + "'), pg_indexes_size('"
                    + journal
                    + "') FROM "
                    + journal)) {
      r.next();
      long rows = r.getLong(1);
      System.out.printf(
          Locale.ROOT,
          "%s: %d rows, total %d bytes = %.1f B/entry (heap %.1f B, indexes %.1f B)%n",
          when,
          rows,
          r.getLong(2),
          (double) r.getLong(2) / rows,
          (double) r.getLong(3) / rows,
          (double) r.getLong(4) / rows);
    }
    String mark = journal.replace("tb_entry", "tb_mark");
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM "
                    + journal
                    + "), pg_total_relation_size('"
                    + journal
                    + "') + pg_total_relation_size('"
                    + mark
                    + "'), pg_total_relation_size('"
                    + mark
                    + "')")) {
      r.next();
      System.out.printf(
          Locale.ROOT,
          "  with the marks table (%d bytes): %.1f B/entry%n",
          r.getLong(3),
          (double) r.getLong(2) / r.getLong(1));
    }
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c, pg_index i"
                    + " WHERE i.indrelid = '"
                    + journal
                    + "'::regclass AND c.oid = i.indexrelid ORDER BY c.relname")) {
      while (r.next()) {
        System.out.printf(Locale.ROOT, "  index %s: %d bytes%n", r.getString(1), r.getLong(2));
      }
    }
  }

  private static void sql(ConnectionPool pool, String sql) throws Exception {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * Collects the ledger's small batches into chunks of {@value #CHUNK} rows and appends each chunk
   * to the JDBC store from a writer thread, while the ledger goes on. Used only for loading: the
   * ledger's acknowledgement is not durable here (the program waits for the writer at the end).
   */
  private static final class Loader implements LedgerStore {
    private final JdbcLedgerStore store;
    private final BlockingQueue<EntryBatch> full = new ArrayBlockingQueue<>(2);
    private final BlockingQueue<EntryBatch> free = new ArrayBlockingQueue<>(3);
    private final Thread writer;
    private volatile Throwable failure;
    private EntryBatch filling;
    private static final EntryBatch END = new EntryBatch();

    Loader(JdbcLedgerStore store) {
      this.store = Objects.requireNonNull(store, "store");
      free.add(new EntryBatch());
      free.add(new EntryBatch());
      filling = new EntryBatch();
      filling.reset(1);
      writer = new Thread(this::write, "journal-writer");
      writer.start();
    }

    private void write() {
      try {
        while (true) {
          EntryBatch b = full.take();
          if (b == END) {
            return;
          }
          store.append(b);
          free.put(b);
        }
      } catch (Throwable e) {
        failure = e;
      }
    }

    @Override
    public void append(EntryBatch batch) {
      if (failure != null) {
        throw new IllegalStateException("the journal writer failed", failure);
      }
      if (filling.size() == 0) {
        filling.reset(batch.firstSequence());
      }
      for (int r = 0; r < batch.size(); r++) {
        int row =
            filling.add(
                batch.timestamp(r),
                batch.clientKey(r),
                batch.clientId(r),
                batch.debit(r),
                batch.credit(r),
                batch.amount(r),
                batch.kind(r),
                batch.phase(r),
                batch.reference(r));
        filling.setHash(
            row,
            batch.hashWord(r, 0),
            batch.hashWord(r, 1),
            batch.hashWord(r, 2),
            batch.hashWord(r, 3));
      }
      if (filling.size() >= CHUNK) {
        handOff();
      }
    }

    private void handOff() {
      try {
        full.put(filling);
        EntryBatch next;
        do {
          next = free.poll(1, java.util.concurrent.TimeUnit.SECONDS);
          if (failure != null) {
            throw new IllegalStateException("the journal writer failed", failure);
          }
        } while (next == null);
        next.reset(0);
        filling = next;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    void finish() throws InterruptedException {
      if (filling.size() > 0) {
        handOff();
      }
      full.put(END);
      writer.join();
      if (failure != null) {
        throw new IllegalStateException("the journal writer failed", failure);
      }
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
}
