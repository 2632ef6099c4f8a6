package org.sanshe.jdbc.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.Actors;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.AccessList;
import org.sanshe.core.registry.access.AccessListPublished;
import org.sanshe.core.registry.access.AccessLists;
import org.sanshe.core.registry.access.RecordedAccessList;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;

/**
 * The {@link AccessLists} of districts and cities on a relational database (schema component {@code
 * access}, with {@link JdbcAccessDecisions}): {@code acc_list}, one row per issuer with the
 * version, publisher and time, and {@code acc_entry}, the entries of the list in force.
 *
 * <p>Publishing is one transaction: the version is checked ({@code INSERT} for version 0, else
 * {@code UPDATE ... WHERE version = ?}), the entries are rewritten and the optional {@link
 * org.sanshe.jdbc.outbox.JdbcOutbox} event appended, all or nothing; a lost race for a new issuer
 * is retried and then refused as stale. {@link #find} reads the version, the entries and the
 * version again, and reads again if a publication came in between, so a list is never mixed from
 * two versions.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source. Database
 * failures are {@link JdbcException}s with their codes (unavailable, retryable, conflict, failure).
 */
public final class JdbcAccessLists implements AccessLists {

  private static final int ATTEMPTS = 5;

  private final SansheJdbc jdbc;
  private final Clock clock;
  private final org.sanshe.jdbc.outbox.JdbcOutbox outbox;
  private final String list;
  private final String entry;

  private JdbcAccessLists(SansheJdbc jdbc, Clock clock, org.sanshe.jdbc.outbox.JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.outbox = outbox;
    this.list = jdbc.table("acc_list");
    this.entry = jdbc.table("acc_entry");
  }

  /**
   * Opens the access lists over existing tables ({@link JdbcAccessDecisions#migrate}), checking the
   * dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @param clock the clock that stamps publications, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcAccessLists open(SansheJdbc jdbc, Clock clock) {
    JdbcAccessDecisions.open(jdbc, clock);
    return new JdbcAccessLists(jdbc, clock, null);
  }

  /**
   * Opens the access lists writing an event per publication to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param clock the clock that stamps publications, not null
   * @param outbox the outbox in the same database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcAccessLists open(
      SansheJdbc jdbc, Clock clock, org.sanshe.jdbc.outbox.JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    JdbcAccessDecisions.open(jdbc, clock);
    return new JdbcAccessLists(jdbc, clock, outbox);
  }

  @Override
  public RecordedAccessList publish(
      DivisionCode issuer, AccessList l, long expectedVersion, String actor) {
    RecordedAccessList.issuer(issuer);
    Objects.requireNonNull(l, "list");
    Actors.check(actor);
    for (AccessEntry e : l.entries()) {
      Rows.text("task", e.task().value(), 64);
    }
    Instant at = clock.instant();
    long ms = Columns.millis("at", at);
    RecordedAccessList stored = new RecordedAccessList(issuer, l, expectedVersion + 1, actor, at);
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbc.inTransaction(
            "publish access list",
            c -> {
              long current = version(c, issuer);
              if (current != expectedVersion) {
                throw new StaleVersionException(
                    RegistryError.ACCESS_LIST_VERSION_CONFLICT, issuer, expectedVersion, current);
              }
              writeHead(c, issuer, expectedVersion, stored, ms, Columns.nanosOfMilli(at));
              writeEntries(c, issuer, l);
              if (outbox != null) {
                outbox.append(
                    c,
                    OutboxEvent.of(
                        AGGREGATE_TYPE,
                        issuer.value(),
                        stored.version(),
                        List.of(
                            new AccessListPublished(issuer, stored.version(), l.size(), actor, at)),
                        e -> at));
              }
              return stored;
            });
      } catch (JdbcException e) {
        if (!(e.isConflict() || e.isRetryable())
            || attempt >= ATTEMPTS
            || jdbc.transactionMode() == TransactionMode.EXTERNAL) {
          throw e;
        }
      }
    }
  }

  private void writeHead(
      Connection c, DivisionCode issuer, long read, RecordedAccessList s, long ms, int ns)
      throws SQLException {
    String sql =
        read == 0
            ? "INSERT INTO "
                + list
                + " (version, published_by, at_ms, at_ns, issuer) VALUES (?, ?, ?, ?, ?)"
            : "UPDATE "
                + list
                + " SET version = ?, published_by = ?, at_ms = ?, at_ns = ?"
                + " WHERE issuer = ? AND version = ?";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, s.version());
      p.setString(2, s.publishedBy());
      p.setLong(3, ms);
      p.setInt(4, ns);
      p.setString(5, issuer.value());
      if (read != 0) {
        p.setLong(6, read);
      }
      if (p.executeUpdate() != 1) {
        throw new StaleVersionException(
            RegistryError.ACCESS_LIST_VERSION_CONFLICT, issuer, read, version(c, issuer));
      }
    }
  }

  private void writeEntries(Connection c, DivisionCode issuer, AccessList l) throws SQLException {
    try (PreparedStatement d = c.prepareStatement("DELETE FROM " + entry + " WHERE issuer = ?")) {
      d.setString(1, issuer.value());
      d.executeUpdate();
    }
    if (l.size() == 0) {
      return;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO "
                + entry
                + " (issuer, task, title, department, legal_basis, fen)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (AccessEntry e : l.entries()) {
        p.setString(1, issuer.value());
        p.setString(2, e.task().value());
        p.setString(3, e.title());
        p.setString(4, e.department());
        p.setString(5, e.legalBasis());
        p.setLong(6, e.funding().fen());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private long version(Connection c, DivisionCode issuer) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + list + " WHERE issuer = ?")) {
      s.setString(1, issuer.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  @Override
  public Optional<RecordedAccessList> find(DivisionCode issuer) {
    Objects.requireNonNull(issuer, "issuer");
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<Optional<RecordedAccessList>> read =
          jdbc.read("find access list", c -> readOnce(c, issuer));
      if (read.isPresent()) {
        return read.get();
      }
    }
    throw new JdbcException(JdbcError.JDBC_CONFLICT, "find access list", null, null);
  }

  /** Empty when a publication came in between the reads. */
  private Optional<Optional<RecordedAccessList>> readOnce(Connection c, DivisionCode issuer)
      throws SQLException {
    long version;
    String by;
    Instant at;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, published_by, at_ms, at_ns FROM " + list + " WHERE issuer = ?")) {
      s.setString(1, issuer.value());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.of(Optional.empty());
        }
        version = r.getLong(1);
        by = r.getString(2);
        at = Columns.instant(r.getLong(3), r.getInt(4));
      }
    }
    List<AccessEntry> entries = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT task, title, department, legal_basis, fen FROM "
                + entry
                + " WHERE issuer = ? ORDER BY task")) {
      s.setString(1, issuer.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          try {
            entries.add(
                new AccessEntry(
                    TaskCode.of(r.getString(1)),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    Money.of(r.getLong(5))));
          } catch (SansheException e) {
            throw Rows.corrupt("task", entry, e);
          }
        }
      }
    }
    if (version(c, issuer) != version) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Optional.of(new RecordedAccessList(issuer, AccessList.of(entries), version, by, at)));
    } catch (SansheException e) {
      throw Rows.corrupt("issuer", list, e);
    }
  }

  @Override
  public String toString() {
    return "JdbcAccessLists[" + list + "]";
  }
}
