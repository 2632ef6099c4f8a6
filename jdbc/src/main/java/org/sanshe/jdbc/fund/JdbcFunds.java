package org.sanshe.jdbc.fund;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.fund.AccountBalance;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.CounterpartyKind;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundAccountKind;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundEvent;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundKind;
import org.sanshe.core.fund.FundMovement;
import org.sanshe.core.fund.FundMovementKind;
import org.sanshe.core.fund.FundSnapshot;
import org.sanshe.core.fund.FundStatement;
import org.sanshe.core.fund.Funds;
import org.sanshe.core.fund.Sponsorship;
import org.sanshe.core.fund.SponsorshipId;
import org.sanshe.core.fund.SponsorshipKind;
import org.sanshe.core.fund.WelfareShare;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * {@link Funds} on a relational database, created by {@link #migrate(SansheJdbc)} or from the
 * versioned files under {@code META-INF/sanshe/schema/funds/<dialect>/}.
 *
 * <p><b>One save, one transaction.</b> {@link #update} moves the fund row from the version it was
 * loaded at to the next ({@code UPDATE ... WHERE version = ?}; zero rows is {@code
 * FUND_VERSION_CONFLICT}), then writes the balances of the accounts the new movements touched, new
 * accounts, sponsor records and reversals, the movements ({@code fd_movement}) with their postings
 * ({@code fd_posting}, the balance after each movement per account) and, if the store has one, the
 * save's events to the {@link JdbcOutbox}; a failure rolls all of it back. Two servers granting
 * from one fund at once therefore never overdraw it: the second save loses on the version and
 * {@link org.sanshe.core.fund.FundDesk} decides it again against the first one's balance.
 *
 * <p><b>Reads.</b> {@link #find} reads the fund row, its accounts, sponsor records and reversals,
 * then the version again, and reads again if a save came in between, so a fund is never restored
 * from two versions. Statements read the opening balance as one posting row and the period's
 * movements as one indexed range.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source. Database
 * failures are {@link JdbcException}s with their codes (unavailable, retryable, conflict, failure);
 * a failed save wrote nothing.
 */
public final class JdbcFunds implements Funds {

  /** The schema of the fund tables. */
  public static final Schema SCHEMA =
      Schema.of(
          "funds",
          JdbcFunds.class.getClassLoader(),
          "META-INF/sanshe/schema/funds",
          List.of("V1__funds.sql"));

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "fund";

  private static final int READ_ATTEMPTS = 8;
  private static final int CHUNK = 500;
  private static final String MOVEMENT_COLUMNS =
      "m.fund_id, m.seq, m.kind, m.debited, m.credited, m.amount, m.cp_kind, m.cp_id, m.actor,"
          + " m.at_ms, m.reverses, m.chain_hash";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String fund;
  private final String account;
  private final String sponsor;
  private final String reversed;
  private final String movement;
  private final String posting;

  private JdbcFunds(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.fund = jdbc.table("fd_fund");
    this.account = jdbc.table("fd_account");
    this.sponsor = jdbc.table("fd_sponsor");
    this.reversed = jdbc.table("fd_reversed");
    this.movement = jdbc.table("fd_movement");
    this.posting = jdbc.table("fd_posting");
  }

  /**
   * Creates or upgrades the fund tables with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the funds over existing tables, checking the dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcFunds open(SansheJdbc jdbc) {
    Objects.requireNonNull(jdbc, "jdbc");
    jdbc.verifyDialect();
    Migrator.of(jdbc).validate(SCHEMA);
    return new JdbcFunds(jdbc, null);
  }

  /**
   * Opens the funds writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox in the same database, not null; events go as aggregate type {@value
   *     #AGGREGATE_TYPE}
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcFunds open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    open(jdbc);
    return new JdbcFunds(jdbc, outbox);
  }

  // ------------------------------------------------------------------ writes

  @Override
  public void add(Fund f) {
    Objects.requireNonNull(f, "f");
    if (f.version() != 0) {
      throw new FundException(FundError.FUND_VERSION_CONFLICT, f.id(), f.version(), 0);
    }
    FundSnapshot next = f.snapshot().withVersion(1);
    List<FundMovement> pending = f.pendingMovements();
    checkChain(pending, 0);
    try {
      jdbc.inTransaction(
          "add fund",
          c -> {
            if (versionOf(c, f.id()) != null) {
              throw new FundException(FundError.FUND_DUPLICATE, f.id());
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO "
                        + fund
                        + " (fund_id, kind, name, welfare_bp, last_seq, head_hash, last_at,"
                        + " opened_by, opened_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
              s.setString(1, next.id().value());
              s.setString(2, next.kind().name());
              s.setString(3, next.name());
              s.setInt(4, next.welfareShare().basisPoints());
              s.setLong(5, next.lastSeq());
              s.setString(6, next.headHash());
              s.setLong(7, next.lastAt().toEpochMilli());
              s.setString(8, next.openedBy());
              s.setLong(9, next.openedAt().toEpochMilli());
              s.executeUpdate();
            }
            writeChildren(c, next, pending, 0, 0, Set.of());
            publish(c, f, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new FundException(FundError.FUND_DUPLICATE, f.id());
      }
      throw e;
    }
  }

  @Override
  public void update(Fund f) {
    Objects.requireNonNull(f, "f");
    FundSnapshot next = f.snapshot().withVersion(f.version() + 1);
    List<FundMovement> pending = f.pendingMovements();
    long firstSeq = next.lastSeq() - pending.size();
    checkChain(pending, firstSeq);
    try {
      jdbc.inTransaction(
          "update fund",
          c -> {
            int rows;
            try (PreparedStatement s =
                c.prepareStatement(
                    "UPDATE "
                        + fund
                        + " SET version = ?, last_seq = ?, head_hash = ?, last_at = ?"
                        + " WHERE fund_id = ? AND version = ? AND last_seq = ?")) {
              s.setLong(1, next.version());
              s.setLong(2, next.lastSeq());
              s.setString(3, next.headHash());
              s.setLong(4, next.lastAt().toEpochMilli());
              s.setString(5, next.id().value());
              s.setLong(6, f.version());
              s.setLong(7, firstSeq);
              rows = s.executeUpdate();
            }
            if (rows != 1) {
              Long current = versionOf(c, f.id());
              if (current == null) {
                throw new FundException(FundError.FUND_NOT_FOUND, f.id());
              }
              throw new FundException(
                  FundError.FUND_VERSION_CONFLICT, f.id(), f.version(), current);
            }
            int storedAccounts = count(c, account, f.id());
            int storedSponsors = count(c, sponsor, f.id());
            Set<FundAccountId> touched = new HashSet<>();
            for (FundMovement m : pending) {
              touched.add(m.debited());
              touched.add(m.credited());
            }
            writeChildren(c, next, pending, storedAccounts, storedSponsors, touched);
            publish(c, f, next.version());
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new FundException(
            FundError.FUND_VERSION_CONFLICT, f.id(), f.version(), f.version() + 1);
      }
      throw e;
    }
  }

  private static void checkChain(List<FundMovement> pending, long lastSeq) {
    long seq = lastSeq;
    for (FundMovement m : pending) {
      if (m.seq() != seq + 1) {
        throw new FundException(FundError.FUND_CHAIN_BROKEN, seq + 1);
      }
      seq++;
    }
  }

  private void writeChildren(
      Connection c,
      FundSnapshot next,
      List<FundMovement> pending,
      int storedAccounts,
      int storedSponsors,
      Set<FundAccountId> touched)
      throws SQLException {
    String id = next.id().value();
    List<AccountBalance> accounts = next.accounts();
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO "
                    + account
                    + " (fund_id, account_id, pos, kind, balance) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement change =
            c.prepareStatement(
                "UPDATE " + account + " SET balance = ? WHERE fund_id = ? AND account_id = ?")) {
      boolean inserts = false;
      boolean changes = false;
      for (int i = 0; i < accounts.size(); i++) {
        AccountBalance a = accounts.get(i);
        if (i >= storedAccounts) {
          insert.setString(1, id);
          insert.setString(2, a.id().value());
          insert.setInt(3, i);
          insert.setString(4, a.kind().name());
          insert.setLong(5, a.balance().fen());
          insert.addBatch();
          inserts = true;
        } else if (touched.contains(a.id())) {
          change.setLong(1, a.balance().fen());
          change.setString(2, id);
          change.setString(3, a.id().value());
          change.addBatch();
          changes = true;
        }
      }
      if (inserts) {
        insert.executeBatch();
      }
      if (changes) {
        expectRows(change.executeBatch(), "fd_account");
      }
    }
    List<Sponsorship> sponsorships = next.sponsorships();
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO "
                    + sponsor
                    + " (fund_id, sponsorship_id, pos, sponsor_kind, sponsor_id, project_id, how,"
                    + " pledged, paid, transferred, actor, at_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement change =
            c.prepareStatement(
                "UPDATE "
                    + sponsor
                    + " SET paid = ?, transferred = ? WHERE fund_id = ? AND sponsorship_id = ?")) {
      boolean inserts = false;
      boolean changes = false;
      for (int i = 0; i < sponsorships.size(); i++) {
        Sponsorship s = sponsorships.get(i);
        if (i >= storedSponsors) {
          insert.setString(1, id);
          insert.setString(2, s.id().value());
          insert.setInt(3, i);
          insert.setString(4, s.sponsor().kind().name());
          insert.setString(5, s.sponsor().id());
          insert.setString(6, s.project().value());
          insert.setString(7, s.kind().name());
          insert.setLong(8, s.pledged().fen());
          insert.setLong(9, s.paid().fen());
          insert.setLong(10, s.transferred().fen());
          insert.setString(11, s.actor());
          insert.setLong(12, s.at().toEpochMilli());
          insert.addBatch();
          inserts = true;
        } else if (touched.contains(FundAccountId.of(s.id()))) {
          change.setLong(1, s.paid().fen());
          change.setLong(2, s.transferred().fen());
          change.setString(3, id);
          change.setString(4, s.id().value());
          change.addBatch();
          changes = true;
        }
      }
      if (inserts) {
        insert.executeBatch();
      }
      if (changes) {
        expectRows(change.executeBatch(), "fd_sponsor");
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    Map<FundAccountId, Long> running = new HashMap<>();
    for (AccountBalance a : accounts) {
      running.put(a.id(), a.balance().fen());
    }
    for (FundMovement m : pending) {
      running.merge(m.debited(), m.amount().fen(), Math::addExact);
      running.merge(m.credited(), -m.amount().fen(), Math::addExact);
    }
    try (PreparedStatement mv =
            c.prepareStatement(
                "INSERT INTO "
                    + movement
                    + " (fund_id, seq, kind, debited, credited, amount, cp_kind, cp_id, actor,"
                    + " at_ms, reverses, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement post =
            c.prepareStatement(
                "INSERT INTO "
                    + posting
                    + " (fund_id, account_id, seq, at_ms, balance_after) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement rev =
            c.prepareStatement("INSERT INTO " + reversed + " (fund_id, seq) VALUES (?, ?)")) {
      boolean reversals = false;
      for (FundMovement m : pending) {
        mv.setString(1, id);
        mv.setLong(2, m.seq());
        mv.setString(3, m.kind().name());
        mv.setString(4, m.debited().value());
        mv.setString(5, m.credited().value());
        mv.setLong(6, m.amount().fen());
        mv.setString(7, m.counterparty().kind().name());
        mv.setString(8, m.counterparty().id());
        mv.setString(9, m.actor());
        mv.setLong(10, m.at().toEpochMilli());
        mv.setLong(11, m.reverses());
        mv.setString(12, m.hash());
        mv.addBatch();
        long debitAfter = running.merge(m.debited(), -m.amount().fen(), Math::addExact);
        long creditAfter = running.merge(m.credited(), m.amount().fen(), Math::addExact);
        addPosting(post, id, m.debited(), m, debitAfter);
        addPosting(post, id, m.credited(), m, creditAfter);
        if (m.reverses() > 0) {
          rev.setString(1, id);
          rev.setLong(2, m.reverses());
          rev.addBatch();
          reversals = true;
        }
      }
      mv.executeBatch();
      post.executeBatch();
      if (reversals) {
        rev.executeBatch();
      }
    }
  }

  private static void addPosting(
      PreparedStatement post, String id, FundAccountId a, FundMovement m, long after)
      throws SQLException {
    post.setString(1, id);
    post.setString(2, a.value());
    post.setLong(3, m.seq());
    post.setLong(4, m.at().toEpochMilli());
    post.setLong(5, after);
    post.addBatch();
  }

  private static void expectRows(int[] counts, String table) {
    for (int n : counts) {
      if (n != 1 && n != java.sql.Statement.SUCCESS_NO_INFO) {
        throw new FundException(FundError.FUND_VERSION_CONFLICT, table, "stored", "changed");
      }
    }
  }

  private void publish(Connection c, Fund f, long version) throws SQLException {
    if (outbox != null) {
      outbox.append(
          c,
          OutboxEvent.of(
              AGGREGATE_TYPE,
              f.id().value(),
              version,
              f.pendingEvents(),
              e -> ((FundEvent) e).at()));
    }
  }

  private Long versionOf(Connection c, FundId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + fund + " WHERE fund_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  private static int count(Connection c, String table, FundId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE fund_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<Fund> find(FundId id) {
    Objects.requireNonNull(id, "id");
    for (int attempt = 1; ; attempt++) {
      Optional<FundSnapshot> s = jdbc.read("find fund", c -> readSnapshot(c, id));
      if (s != null) {
        return s.map(Fund::restore);
      }
      if (attempt >= READ_ATTEMPTS) {
        throw new JdbcException(JdbcError.JDBC_CONFLICT, "find fund", null, null);
      }
    }
  }

  /** Reads a snapshot, or null when a save came in between (read again). */
  private Optional<FundSnapshot> readSnapshot(Connection c, FundId id) throws SQLException {
    FundSnapshot head;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT kind, name, welfare_bp, last_seq, head_hash, last_at, opened_by, opened_at,"
                + " version FROM "
                + fund
                + " WHERE fund_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        int welfareBp = r.getInt(3);
        head =
            new FundSnapshot(
                id,
                enumOf(FundKind.class, r.getString(1), "kind", fund),
                r.getString(2),
                row(() -> new WelfareShare(welfareBp), "welfare_bp", fund),
                List.of(),
                List.of(),
                List.of(),
                r.getLong(4),
                r.getString(5).trim(),
                Instant.ofEpochMilli(r.getLong(6)),
                r.getString(7),
                Instant.ofEpochMilli(r.getLong(8)),
                r.getLong(9));
      }
    }
    List<AccountBalance> accounts = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT account_id, kind, balance FROM "
                + account
                + " WHERE fund_id = ? ORDER BY pos")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String a = r.getString(1);
          String k = r.getString(2);
          long b = r.getLong(3);
          accounts.add(
              row(
                  () ->
                      new AccountBalance(
                          FundAccountId.of(a), FundAccountKind.valueOf(k), Money.of(b)),
                  "account_id",
                  account));
        }
      }
    }
    List<Sponsorship> sponsorships = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT sponsorship_id, sponsor_kind, sponsor_id, project_id, how, pledged, paid,"
                + " transferred, actor, at_ms FROM "
                + sponsor
                + " WHERE fund_id = ? ORDER BY pos")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String sid = r.getString(1);
          String sk = r.getString(2);
          String sp = r.getString(3);
          String proj = r.getString(4);
          String how = r.getString(5);
          long pledged = r.getLong(6);
          long paid = r.getLong(7);
          long transferred = r.getLong(8);
          String actor = r.getString(9);
          long at = r.getLong(10);
          sponsorships.add(
              row(
                  () ->
                      new Sponsorship(
                          SponsorshipId.of(sid),
                          Counterparty.of(CounterpartyKind.valueOf(sk), sp),
                          new ProjectId(proj),
                          SponsorshipKind.valueOf(how),
                          Money.of(pledged),
                          Money.of(paid),
                          Money.of(transferred),
                          actor,
                          Instant.ofEpochMilli(at)),
                  "sponsorship_id",
                  sponsor));
        }
      }
    }
    List<Long> rev = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT seq FROM " + reversed + " WHERE fund_id = ? ORDER BY seq")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rev.add(r.getLong(1));
        }
      }
    }
    Long again = versionOf(c, id);
    if (again == null || again != head.version()) {
      return null;
    }
    return Optional.of(
        new FundSnapshot(
            id,
            head.kind(),
            head.name(),
            head.welfareShare(),
            accounts,
            sponsorships,
            rev,
            head.lastSeq(),
            head.headHash(),
            head.lastAt(),
            head.openedBy(),
            head.openedAt(),
            head.version()));
  }

  @Override
  public List<FundId> ids() {
    return jdbc.read(
        "list funds",
        c -> {
          List<FundId> out = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT fund_id FROM " + fund + " ORDER BY fund_id");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              String v = r.getString(1);
              out.add(row(() -> FundId.of(v), "fund_id", fund));
            }
          }
          out.sort(null);
          return List.copyOf(out);
        });
  }

  @Override
  public List<FundMovement> journal(FundId id, long afterSeq, int max) {
    Objects.requireNonNull(id, "id");
    Funds.checkPage(afterSeq, max);
    return jdbc.read(
        "read fund journal",
        c ->
            movements(
                c,
                "SELECT "
                    + MOVEMENT_COLUMNS
                    + " FROM "
                    + movement
                    + " m WHERE m.fund_id = ? AND m.seq > ? ORDER BY m.seq",
                max,
                false,
                s -> {
                  s.setString(1, id.value());
                  s.setLong(2, afterSeq);
                }));
  }

  @Override
  public List<FundMovement> movements(FundId id, Instant from, Instant to) {
    Objects.requireNonNull(id, "id");
    Funds.checkPeriod(from, to);
    return jdbc.read(
        "read fund movements",
        c ->
            movements(
                c,
                "SELECT "
                    + MOVEMENT_COLUMNS
                    + " FROM "
                    + movement
                    + " m WHERE m.fund_id = ? AND m.at_ms >= ? AND m.at_ms < ? ORDER BY m.seq",
                MAX_MOVEMENTS + 1,
                true,
                s -> {
                  s.setString(1, id.value());
                  s.setLong(2, Funds.ceilMillis(from));
                  s.setLong(3, Funds.ceilMillis(to));
                }));
  }

  @Override
  public List<FundMovement> movementsWith(Counterparty counterparty, Instant from, Instant to) {
    Objects.requireNonNull(counterparty, "counterparty");
    Funds.checkPeriod(from, to);
    List<FundMovement> out =
        jdbc.read(
            "read fund movements by counterparty",
            c ->
                movements(
                    c,
                    "SELECT "
                        + MOVEMENT_COLUMNS
                        + " FROM "
                        + movement
                        + " m WHERE m.cp_kind = ? AND m.cp_id = ? AND m.at_ms >= ?"
                        + " AND m.at_ms < ?",
                    MAX_MOVEMENTS + 1,
                    true,
                    s -> {
                      s.setString(1, counterparty.kind().name());
                      s.setString(2, counterparty.id());
                      s.setLong(3, Funds.ceilMillis(from));
                      s.setLong(4, Funds.ceilMillis(to));
                    }));
    // ordered here, not by SQL, so that fund ids compare as Java strings in every database
    List<FundMovement> sorted = new ArrayList<>(out);
    sorted.sort(
        java.util.Comparator.comparing(FundMovement::fund).thenComparingLong(FundMovement::seq));
    return List.copyOf(sorted);
  }

  @Override
  public FundStatement statement(FundId id, FundAccountId a, Instant from, Instant to) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(a, "a");
    Funds.checkPeriod(from, to);
    long lo = Funds.ceilMillis(from);
    long hi = Funds.ceilMillis(to);
    for (int attempt = 1; ; attempt++) {
      FundStatement s =
          jdbc.read("read fund statement", c -> statement(c, id, a, from, to, lo, hi));
      if (s != null) {
        return s;
      }
      if (attempt >= READ_ATTEMPTS) {
        throw new JdbcException(JdbcError.JDBC_CONFLICT, "read fund statement", null, null);
      }
    }
  }

  private FundStatement statement(
      Connection c, FundId id, FundAccountId a, Instant from, Instant to, long lo, long hi)
      throws SQLException {
    Long version = versionOf(c, id);
    if (version == null) {
      throw new FundException(FundError.FUND_NOT_FOUND, id);
    }
    long lastSeq;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT a.balance, f.last_seq FROM "
                + account
                + " a, "
                + fund
                + " f WHERE a.fund_id = ? AND a.account_id = ? AND f.fund_id = a.fund_id")) {
      s.setString(1, id.value());
      s.setString(2, a.value());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new FundException(FundError.FUND_ACCOUNT_UNKNOWN);
        }
        lastSeq = r.getLong(2);
      }
    }
    // a fund's journal is in time order as well as sequence order: turn the period into a range
    // of sequence numbers, then read the opening posting and the range by primary key
    long firstSeq = firstSeqAtOrAfter(c, id, lo, lastSeq);
    long endSeq = firstSeqAtOrAfter(c, id, hi, lastSeq);
    long opening = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT balance_after FROM "
                + posting
                + " WHERE fund_id = ? AND account_id = ? AND seq = (SELECT MAX(seq) FROM "
                + posting
                + " WHERE fund_id = ? AND account_id = ? AND seq < ?)")) {
      s.setString(1, id.value());
      s.setString(2, a.value());
      s.setString(3, id.value());
      s.setString(4, a.value());
      s.setLong(5, firstSeq);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          opening = r.getLong(1);
        }
      }
    }
    long openingFen = opening;
    // the account's sequence numbers from its postings (an index-only range), then its movements
    // by primary key in chunks: a join lets planners hash the whole journal for a few rows
    List<Long> seqs = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT seq FROM "
                + posting
                + " WHERE fund_id = ? AND account_id = ? AND seq >= ? AND seq < ? ORDER BY seq")) {
      s.setMaxRows(MAX_MOVEMENTS + 1);
      s.setFetchSize(5_000);
      s.setString(1, id.value());
      s.setString(2, a.value());
      s.setLong(3, firstSeq);
      s.setLong(4, endSeq);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          seqs.add(r.getLong(1));
        }
      }
    }
    if (seqs.size() > MAX_MOVEMENTS) {
      throw new FundException(FundError.FUND_STATEMENT_TOO_LARGE, MAX_MOVEMENTS);
    }
    List<FundMovement> ms = new ArrayList<>(seqs.size());
    for (int from0 = 0; from0 < seqs.size(); from0 += CHUNK) {
      List<Long> chunk = seqs.subList(from0, Math.min(seqs.size(), from0 + CHUNK));
      StringBuilder sql =
          new StringBuilder("SELECT ")
              .append(MOVEMENT_COLUMNS)
              .append(" FROM ")
              .append(movement)
              .append(" m WHERE m.fund_id = ? AND m.seq IN (");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "?" : ", ?");
      }
      sql.append(") ORDER BY m.seq");
      ms.addAll(
          movements(
              c,
              sql.toString(),
              chunk.size(),
              false,
              s -> {
                s.setString(1, id.value());
                for (int i = 0; i < chunk.size(); i++) {
                  s.setLong(i + 2, chunk.get(i));
                }
              }));
    }
    if (ms.size() != seqs.size()) {
      throw org.sanshe.jdbc.Columns.rowInvalid("seq", movement);
    }
    Long again = versionOf(c, id);
    if (again == null || !again.equals(version)) {
      return null;
    }
    Money closing = Money.of(openingFen);
    for (FundMovement m : ms) {
      closing = closing.plus(Money.of(m.effectOn(a)));
    }
    return new FundStatement(id, a, from, to, Money.of(openingFen), ms, closing);
  }

  /**
   * Returns the sequence number of a fund's first movement at or after a time (two index probes:
   * the earliest time, then the first movement at it), or {@code lastSeq + 1} if none.
   */
  private long firstSeqAtOrAfter(Connection c, FundId id, long millis, long lastSeq)
      throws SQLException {
    Long first = null;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT MIN(seq) FROM "
                + movement
                + " WHERE fund_id = ? AND seq <= ? AND at_ms = (SELECT MIN(at_ms) FROM "
                + movement
                + " WHERE fund_id = ? AND at_ms >= ?)")) {
      s.setString(1, id.value());
      s.setLong(2, lastSeq);
      s.setString(3, id.value());
      s.setLong(4, millis);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          long v = r.getLong(1);
          first = r.wasNull() ? null : v;
        }
      }
    }
    return first == null ? lastSeq + 1 : first;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private List<FundMovement> movements(
      Connection c, String sql, int maxRows, boolean refuseMore, Binder binder)
      throws SQLException {
    List<FundMovement> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setMaxRows(maxRows);
      s.setFetchSize(Math.min(maxRows, 5_000));
      binder.bind(s);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(movement(r));
        }
      }
    }
    if (refuseMore && out.size() > MAX_MOVEMENTS) {
      throw new FundException(FundError.FUND_STATEMENT_TOO_LARGE, MAX_MOVEMENTS);
    }
    return List.copyOf(out);
  }

  private FundMovement movement(ResultSet r) throws SQLException {
    String fundId = r.getString(1);
    long seq = r.getLong(2);
    String kind = r.getString(3);
    String debited = r.getString(4);
    String credited = r.getString(5);
    long amount = r.getLong(6);
    String cpKind = r.getString(7);
    String cpId = r.getString(8);
    String actor = r.getString(9);
    long at = r.getLong(10);
    long reverses = r.getLong(11);
    String hash = r.getString(12);
    return row(
        () ->
            new FundMovement(
                FundId.of(fundId),
                seq,
                FundMovementKind.valueOf(kind),
                FundAccountId.of(debited),
                FundAccountId.of(credited),
                Money.of(amount),
                Counterparty.of(CounterpartyKind.valueOf(cpKind), cpId == null ? "" : cpId),
                actor,
                Instant.ofEpochMilli(at),
                reverses,
                hash == null ? "" : hash.trim()),
        "seq",
        movement);
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String v, String column, String t) {
    return row(() -> Enum.valueOf(type, v), column, t);
  }

  private static <T> T row(java.util.function.Supplier<T> read, String column, String table) {
    try {
      return read.get();
    } catch (SansheException | IllegalArgumentException | NullPointerException e) {
      throw org.sanshe.jdbc.Columns.rowInvalid(column, table);
    }
  }

  @Override
  public String toString() {
    return "JdbcFunds[" + jdbc.tablePrefix() + "fd_*]";
  }
}
