package org.sanshe.benchmarks.timebank.durable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.jdbc.JdbcLedgerStore;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.HashChain;

/**
 * The load driver of issue 11: durable transfers on PostgreSQL, side by side in one run.
 *
 * <ol>
 *   <li>Baseline (pgledger's design): one transaction per transfer that locks the two account rows
 *       in id order ({@code SELECT ... FOR UPDATE}), updates both balances and inserts a journal
 *       row; each client thread has its own connection. Two variants: {@code function} (the work in
 *       one PL/pgSQL function, one round trip and one commit per transfer, as pgledger does) and
 *       {@code statements} (four statements and a commit from the client).
 *   <li>The durable ledger: {@link Ledger} over {@link JdbcLedgerStore} (hash-chained, group
 *       commit), the numeric fast path from N client threads closed-loop, for each number of
 *       batches in flight ({@code depths=1,2,4}, {@link Ledger.Builder#appendsInFlight(int)}; one
 *       ledger per depth), then open-loop at fractions of the best closed-loop rate, with that
 *       run's depth and threads, for acknowledgement latency.
 * </ol>
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.sanshe.benchmarks.timebank.durable.DurableLedgerLoad
 * url=jdbc:postgresql://127.0.0.1:55432/postgres?user=sanshe seconds=20 warmup=5 threads=8,32,64
 * fractions=0.1,0.5,0.9 baseline=function,statements}. Not thread-safe; a program.
 */
public final class DurableLedgerLoad {

