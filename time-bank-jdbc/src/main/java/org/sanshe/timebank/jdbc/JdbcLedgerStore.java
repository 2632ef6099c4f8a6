package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.timebank.error.IdRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.Checkpoint;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.HashChain;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

/**
 * The {@link LedgerStore} of one ledger (one district's or one bank's) on a relational database,
 * over JDK {@code java.sql} only. Several ledgers share the tables, each under its own number.
 *
 * <p><b>Tables</b> (created by {@link #migrate(SansheJdbc)} or by the integrator's own Flyway or
 * Liquibase from the versioned files under {@code META-INF/sanshe/schema/time-bank/<dialect>/}):
 * {@code tb_ledger} holds one row per ledger with its anchored head (the last sequence and the
 * chain hash of the last entry), {@code tb_entry} one row per entry keyed by (ledger, sequence),
 * {@code tb_mark} the chain hash of every {@value #MARK_EVERY}th entry, {@code tb_holder} the
 * register of account holders ({@link JdbcAccountHolders}), {@code tb_checkpoint} with {@code
 * tb_cp_account} and {@code tb_cp_pending} the latest balance checkpoint.
 *
 * <p><b>Appends.</b> One transaction per batch: first the rows are inserted in one JDBC batch, then
 * the anchor row is moved on with {@code UPDATE ... WHERE last_seq = ?} (which also locks it). If
 * the anchor has moved (another server appended to the same ledger first) or a row already exists,
 * the transaction is rolled back and the append throws a {@link TimeBankException} with code {@code
 * LEDGER_STORE_SEQUENCE}; the ledger then reads the new entries and applies its commands again
 * (optimistic append; no lease, no advisory lock). Any other failure is a {@link JdbcException}
 * with a code that says whether it is worth retrying; the ledger undoes the batch in memory.
 *
 * <p><b>Appends in flight</b> ({@link #appendsConcurrently()} is true). A batch handed over while
 * the previous one is still being appended ({@link EntryBatch#followsInFlight()}) is sent on its
 * own connection: its rows are inserted first, while the previous batch commits; then, once the
 * previous batch has moved the anchor ({@link EntryBatch#awaitPrevious()}), it locks the anchor row
 * with {@code SELECT ... FOR UPDATE}, which waits until the previous transaction ends and then
 * returns the anchor as committed (an {@code UPDATE ... WHERE last_seq = ?} would not wait: in its
 * snapshot the old anchor matches nothing). If the anchor is not at the batch's first sequence - 1
 * with the previous batch's last hash (the previous batch failed, or another server appended in its
 * place), the transaction is rolled back with {@code LEDGER_STORE_SEQUENCE} and nothing of it is
 * kept; otherwise it moves the anchor and commits, so batches commit in sequence order and none
 * commits after a failed one. Every append takes its locks in the same order (journal rows by
 * sequence, then the anchor), so appends do not deadlock each other, whether of one server or of
 * two. Each batch in flight holds a connection of the data source.
 *
 * <p><b>Transactions.</b> The store always commits its own appends ({@link TransactionMode#LOCAL}),
 * whatever mode the {@link SansheJdbc} it is given has: a ledger commits commands of many callers
 * in one batch, so an append cannot join one caller's transaction.
 *
 * <p><b>Compact journal</b> (schema version 5; earlier versions kept the hash in every row, in
 * {@code tb_journal}, and are copied over by the migration). A row holds the entry and no hash:
 * {@link #readRange(long, int)} recomputes each entry's chain hash from the mark before it, and
 * gives an entry that has a mark, and the last entry, the stored hash (the mark, the anchored head)
 * instead, so a changed, renamed or inserted row still makes the chain disagree, at the next mark
 * or the head at the latest: {@code Audit.verify()} names that entry (up to {@value #MARK_EVERY} -
 * 1 entries after the changed one). Columns are ordered widest first, a missing client id is stored
 * as {@code ''} (a row without NULLs has no null bitmap), and the two account indexes are keyed by
 * (ledger, account, block of 65,536 entries) so that PostgreSQL 13 and later keep one posting list
 * per account and block; an account is scanned block by block, newest first. Measured on PostgreSQL
 * 15 with 1,000 accounts: 173-189 bytes of table and index space per entry (see
 * benchmarks/README.md).
 *
 * <p><b>Restart.</b> The journal has an index on (ledger, client key) (schema version 5), so {@link
 * #looksUpClientKeys()} is true: a ledger restarted from a checkpoint accepts commands as soon as
 * it is built and looks up each client key it has not read back yet with {@link
 * #findByClientKey(long, long)}, one indexed query, instead of waiting for the background read of
 * every older key (about 10 s for 10,000,000 entries).
 *
 * <p><b>Integrity.</b> Because the anchor is kept apart from the journal rows, a journal whose tail
 * was deleted is found when a ledger is restored ({@code LEDGER_JOURNAL_TRUNCATED}), and rows
 * forged after the anchored head are found by {@code Audit.verify()}.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcLedgerStore implements LedgerStore {

  /** The schema of the time-bank tables, for {@link Migrator}. */
  public static final Schema SCHEMA =
      Schema.of(
          "time_bank",
          JdbcLedgerStore.class.getClassLoader(),
          "META-INF/sanshe/schema/time-bank",
          List.of(
              "V1__time_bank.sql",
              "V2__records_and_roles.sql",
              "V3__checkpoints.sql",
              "V4__records_awaiting.sql",
              "V5__compact_journal.sql"));

  /** The chain hash of every entry whose sequence is a multiple of this is kept in tb_mark. */
  static final int MARK_EVERY = 256;

  /** The account indexes key entries by block: {@code blk = seq >>> BLOCK_BITS}. */
  static final int BLOCK_BITS = 16;

  private static final int PAGE = 4096;
  private static final String COLUMNS =
      "seq, ts, client_key, client_id, debit, credit, amount, kind, phase, ref";

  /** The hash of the last entry a range read returned, to chain the next page from. */
  private volatile Known lastRead = new Known(0, ChainHash.GENESIS);

  private record Known(long sequence, ChainHash hash) {}

  private final SansheJdbc jdbc;
  private final String ledgerId;
  private final int ledgerNo;
  private final String selectHead;
  private final String moveAnchor;
  private final String lockAnchor;
  private final String insertEntry;
  private final String selectRange;
  private final String selectAll;
  private final String selectDebits;
  private final String selectCredits;
  private final String selectByKey;
  private final String insertMark;
  private final String selectMarkBefore;
  private final String selectMarks;

  private JdbcLedgerStore(SansheJdbc jdbc, String ledgerId, int ledgerNo) {
    this.jdbc = jdbc;
    this.ledgerId = ledgerId;
    this.ledgerNo = ledgerNo;
    String ledger = jdbc.table("tb_ledger");
    String journal = jdbc.table("tb_entry");
    String mark = jdbc.table("tb_mark");
    this.selectHead = "SELECT last_seq, h0, h1, h2, h3 FROM " + ledger + " WHERE ledger_no = ?";
    this.moveAnchor =
        "UPDATE "
            + ledger
            + " SET last_seq = ?, h0 = ?, h1 = ?, h2 = ?, h3 = ?, updated_at = ?"
            + " WHERE ledger_no = ? AND last_seq = ?";
    this.lockAnchor =
        "SELECT last_seq, h0, h1, h2, h3 FROM " + ledger + " WHERE ledger_no = ? FOR UPDATE";
    this.insertEntry =
        "INSERT INTO "
            + journal
            + " (ledger_no, blk, "
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.insertMark =
        "INSERT INTO " + mark + " (ledger_no, seq, h0, h1, h2, h3) VALUES (?, ?, ?, ?, ?, ?)";
    this.selectMarkBefore =
        "SELECT seq, h0, h1, h2, h3 FROM "
            + mark
            + " WHERE ledger_no = ? AND seq = (SELECT MAX(seq) FROM "
            + mark
            + " WHERE ledger_no = ? AND seq < ?)";
    this.selectMarks =
        "SELECT seq, h0, h1, h2, h3 FROM "
            + mark
            + " WHERE ledger_no = ? AND seq > ? AND seq < ? ORDER BY seq";
    this.selectRange =
        "SELECT "
            + COLUMNS
            + " FROM "
            + journal
            + " WHERE ledger_no = ? AND seq >= ? AND seq < ? ORDER BY seq";
    this.selectAll = "SELECT " + COLUMNS + " FROM " + journal + " WHERE ledger_no = ? ORDER BY seq";
    this.selectDebits =
        "SELECT "
            + COLUMNS
            + " FROM "
            + journal
            + " WHERE ledger_no = ? AND debit = ? AND blk = ? AND seq <= ? ORDER BY seq DESC";
    this.selectCredits =
        "SELECT "
            + COLUMNS
            + " FROM "
            + journal
            + " WHERE ledger_no = ? AND credit = ? AND blk = ? AND seq <= ? ORDER BY seq DESC";
    this.selectByKey =
        "SELECT seq FROM "
            + journal
            + " WHERE ledger_no = ? AND client_key = ? AND seq <= ? ORDER BY seq";
  }

  /**
   * Creates or upgrades the time-bank tables with the built-in migrator (which records versions and
   * checksums and serialises concurrent servers with a lock row).
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the store of a ledger, registering the ledger on first use. The tables must exist ({@link
   * #migrate(SansheJdbc)}). Two servers opening the same new ledger at once get the same number.
   *
   * @param jdbc the database, not null
   * @param ledgerId the ledger's id (for instance a district code), 1 to 64 of {@code
   *     [A-Za-z0-9._:-]}
   * @return the store
   * @throws TimeBankException {@code TIMEBANK_ID_INVALID} for a malformed id
   * @throws JdbcException {@code JDBC_DIALECT_MISMATCH} for a dialect that does not fit the
   *     database, {@code JDBC_SCHEMA_TABLE_MISSING}, {@code JDBC_SCHEMA_OUTDATED} or {@code
   *     JDBC_SCHEMA_NEWER} if the tables are missing or at another version than this code, or
   *     another code if the database refuses
   */
  public static JdbcLedgerStore open(SansheJdbc jdbc, String ledgerId) {
    Objects.requireNonNull(jdbc, "jdbc");
    IdRules.check("ledgerId", ledgerId);
    SansheJdbc local = jdbc.withTransactionMode(TransactionMode.LOCAL);
    local.verifyDialect();
    Migrator.of(local).validate(SCHEMA); // a missing table or a newer schema is a coded error
    String ledger = local.table("tb_ledger");
    for (int attempt = 0; ; attempt++) {
      Integer existing =
          local.read(
              "open ledger",
              c -> {
                try (PreparedStatement s =
                    c.prepareStatement(
                        "SELECT ledger_no FROM " + ledger + " WHERE ledger_id = ?")) {
                  s.setString(1, ledgerId);
                  try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getInt(1) : null;
                  }
                }
              });
      if (existing != null) {
        return new JdbcLedgerStore(local, ledgerId, existing);
      }
      try {
        int no =
            local.inTransaction(
                "register ledger",
                c -> {
                  int next;
                  try (PreparedStatement s =
                          c.prepareStatement("SELECT MAX(ledger_no) FROM " + ledger);
                      ResultSet r = s.executeQuery()) {
                    r.next();
                    next = r.getInt(1) + 1;
                  }
                  try (PreparedStatement s =
                      c.prepareStatement(
                          "INSERT INTO "
                              + ledger
                              + " (ledger_no, ledger_id, last_seq, h0, h1, h2, h3, updated_at)"
                              + " VALUES (?, ?, 0, 0, 0, 0, 0, ?)")) {
                    s.setInt(1, next);
                    s.setString(2, ledgerId);
                    s.setLong(3, System.currentTimeMillis());
                    s.executeUpdate();
                  }
                  return next;
                });
        return new JdbcLedgerStore(local, ledgerId, no);
      } catch (JdbcException e) {
        if (!e.isConflict() || attempt >= 8) {
          throw e;
        }
        // another server registered a ledger at the same moment: read again
      }
    }
  }

  /**
   * Returns the ledger's id.
   *
   * @return the id
   */
  public String ledgerId() {
    return ledgerId;
  }

  /**
   * Returns the ledger's number, the key of its rows in every table.
   *
   * @return the number
   */
  public int ledgerNumber() {
    return ledgerNo;
  }

  @Override
  public long lastSequence() {
    return anchor().sequence;
  }

  @Override
  public ChainHash head() {
    return anchor().head;
  }

  private record Anchor(long sequence, ChainHash head) {}

  private Anchor anchor() {
    return jdbc.read("read ledger head", this::anchor);
  }

  @Override
  public void append(EntryBatch batch) {
    Objects.requireNonNull(batch, "batch");
    int n = batch.size();
    if (n == 0) {
      return;
    }
    long first = batch.firstSequence();
    try {
      if (batch.followsInFlight()) {
        jdbc.inTransaction(
            "append journal",
            c -> {
              insert(c, batch); // while the previous batch commits
              batch.awaitPrevious();
              // waits until the previous batch's transaction ends, then reads the anchor it left
              try (PreparedStatement s = c.prepareStatement(lockAnchor)) {
                s.setInt(1, ledgerNo);
                try (ResultSet r = s.executeQuery()) {
                  long anchored = r.next() ? r.getLong(1) : 0;
                  if (anchored != first - 1
                      || !new ChainHash(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5))
                          .equals(batch.previousHead())) {
                    throw new TimeBankException(
                        TimeBankError.LEDGER_STORE_SEQUENCE, anchored + 1, first);
                  }
                }
              }
              moveAnchor(c, batch);
              batch.markOrdered();
              return null;
            });
      } else {
        jdbc.inTransaction(
            "append journal",
            c -> {
              insert(c, batch);
              // waits if another transaction moved the anchor and matches nothing once that one
              // committed
              moveAnchor(c, batch);
              batch.markOrdered(); // a next batch now waits for this transaction's end
              return null;
            });
      }
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new TimeBankException(TimeBankError.LEDGER_STORE_SEQUENCE, e, "?", first);
      }
      throw e;
    }
  }

  /** Moves the anchor from the batch's first sequence - 1 to its last entry, or throws. */
  private void moveAnchor(Connection c, EntryBatch batch) throws SQLException {
    int n = batch.size();
    long first = batch.firstSequence();
    try (PreparedStatement s = c.prepareStatement(moveAnchor)) {
      s.setLong(1, first + n - 1);
      s.setLong(2, batch.hashWord(n - 1, 0));
      s.setLong(3, batch.hashWord(n - 1, 1));
      s.setLong(4, batch.hashWord(n - 1, 2));
      s.setLong(5, batch.hashWord(n - 1, 3));
      s.setLong(6, batch.timestamp(n - 1));
      s.setInt(7, ledgerNo);
      s.setLong(8, first - 1);
      if (s.executeUpdate() != 1) {
        throw new TimeBankException(
            TimeBankError.LEDGER_STORE_SEQUENCE, currentSequence(c) + 1, first);
      }
    }
  }

  private long currentSequence(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectHead)) {
      s.setInt(1, ledgerNo);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  private void insert(Connection c, EntryBatch b) throws SQLException {
    long first = b.firstSequence();
    try (PreparedStatement s = c.prepareStatement(insertEntry)) {
      for (int r = 0; r < b.size(); r++) {
        long seq = first + r;
        s.setInt(1, ledgerNo);
        s.setInt(2, (int) (seq >>> BLOCK_BITS));
        s.setLong(3, seq);
        s.setLong(4, b.timestamp(r));
        s.setLong(5, b.clientKey(r));
        String id = b.clientId(r);
        s.setString(6, id == null ? "" : id); // '' and NULL both mean none (no null bitmap)
        s.setInt(7, b.debit(r));
        s.setInt(8, b.credit(r));
        s.setLong(9, b.amount(r));
        s.setShort(10, b.kind(r));
        s.setShort(11, b.phase(r));
        s.setLong(12, b.reference(r));
        s.addBatch();
      }
      s.executeBatch();
    }
    long end = first + b.size();
    long firstMark = (first + MARK_EVERY - 1) / MARK_EVERY * MARK_EVERY;
    if (firstMark < end) {
      try (PreparedStatement s = c.prepareStatement(insertMark)) {
        for (long seq = firstMark; seq < end; seq += MARK_EVERY) {
          int r = (int) (seq - first);
          s.setInt(1, ledgerNo);
          s.setLong(2, seq);
          s.setLong(3, b.hashWord(r, 0));
          s.setLong(4, b.hashWord(r, 1));
          s.setLong(5, b.hashWord(r, 2));
          s.setLong(6, b.hashWord(r, 3));
          s.addBatch();
        }
        s.executeBatch();
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads from the mark before the entry (at most {@value #MARK_EVERY} - 1 entries more) to give
   * it its chain hash.
   */
  /**
   * {@inheritDoc}
   *
   * <p>True: see "Appends in flight" above.
   */
  @Override
  public boolean appendsConcurrently() {
    return true;
  }

  @Override
  public JournalEntry read(long sequence) {
    List<JournalEntry> one = sequence < 1 ? List.of() : readRange(sequence, 1);
    if (one.isEmpty() || one.get(0).sequence() != sequence) {
      throw new IndexOutOfBoundsException("no journal entry " + sequence);
    }
    return one.get(0);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The rows hold no chain hash: each entry's hash is computed from the nearest mark before it
   * (or from the hash of the entry before the range, when the previous page ended there). An entry
   * that has a mark, and the last entry of the anchored head, carry the stored hash instead, so a
   * changed row makes the computed chain disagree with the stored hash at the next mark or at the
   * head, where a verifier then reports it.
   */
  @Override
  public List<JournalEntry> readRange(long fromSequence, int maxEntries) {
    if (maxEntries <= 0 || fromSequence < 1) {
      return List.of();
    }
    long to = fromSequence + maxEntries;
    long end = to < fromSequence ? Long.MAX_VALUE : to;
    List<JournalEntry> list =
        jdbc.inTransaction(
            "read journal",
            c -> {
              Anchor anchor = anchor(c);
              Known known = lastRead;
              Known base =
                  known.sequence() == fromSequence - 1 ? known : markBefore(c, fromSequence);
              Map<Long, ChainHash> marks = marks(c, base.sequence(), end);
              HashChain chain = new HashChain();
              chain.reset(base.hash());
              List<JournalEntry> out = new ArrayList<>(Math.min(maxEntries, PAGE));
              try (PreparedStatement s = c.prepareStatement(selectRange)) {
                s.setInt(1, ledgerNo);
                s.setLong(2, base.sequence() + 1);
                s.setLong(3, end);
                s.setFetchSize(Math.min(maxEntries, PAGE) + MARK_EVERY);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    JournalEntry e = entry(r);
                    chain.next(e);
                    ChainHash stored = marks.get(e.sequence());
                    if (stored == null && e.sequence() == anchor.sequence()) {
                      stored = anchor.head();
                    }
                    ChainHash hash = stored != null ? stored : chain.head();
                    chain.reset(hash);
                    if (e.sequence() >= fromSequence) {
                      out.add(e.withHash(hash));
                    }
                  }
                }
              }
              return out;
            });
    if (!list.isEmpty()) {
      JournalEntry last = list.get(list.size() - 1);
      lastRead = new Known(last.sequence(), last.hash());
    }
    return list;
  }

  private Anchor anchor(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectHead)) {
      s.setInt(1, ledgerNo);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new TimeBankException(TimeBankError.LEDGER_JOURNAL_TRUNCATED, 0, 0);
        }
        return new Anchor(
            r.getLong(1), new ChainHash(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
      }
    }
  }

  /** Returns the newest mark before a sequence, or the genesis before entry 1. */
  private Known markBefore(Connection c, long sequence) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectMarkBefore)) {
      s.setInt(1, ledgerNo);
      s.setInt(2, ledgerNo);
      s.setLong(3, sequence);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? new Known(
                r.getLong(1), new ChainHash(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)))
            : new Known(0, ChainHash.GENESIS);
      }
    }
  }

  private Map<Long, ChainHash> marks(Connection c, long after, long before) throws SQLException {
    Map<Long, ChainHash> marks = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(selectMarks)) {
      s.setInt(1, ledgerNo);
      s.setLong(2, after);
      s.setLong(3, before);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          marks.put(
              r.getLong(1), new ChainHash(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
        }
      }
    }
    return marks;
  }

  @Override
  public void scan(long fromSequence, EntryVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    long next = fromSequence;
    while (true) {
      List<JournalEntry> page = readRange(next, PAGE);
      for (JournalEntry e : page) {
        if (!visit(e, visitor)) {
          return;
        }
        next = e.sequence() + 1;
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two cursors, one down each account index ({@code debit} and {@code credit}), merged by
   * sequence, read in pages inside a read-only transaction, so a scan that stops early (a statement
   * for one month of the issuance account) reads only what it visits, however long the account's
   * history.
   */
  @Override
  public void scanAccountBackward(int account, long maxSequence, EntryVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    if (maxSequence < 1) {
      return;
    }
    jdbc.inTransaction(
        "scan account",
        c -> {
          long top = Math.min(maxSequence, anchor(c).sequence());
          for (long block = top >>> BLOCK_BITS; block >= 0; block--) {
            List<JournalEntry> debits = block(c, selectDebits, account, block, maxSequence);
            List<JournalEntry> credits = block(c, selectCredits, account, block, maxSequence);
            int d = 0;
            int k = 0;
            while (d < debits.size() || k < credits.size()) {
              JournalEntry e;
              if (k == credits.size()
                  || (d < debits.size() && debits.get(d).sequence() >= credits.get(k).sequence())) {
                e = debits.get(d++);
                if (k < credits.size() && credits.get(k).sequence() == e.sequence()) {
                  k++; // an account change names the account twice
                }
              } else {
                e = credits.get(k++);
              }
              if (!visit(e, visitor)) {
                return null;
              }
            }
          }
          return null;
        });
  }

  /** Reads one block's entries of an account on one side, newest first. */
  private List<JournalEntry> block(
      Connection c, String sql, int account, long block, long maxSequence) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, ledgerNo);
      s.setInt(2, account);
      s.setInt(3, (int) block);
      s.setLong(4, maxSequence);
      s.setFetchSize(1024);
      List<JournalEntry> list = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          list.add(entry(r));
        }
      }
      return list;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One transaction: the account and reservation rows, then the checkpoint's own row, then the
   * older checkpoints are deleted (the newest one is enough: it is checked against the journal when
   * used). Saving a checkpoint that exists already changes nothing.
   */
  @Override
  public void saveCheckpoint(Checkpoint checkpoint) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    String cp = jdbc.table("tb_checkpoint");
    String accounts = jdbc.table("tb_cp_account");
    String pending = jdbc.table("tb_cp_pending");
    try {
      jdbc.inTransaction(
          "save checkpoint",
          c -> {
            long seq = checkpoint.sequence();
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO "
                        + accounts
                        + " (ledger_no, seq, account_no, account_id, kind, status, min_minutes,"
                        + " cap_minutes, balance, pending_dr, pending_cr)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              for (Checkpoint.AccountState a : checkpoint.accounts()) {
                s.setInt(1, ledgerNo);
                s.setLong(2, seq);
                s.setInt(3, a.number());
                s.setString(4, a.id());
                s.setShort(5, a.kindCode());
                s.setShort(6, a.status());
                s.setLong(7, a.minimumMinutes());
                s.setLong(8, a.capMinutes());
                s.setLong(9, a.balance());
                s.setLong(10, a.pendingDebits());
                s.setLong(11, a.pendingCredits());
                s.addBatch();
              }
              s.executeBatch();
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO "
                        + pending
                        + " (ledger_no, seq, pending_seq, deadline, amount, debit, credit, kind)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
              for (Checkpoint.OpenReservation r : checkpoint.reservations()) {
                s.setInt(1, ledgerNo);
                s.setLong(2, seq);
                s.setLong(3, r.sequence());
                s.setLong(4, r.deadline());
                s.setLong(5, r.amount());
                s.setInt(6, r.debit());
                s.setInt(7, r.credit());
                s.setShort(8, r.kind());
                s.addBatch();
              }
              s.executeBatch();
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO "
                        + cp
                        + " (ledger_no, seq, ts, h0, h1, h2, h3, pool, accounts, reservations,"
                        + " saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              ChainHash h = checkpoint.head();
              s.setInt(1, ledgerNo);
              s.setLong(2, seq);
              s.setLong(3, checkpoint.timestampMillis());
              s.setLong(4, h.w0());
              s.setLong(5, h.w1());
              s.setLong(6, h.w2());
              s.setLong(7, h.w3());
              s.setInt(8, checkpoint.donationPool());
              s.setInt(9, checkpoint.accounts().size());
              s.setInt(10, checkpoint.reservations().size());
              s.setLong(11, System.currentTimeMillis());
              s.executeUpdate();
            }
            for (String table : List.of(accounts, pending, cp)) {
              try (PreparedStatement s =
                  c.prepareStatement("DELETE FROM " + table + " WHERE ledger_no = ? AND seq < ?")) {
                s.setInt(1, ledgerNo);
                s.setLong(2, seq);
                s.executeUpdate();
              }
            }
            return null;
          });
    } catch (JdbcException e) {
      if (!e.isConflict()) {
        throw e;
      }
      // this checkpoint was saved before (by this server or another): nothing to do
    }
  }

  @Override
  public Optional<Checkpoint> latestCheckpoint() {
    String cp = jdbc.table("tb_checkpoint");
    String accounts = jdbc.table("tb_cp_account");
    String pending = jdbc.table("tb_cp_pending");
    return jdbc.inTransaction(
        "read checkpoint",
        c -> {
          long seq;
          long ts;
          ChainHash head;
          int pool;
          int accountRows;
          int reservationRows;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT seq, ts, h0, h1, h2, h3, pool, accounts, reservations FROM "
                      + cp
                      + " WHERE ledger_no = ? AND seq = (SELECT MAX(seq) FROM "
                      + cp
                      + " WHERE ledger_no = ?)")) {
            s.setInt(1, ledgerNo);
            s.setInt(2, ledgerNo);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.<Checkpoint>empty();
              }
              seq = r.getLong(1);
              ts = r.getLong(2);
              head = new ChainHash(r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
              pool = r.getInt(7);
              accountRows = r.getInt(8);
              reservationRows = r.getInt(9);
            }
          }
          List<Checkpoint.AccountState> states = new ArrayList<>(accountRows);
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT account_no, account_id, kind, status, min_minutes, cap_minutes,"
                      + " balance, pending_dr, pending_cr FROM "
                      + accounts
                      + " WHERE ledger_no = ? AND seq = ? ORDER BY account_no")) {
            s.setInt(1, ledgerNo);
            s.setLong(2, seq);
            s.setFetchSize(1024);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                states.add(
                    new Checkpoint.AccountState(
                        r.getInt(1),
                        r.getString(2),
                        (byte) r.getShort(3),
                        (byte) r.getShort(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7),
                        r.getLong(8),
                        r.getLong(9)));
              }
            }
          }
          List<Checkpoint.OpenReservation> open = new ArrayList<>(reservationRows);
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT pending_seq, deadline, amount, debit, credit, kind FROM "
                      + pending
                      + " WHERE ledger_no = ? AND seq = ? ORDER BY pending_seq")) {
            s.setInt(1, ledgerNo);
            s.setLong(2, seq);
            s.setFetchSize(1024);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                open.add(
                    new Checkpoint.OpenReservation(
                        r.getLong(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getInt(4),
                        r.getInt(5),
                        (byte) r.getShort(6)));
              }
            }
          }
          if (states.size() != accountRows || open.size() != reservationRows) {
            return Optional.<Checkpoint>empty(); // incomplete: replay the whole journal instead
          }
          return Optional.of(new Checkpoint(seq, ts, head, pool, states, open));
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One read transaction that sees one snapshot ({@link SansheJdbc#read}): the anchor, the
   * marks, then every row of the ledger through one cursor in sequence order, so a writer
   * committing meanwhile is seen entirely or not at all. An entry gets the hash of its mark, or the
   * anchored head for the last one, and null otherwise (rows after the head too); nothing is hashed
   * here.
   */
  @Override
  public void scanKeptHashes(KeptHashVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    jdbc.read(
        "verify journal",
        c -> {
          Anchor anchor = anchor(c);
          Map<Long, ChainHash> marks = marks(c, 0, Long.MAX_VALUE);
          try (PreparedStatement s = c.prepareStatement(selectAll)) {
            s.setInt(1, ledgerNo);
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                JournalEntry e = entry(r);
                long seq = e.sequence();
                ChainHash kept = seq % MARK_EVERY == 0 ? marks.get(seq) : null;
                if (kept == null && seq == anchor.sequence()) {
                  kept = anchor.head();
                }
                if (!visitor.visit(e, kept)) {
                  return null;
                }
              }
            }
          }
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the two columns in sequence order through a paged cursor.
   */
  @Override
  public void scanClientKeys(long toSequence, ClientKeyVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    String journal = jdbc.table("tb_entry");
    jdbc.inTransaction(
        "scan client keys",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT seq, client_key FROM "
                      + journal
                      + " WHERE ledger_no = ? AND seq <= ? AND client_key <> 0 ORDER BY seq")) {
            s.setInt(1, ledgerNo);
            s.setLong(2, toSequence);
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                visitor.visit(r.getLong(1), r.getLong(2));
              }
            }
          }
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>True: the journal has an index on (ledger, client key), schema version 5.
   */
  @Override
  public boolean looksUpClientKeys() {
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * <p>One indexed query.
   */
  @Override
  public List<JournalEntry> findByClientKey(long clientKey, long toSequence) {
    List<Long> sequences =
        jdbc.read(
            "find client key",
            c -> {
              try (PreparedStatement s = c.prepareStatement(selectByKey)) {
                s.setInt(1, ledgerNo);
                s.setLong(2, clientKey);
                s.setLong(3, toSequence);
                List<Long> found = new ArrayList<>(1);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    found.add(r.getLong(1));
                  }
                }
                return found;
              }
            });
    List<JournalEntry> entries = new ArrayList<>(sequences.size());
    for (long sequence : sequences) {
      entries.add(read(sequence)); // with its chain hash
    }
    return entries;
  }

  private static boolean visit(JournalEntry e, EntryVisitor visitor) {
    return visitor.visit(
        e.sequence(),
        e.timestampMillis(),
        e.debitAccount(),
        e.creditAccount(),
        e.amountMinutes(),
        e.kind(),
        e.phase(),
        e.reference());
  }

  /** Reads a row without its chain hash ({@link ChainHash#GENESIS} until the caller sets it). */
  private static JournalEntry entry(ResultSet r) throws SQLException {
    String id = r.getString(4);
    return new JournalEntry(
        r.getLong(1),
        r.getLong(2),
        r.getLong(3),
        id == null || id.isEmpty() ? null : id,
        r.getInt(5),
        r.getInt(6),
        r.getLong(7),
        (byte) r.getShort(8),
        (byte) r.getShort(9),
        r.getLong(10),
        ChainHash.GENESIS);
  }

  @Override
  public String toString() {
    return "JdbcLedgerStore[" + ledgerId + " #" + ledgerNo + "]";
  }
}