  private DurableLedgerLoad() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code key=value} options (see the class documentation)
   * @throws Exception if the database fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String url = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:55432/postgres?user=sanshe");
    double seconds = Double.parseDouble(o.getOrDefault("seconds", "20"));
    double warmup = Double.parseDouble(o.getOrDefault("warmup", "5"));
    int accounts = Integer.parseInt(o.getOrDefault("accounts", "1000"));
    int baselineThreads = Integer.parseInt(o.getOrDefault("baselineThreads", "8"));
    int[] threads = ints(o.getOrDefault("threads", "8,32,64"));
    double[] fractions = doubles(o.getOrDefault("fractions", "0.1,0.5,0.9"));
    String[] baselines = o.getOrDefault("baseline", "function,statements").split(",");
    int[] depths = ints(o.getOrDefault("depths", "1"));
    int maxDepth = 1;
    for (int d : depths) {
      maxDepth = Math.max(maxDepth, d);
    }
    int poolSize =
        Integer.parseInt(o.getOrDefault("pool", Integer.toString(Math.max(4, maxDepth + 2))));

    environment(url);
    List<String> rows = new ArrayList<>();
    double bestBaseline = 0;
    for (String mode : baselines) {
      if (mode.isBlank()) {
        continue;
      }
      LoadRun.Result r = baseline(url, mode.trim(), accounts, baselineThreads, warmup, seconds);
      bestBaseline = Math.max(bestBaseline, r.perSecond());
      rows.add(row("baseline " + mode.trim(), baselineThreads, "closed", r, null));
    }

    try (ConnectionPool pool = new ConnectionPool(url, poolSize)) {
      String prefix = "ld" + (System.currentTimeMillis() % 10_000_000L) + "_";
      SansheJdbc jdbc = SansheJdbc.builder(pool).tablePrefix(prefix).build();
      JdbcLedgerStore.migrate(jdbc);
      for (int size : ints(o.getOrDefault("bare", "1,64,256,1000"))) {
        rows.add(bare(JdbcLedgerStore.open(jdbc, "bare"), pool, size, accounts, seconds / 2));
      }
      for (int depth : ints(o.getOrDefault("pipelineDepths", ""))) {
        for (int size : ints(o.getOrDefault("pipelineSizes", "64,256"))) {
          rows.add(PipelinedAppend.run(url, jdbc, depth, size, accounts, seconds / 2));
        }
      }
      double peak = 0;
      int peakThreads = threads.length == 0 ? 1 : threads[0];
      int run = 0;
      TimedStore store = null;
      Ledger ledger = null;
      int[] numbers = null;
      List<Ledger> ledgers = new ArrayList<>();
      for (int depth : depths) {
        TimedStore s = new TimedStore(JdbcLedgerStore.open(jdbc, "load-d" + depth));
        Ledger l =
            Ledger.builder(Clock.systemUTC(), s)
                .expectedTransfers(8_000_000)
                .appendsInFlight(depth)
                .build();
        int[] ns = openAccounts(l, accounts);
        ledgers.add(l);
        System.out.printf(
            Locale.ROOT,
            "ledger (%d in flight): tables %s, %d accounts opened%n",
            depth,
            prefix,
            accounts);
        for (int n : threads) {
          int runNo = ++run;
          StoreWindow w = new StoreWindow(s, pool);
          LoadRun.Result r = LoadRun.closed(n, t -> transfers(l, ns, runNo, t), warmup, seconds, w);
          TimedStore.Counts c = w.counts();
          w.printJdbc(n + " threads, " + depth + " in flight");
          rows.add(
              row(depth == 1 ? "ledger" : "ledger, " + depth + " in flight", n, "closed", r, c));
          if (r.perSecond() > peak || store == null) {
            peak = Math.max(peak, r.perSecond());
            peakThreads = n;
            store = s;
            ledger = l;
            numbers = ns;
          }
        }
      }
      int peakDepth = depths[ledgers.indexOf(ledger)];
      Ledger best = ledger;
      int[] bestNumbers = numbers;
      int rateThreads =
          Integer.parseInt(o.getOrDefault("rateThreads", Integer.toString(peakThreads)));
      for (double f : peak == 0 ? new double[0] : fractions) {
        int runNo = ++run;
        double rate = f * peak;
        StoreWindow w = new StoreWindow(store, pool);
        LoadRun.Result r =
            LoadRun.open(
                rateThreads, t -> transfers(best, bestNumbers, runNo, t), warmup, seconds, rate, w);
        TimedStore.Counts c = w.counts();
        w.printJdbc(Math.round(f * 100) + "% of peak");
        rows.add(
            row(
                String.format(
                    Locale.ROOT,
                    "ledger, %d in flight, %.0f%% of peak (%.0f/s)",
                    peakDepth,
                    f * 100,
                    rate),
                rateThreads,
                "open",
                r,
                c));
      }
      for (Ledger l : ledgers) {
        System.out.printf(
            Locale.ROOT,
            "ledger: sum of balances %d, last sequence %d%n",
            l.sumOfBalances(),
            l.lastSequence());
      }
      System.out.println();
      System.out.println(
          "| workload | threads | loop | transfers/s | p50 ms | p99 ms | p99.9 ms | max ms |"
              + " JVM CPU us/transfer | appends/s | mean batch | mean append ms | store busy |"
              + " batch sizes |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
      rows.forEach(System.out::println);
      System.out.printf(
          Locale.ROOT,
          "%npeak ledger %.0f/s with %d threads, %d in flight; best baseline %.0f/s; ratio %.1fx%n",
          peak,
          peakThreads,
          peakDepth,
          bestBaseline,
          bestBaseline == 0 ? 0 : peak / bestBaseline);
    }
  }

  /** Takes the store's counters at the start and the end of a measured window. */
  private static final class StoreWindow implements LoadRun.Window {
    private final TimedStore store;
    private final ConnectionPool pool;
    private TimedStore.Counts start;
    private TimedStore.Counts end;
    private Map<String, long[]> jdbcStart;
    private Map<String, long[]> jdbcEnd;

    StoreWindow(TimedStore store, ConnectionPool pool) {
      this.store = store;
      this.pool = pool;
    }

    @Override
    public void started() {
      start = store.counts();
      jdbcStart = pool.times();
    }

    @Override
    public void ended() {
      end = store.counts();
      jdbcEnd = pool.times();
    }

    TimedStore.Counts counts() {
      return end.minus(start);
    }

    /** Prints the mean time of each JDBC call kind per append during the window. */
    void printJdbc(String what) {
      StringBuilder s = new StringBuilder("  jdbc during " + what + ":");
      jdbcEnd.forEach(
          (k, v) -> {
            long[] b = jdbcStart.getOrDefault(k, new long[2]);
            long calls = v[0] - b[0];
            if (calls > 0) {
              s.append(
                  String.format(
                      Locale.ROOT,
                      " %s %d calls, mean %.2f ms;",
                      k,
                      calls,
                      (v[1] - b[1]) / 1e6 / calls));
            }
          });
      System.out.println(s);
    }
  }

  /**
   * The ceiling: one thread appending ready, hash-chained batches of a fixed size straight to the
   * store (no ledger, no clients), for a time.
   */
  private static String bare(
      JdbcLedgerStore store, ConnectionPool pool, int size, int accounts, double seconds) {
    HashChain chain = new HashChain();
    chain.reset(store.head());
    long next = store.lastSequence() + 1;
    EntryBatch b = new EntryBatch();
    SplittableRandom random = new SplittableRandom(size);
    Map<String, long[]> before = pool.times();
    long appends = 0;
    long rowsDone = 0;
    Latencies lat = new Latencies();
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      b.reset(next);
      long now = System.currentTimeMillis();
      for (int r = 0; r < size; r++) {
        int d = random.nextInt(accounts);
        int c = (d + 1 + random.nextInt(accounts - 1)) % accounts;
        long seq = next + r;
        long m = 1 + random.nextInt(60);
        int row =
            b.add(
                now, seq, null, d, c, m, TransferKind.GIFT.code(), TransferPhase.POSTED.code(), 0);
        chain.next(
            seq, now, seq, d, c, m, TransferKind.GIFT.code(), TransferPhase.POSTED.code(), 0, null);
        b.setHash(row, chain.headWord(0), chain.headWord(1), chain.headWord(2), chain.headWord(3));
      }
      long a0 = System.nanoTime();
      store.append(b);
      lat.record(System.nanoTime() - a0);
      next += size;
      appends++;
      rowsDone += size;
    }
    double s = (System.nanoTime() - t0) / 1e9;
    long[] sorted = Latencies.sorted(new Latencies[] {lat});
    Map<String, long[]> after = pool.times();
    StringBuilder jdbcTimes = new StringBuilder();
    after.forEach(
        (k, v) -> {
          long[] p = before.getOrDefault(k, new long[2]);
          if (v[0] > p[0]) {
            jdbcTimes.append(
                String.format(Locale.ROOT, "%s %.2f ms; ", k, (v[1] - p[1]) / 1e6 / (v[0] - p[0])));
          }
        });
    String line =
        String.format(
            Locale.ROOT,
            "| bare append, batches of %d | 1 | closed | %.0f rows/s | %.2f | %.2f | %.2f | %.1f |"
                + " - | %.0f | %d | %.2f | - | %s |",
            size,
            rowsDone / s,
            Latencies.percentileMillis(sorted, 50),
            Latencies.percentileMillis(sorted, 99),
            Latencies.percentileMillis(sorted, 99.9),
            Latencies.percentileMillis(sorted, 100),
            appends / s,
            size,
            s * 1000 / appends,
            jdbcTimes.toString().trim());
    System.out.println(line + "   (" + Instant.now() + ", load " + loadAverage() + ")");
    return line;
  }

  private static int[] openAccounts(Ledger ledger, int accounts) {
    int[] numbers = new int[accounts];
    for (int i = 0; i < accounts; i++) {
      AccountId id = AccountId.of(String.format(Locale.ROOT, "acct-%05d", i));
      ledger.open(id, AccountKind.INDIVIDUAL, AccountLimits.unbounded());
      numbers[i] = ledger.accountNumber(id);
    }
    return numbers;
  }

  private static LoadRun.Client transfers(Ledger ledger, int[] numbers, int run, int thread) {
    long base = ((long) run << 40) | ((long) (thread + 1) << 24);
    return call -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      int d = random.nextInt(numbers.length);
      int c = random.nextInt(numbers.length - 1);
      if (c >= d) {
        c++;
      }
      ledger.transfer(
          base + call + 1, numbers[d], numbers[c], 1 + random.nextInt(60), TransferKind.GIFT);
    };
  }

  // ------------------------------------------------------------------------------- baseline

  private static LoadRun.Result baseline(
      String url, String mode, int accounts, int threads, double warmup, double seconds)
      throws Exception {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bl_journal");
      s.execute("DROP TABLE IF EXISTS bl_account");
      s.execute(
          "CREATE TABLE bl_account (id INTEGER NOT NULL PRIMARY KEY, balance BIGINT NOT NULL,"
              + " updated_at BIGINT NOT NULL)");
      s.execute(
          "CREATE TABLE bl_journal (id BIGINT NOT NULL PRIMARY KEY, debit INTEGER NOT NULL,"
              + " credit INTEGER NOT NULL, amount BIGINT NOT NULL, ts BIGINT NOT NULL)");
      s.execute(
          "INSERT INTO bl_account SELECT g, 0, 0 FROM generate_series(0, "
              + (accounts - 1)
              + ") g");
      s.execute(
          "CREATE OR REPLACE FUNCTION bl_transfer(p_id BIGINT, p_debit INTEGER, p_credit INTEGER,"
              + " p_amount BIGINT, p_ts BIGINT) RETURNS VOID AS $$\n"
              + "BEGIN\n"
              + "  PERFORM 1 FROM bl_account WHERE id IN (p_debit, p_credit) ORDER BY id FOR UPDATE;\n"
              + "  UPDATE bl_account SET balance = balance - p_amount, updated_at = p_ts"
              + " WHERE id = p_debit;\n"
              + "  UPDATE bl_account SET balance = balance + p_amount, updated_at = p_ts"
              + " WHERE id = p_credit;\n"
              + "  INSERT INTO bl_journal (id, debit, credit, amount, ts)"
              + " VALUES (p_id, p_debit, p_credit, p_amount, p_ts);\n"
              + "END $$ LANGUAGE plpgsql");
      s.execute("VACUUM ANALYZE bl_account");
    }
    List<Connection> connections = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        connections.add(DriverManager.getConnection(url));
      }
      LoadRun.Result r =
          LoadRun.closed(
              threads,
              t -> baselineClient(connections.get(t), mode, t, accounts),
              warmup,
              seconds,
              LoadRun.Window.NONE);
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement();
          ResultSet q = s.executeQuery("SELECT SUM(balance), COUNT(*) FROM bl_account")) {
        q.next();
        if (q.getLong(1) != 0) {
          throw new IllegalStateException("baseline balances do not sum to zero");
        }
      }
      return r;
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }

  private static LoadRun.Client baselineClient(
      Connection c, String mode, int thread, int accounts) {
    long base = (long) (thread + 1) << 40;
    try {
      if (mode.equals("function")) {
        c.setAutoCommit(true);
        PreparedStatement call = c.prepareStatement("SELECT bl_transfer(?, ?, ?, ?, ?)");
        return n -> {
          int[] pair = pair(accounts);
          call.setLong(1, base + n);
          call.setInt(2, pair[0]);
          call.setInt(3, pair[1]);
          call.setLong(4, pair[2]);
          call.setLong(5, System.currentTimeMillis());
          try (ResultSet r = call.executeQuery()) {
            r.next();
          }
        };
      }
      if (!mode.equals("statements")) {
        throw new IllegalArgumentException("baseline is function or statements");
      }
      c.setAutoCommit(false);
      PreparedStatement lock =
          c.prepareStatement("SELECT id FROM bl_account WHERE id IN (?, ?) ORDER BY id FOR UPDATE");
      PreparedStatement update =
          c.prepareStatement(
              "UPDATE bl_account SET balance = balance + ?, updated_at = ? WHERE id = ?");
      PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO bl_journal (id, debit, credit, amount, ts) VALUES (?, ?, ?, ?, ?)");
      return n -> {
        int[] pair = pair(accounts);
        long ts = System.currentTimeMillis();
        try {
          lock.setInt(1, pair[0]);
          lock.setInt(2, pair[1]);
          try (ResultSet r = lock.executeQuery()) {
            while (r.next()) {
              r.getInt(1);
            }
          }
          update.setLong(1, -pair[2]);
          update.setLong(2, ts);
          update.setInt(3, pair[0]);
          update.executeUpdate();
          update.setLong(1, pair[2]);
          update.setLong(2, ts);
          update.setInt(3, pair[1]);
          update.executeUpdate();
          insert.setLong(1, base + n);
          insert.setInt(2, pair[0]);
          insert.setInt(3, pair[1]);
          insert.setLong(4, pair[2]);
          insert.setLong(5, ts);
          insert.executeUpdate();
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the baseline client", e);
    }
  }

  /** A random debit and credit account (different) and an amount of 1 to 60 minutes. */
  private static int[] pair(int accounts) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int d = random.nextInt(accounts);
    int c = random.nextInt(accounts - 1);
    if (c >= d) {
      c++;
    }
    return new int[] {d, c, 1 + random.nextInt(60)};
  }

  // ------------------------------------------------------------------------------- output

  private static String row(
      String workload, int threads, String loop, LoadRun.Result r, TimedStore.Counts c) {
    String store =
        c == null
            ? "- | - | - | - | -"
            : String.format(
                Locale.ROOT,
                "%.0f | %.1f | %.2f | %.0f%% | %s",
                c.appends() / r.seconds(),
                c.meanBatch(),
                c.meanAppendMillis(),
                100.0 * c.nanos() / 1e9 / r.seconds(),
                c.histogram());
    String line =
        String.format(
            Locale.ROOT,
            "| %s | %d | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %.1f | %s |",
            workload,
            threads,
            loop,
            r.perSecond(),
            r.p50(),
            r.p99(),
            r.p999(),
            r.max(),
            r.cpuMicrosPerCall(),
            store);
    System.out.println(line + "   (" + Instant.now() + ", load " + loadAverage() + ")");
    return line;
  }

  private static void environment(String url) throws SQLException {
    System.out.println("start " + Instant.now() + ", load average " + loadAverage());
    System.out.println(
        "JVM "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs, max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MB");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String setting :
          new String[] {
            "server_version",
            "fsync",
            "synchronous_commit",
            "shared_buffers",
            "wal_sync_method",
            "full_page_writes",
            "commit_delay",
            "max_wal_size"
          }) {
        try (ResultSet r = s.executeQuery("SHOW " + setting)) {
          r.next();
          System.out.println("  " + setting + " = " + r.getString(1));
        }
      }
    }
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("options are key=value");
      }
      o.put(a.substring(0, eq), a.substring(eq + 1));
    }
    return o;
  }

  private static int[] ints(String csv) {
    if (csv.isBlank()) {
      return new int[0];
    }
    String[] p = csv.split(",");
    int[] v = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      v[i] = Integer.parseInt(p[i].trim());
    }
    return v;
  }

  private static double[] doubles(String csv) {
    if (csv.isBlank()) {
      return new double[0];
    }
    String[] p = csv.split(",");
    double[] v = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      v[i] = Double.parseDouble(p[i].trim());
    }
    return v;
  }
}
