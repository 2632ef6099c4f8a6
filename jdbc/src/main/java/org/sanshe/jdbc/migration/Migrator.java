package org.sanshe.jdbc.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;

/**
 * Applies the versioned SQL files of a {@link Schema} and records them, with no migration tool.
 *
 * <p><b>Bookkeeping.</b> Two tables, created when missing (found with {@link
 * DatabaseMetaData#getTables}; losing a creation race to another server is tolerated): {@code
 * <prefix>schema_history} holds one row per applied version (component, version, description, CRC32
 * checksum, applied_at in epoch milliseconds; primary key component and version) and {@code
 * <prefix>schema_lock} the lock rows.
 *
 * <p><b>Lock.</b> Two servers starting at once must not both migrate: the migrator inserts its
 * component's row into the lock table (taken); a primary-key conflict means another server holds
 * it, so it waits and retries until the {@linkplain #withLockTimeout lock timeout}. A row older
 * than the {@linkplain #withLockExpiry lock expiry} was left by a crashed server and is taken over
 * (deleted only if unchanged, then inserted anew). The lock is released by deleting the row. It is
 * a plain row, not an advisory lock, so it works on every database and on a distributed one; the
 * expiry must exceed the longest migration.
 *
 * <p><b>Transactions.</b> The migrator always manages its own transactions, in LOCAL mode even when
 * the {@link SansheJdbc} it was given is EXTERNAL: one transaction per version (its statements and
 * its history row), one to take and one to release the lock. Run it at start-up, outside any
 * transaction of the caller. On PostgreSQL DDL is transactional and a failed version leaves nothing
 * behind; on Oracle-flavoured databases DDL commits by itself.
 *
 * <p><b>Checks.</b> Before applying anything: every file exists ({@link
 * JdbcError#JDBC_SCHEMA_RESOURCE_MISSING}), the database holds no newer version than the code
 * ({@link JdbcError#JDBC_SCHEMA_NEWER}) and every applied version has the checksum of its file
 * ({@link JdbcError#JDBC_SCHEMA_CHECKSUM}); a failed check changes nothing.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return copies.
 */
public final class Migrator {

  /** The default time to wait for another server's migration. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(2);

  /** The default age after which a lock row counts as left behind by a crashed server. */
  public static final Duration DEFAULT_LOCK_EXPIRY = Duration.ofMinutes(10);

  private static final long POLL_MILLIS = 50;

  private final SansheJdbc jdbc;
  private final Clock clock;
  private final Duration lockTimeout;
  private final Duration lockExpiry;

  private Migrator(SansheJdbc jdbc, Clock clock, Duration lockTimeout, Duration lockExpiry) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lockTimeout = lockTimeout;
    this.lockExpiry = lockExpiry;
  }

  /**
   * Creates a migrator over a database, with the system clock and the default lock durations.
   *
   * @param jdbc the database; its transaction mode is ignored (always LOCAL), not null
   * @return the migrator
   */
  public static Migrator of(SansheJdbc jdbc) {
    return new Migrator(
        Objects.requireNonNull(jdbc, "jdbc").withTransactionMode(TransactionMode.LOCAL),
        Clock.systemUTC(),
        DEFAULT_LOCK_TIMEOUT,
        DEFAULT_LOCK_EXPIRY);
  }

  /**
   * Returns a copy with another clock, for applied_at and the lock's age.
   *
   * @param clock the clock, not null
   * @return the copy
   */
  public Migrator withClock(Clock clock) {
    return new Migrator(jdbc, Objects.requireNonNull(clock, "clock"), lockTimeout, lockExpiry);
  }

  /**
   * Returns a copy with another lock timeout.
   *
   * @param timeout how long to wait for another server's lock, positive, not null
   * @return the copy
   * @throws SansheException {@link CoreError#ARGUMENT_INVALID} if not positive
   */
  public Migrator withLockTimeout(Duration timeout) {
    return new Migrator(jdbc, clock, positive(timeout, "lockTimeout"), lockExpiry);
  }

  /**
   * Returns a copy with another lock expiry.
   *
   * @param expiry the age after which a lock row is taken over, positive, not null
   * @return the copy
   * @throws SansheException {@link CoreError#ARGUMENT_INVALID} if not positive
   */
  public Migrator withLockExpiry(Duration expiry) {
    return new Migrator(jdbc, clock, lockTimeout, positive(expiry, "lockExpiry"));
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new SansheException(CoreError.ARGUMENT_INVALID, name, "must be positive");
    }
    return d;
  }

  /**
   * Applies the versions of a schema that the database lacks, in ascending order, one transaction
   * each, under the lock (see the class documentation).
   *
   * @param schema the schema, not null
   * @return the versions applied now and the version the database holds
   * @throws JdbcException {@link JdbcError#JDBC_SCHEMA_RESOURCE_MISSING}, {@link
   *     JdbcError#JDBC_SCHEMA_NEWER}, {@link JdbcError#JDBC_SCHEMA_CHECKSUM}, {@link
   *     JdbcError#JDBC_SCHEMA_LOCK_TIMEOUT} with nothing changed; a translated SQL failure if a
   *     version fails (the versions before it stay applied)
   */
  public MigrationResult migrate(Schema schema) {
    Objects.requireNonNull(schema, "schema");
    List<Script> scripts = load(schema);
    ensureTables();
    String owner = UUID.randomUUID().toString();
    lock(schema.component(), owner);
    MigrationResult result;
    try {
      NavigableMap<Integer, Long> applied = applied(schema.component());
      check(schema, scripts, applied);
      List<Integer> appliedNow = new ArrayList<>();
      for (Script script : scripts) {
        if (!applied.containsKey(script.version().number())) {
          apply(schema.component(), script);
          appliedNow.add(script.version().number());
        }
      }
      result = new MigrationResult(schema.component(), appliedNow, schema.latestVersion());
    } catch (RuntimeException e) {
      try {
        unlock(schema.component(), owner);
      } catch (RuntimeException unlockFailure) {
        e.addSuppressed(unlockFailure);
      }
      throw e;
    }
    unlock(schema.component(), owner);
    return result;
  }

  /**
   * Checks a schema without changing anything, for integrators whose own Flyway or Liquibase runs
   * the files. If the history table records versions of the component, they must match the code:
   * none newer, none missing ({@link JdbcError#JDBC_SCHEMA_OUTDATED}), same checksums. Otherwise
   * (another tool ran the files) every table that the files create and do not drop must exist.
   *
   * @param schema the schema, not null
   * @return the version found (no versions applied)
   * @throws JdbcException {@link JdbcError#JDBC_SCHEMA_RESOURCE_MISSING}, {@link
   *     JdbcError#JDBC_SCHEMA_NEWER}, {@link JdbcError#JDBC_SCHEMA_OUTDATED}, {@link
   *     JdbcError#JDBC_SCHEMA_CHECKSUM} or {@link JdbcError#JDBC_SCHEMA_TABLE_MISSING}
   */
  public MigrationResult validate(Schema schema) {
    Objects.requireNonNull(schema, "schema");
    List<Script> scripts = load(schema);
    NavigableMap<Integer, Long> applied =
        tableExists(jdbc.table("schema_history"))
            ? applied(schema.component())
            : Collections.emptyNavigableMap();
    if (!applied.isEmpty()) {
      check(schema, scripts, applied);
      for (Script script : scripts) {
        if (!applied.containsKey(script.version().number())) {
          throw new JdbcException(
              JdbcError.JDBC_SCHEMA_OUTDATED,
              schema.component(),
              maxKey(applied),
              schema.latestVersion());
        }
      }
      return new MigrationResult(schema.component(), List.of(), schema.latestVersion());
    }
    List<String> tables = new ArrayList<>();
    scripts.forEach(s -> s.trackTables(tables));
    for (String table : tables) {
      if (!tableExists(table)) {
        throw new JdbcException(JdbcError.JDBC_SCHEMA_TABLE_MISSING, schema.component(), table);
      }
    }
    return new MigrationResult(schema.component(), List.of(), schema.latestVersion());
  }

  private List<Script> load(Schema schema) {
    List<Script> scripts = new ArrayList<>();
    for (Schema.Version version : schema.versions()) {
      String path = schema.resourcePath(jdbc.dialect(), version.fileName());
      try (InputStream in = schema.loader().getResourceAsStream(path)) {
        if (in == null) {
          throw new JdbcException(JdbcError.JDBC_SCHEMA_RESOURCE_MISSING, schema.component(), path);
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        scripts.add(Script.parse(version, text, jdbc.tablePrefix()));
      } catch (IOException e) {
        throw new JdbcException(JdbcError.JDBC_SCHEMA_RESOURCE_MISSING, schema.component(), path);
      }
    }
    return scripts;
  }

  private void check(Schema schema, List<Script> scripts, NavigableMap<Integer, Long> applied) {
    String component = schema.component();
    if (!applied.isEmpty() && maxKey(applied) > schema.latestVersion()) {
      throw new JdbcException(
          JdbcError.JDBC_SCHEMA_NEWER, component, maxKey(applied), schema.latestVersion());
    }
    Map<Integer, Script> byVersion = new TreeMap<>();
    scripts.forEach(s -> byVersion.put(s.version().number(), s));
    for (Map.Entry<Integer, Long> entry : applied.entrySet()) {
      Script script = byVersion.get(entry.getKey());
      if (script == null) {
        throw new JdbcException(
            JdbcError.JDBC_SCHEMA_RESOURCE_MISSING, component, "V" + entry.getKey() + "__*.sql");
      }
      if (script.checksum() != entry.getValue()) {
        throw new JdbcException(JdbcError.JDBC_SCHEMA_CHECKSUM, component, entry.getKey());
      }
    }
  }

  private static int maxKey(NavigableMap<Integer, Long> applied) {
    return applied.lastKey();
  }

  private void apply(String component, Script script) {
    String history = jdbc.table("schema_history");
    jdbc.inTransaction(
        "migrate " + component + " V" + script.version().number(),
        c -> {
          try (Statement statement = c.createStatement()) {
            for (String sql : script.statements()) {
              statement.execute(sql);
            }
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into "
                      + history
                      + " (component, version, description, checksum, applied_at)"
                      + " values (?, ?, ?, ?, ?)")) {
            insert.setString(1, component);
            insert.setInt(2, script.version().number());
            insert.setString(3, script.version().description());
            insert.setLong(4, script.checksum());
            insert.setLong(5, clock.millis());
            insert.executeUpdate();
          }
          return null;
        });
  }

  private NavigableMap<Integer, Long> applied(String component) {
    String history = jdbc.table("schema_history");
    return jdbc.read(
        "read schema history",
        c -> {
          TreeMap<Integer, Long> applied = new TreeMap<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "select version, checksum from " + history + " where component = ?")) {
            select.setString(1, component);
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                applied.put(rs.getInt(1), rs.getLong(2));
              }
            }
          }
          return applied;
        });
  }

  // ---- bookkeeping tables

  private void ensureTables() {
    ensureTable(
        jdbc.table("schema_history"),
        "create table "
            + jdbc.table("schema_history")
            + " (component varchar(64) not null, version integer not null,"
            + " description varchar(200) not null, checksum bigint not null,"
            + " applied_at bigint not null, primary key (component, version))");
    ensureTable(
        jdbc.table("schema_lock"),
        "create table "
            + jdbc.table("schema_lock")
            + " (component varchar(64) not null, owner varchar(64) not null,"
            + " locked_at bigint not null, primary key (component))");
  }

  private void ensureTable(String table, String ddl) {
    if (tableExists(table)) {
      return;
    }
    try {
      jdbc.inTransaction(
          "create " + table,
          c -> {
            try (Statement statement = c.createStatement()) {
              statement.execute(ddl);
            }
            return null;
          });
    } catch (JdbcException e) {
      if (!tableExists(table)) {
        throw e;
      }
      // another server created it at the same moment
    }
  }

  private boolean tableExists(String table) {
    return jdbc.read(
        "look up table",
        c -> {
          DatabaseMetaData meta = c.getMetaData();
          String name =
              meta.storesUpperCaseIdentifiers()
                  ? table.toUpperCase(Locale.ROOT)
                  : meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
          String escape = meta.getSearchStringEscape();
          String pattern =
              escape == null || escape.isEmpty()
                  ? name
                  : name.replace(escape, escape + escape)
                      .replace("_", escape + "_")
                      .replace("%", escape + "%");
          try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), pattern, null)) {
            return rs.next();
          }
        });
  }

  // ---- lock

  private void lock(String component, String owner) {
    String lockTable = jdbc.table("schema_lock");
    long deadline = System.nanoTime() + lockTimeout.toNanos();
    while (true) {
      long now = clock.millis();
      try {
        jdbc.inTransaction(
            "take migration lock",
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "insert into "
                          + lockTable
                          + " (component, owner, locked_at) values (?, ?, ?)")) {
                insert.setString(1, component);
                insert.setString(2, owner);
                insert.setLong(3, now);
                return insert.executeUpdate();
              }
            });
        return;
      } catch (JdbcException e) {
        if (!e.isConflict()) {
          throw e;
        }
      }
      Long lockedAt = lockedAt(lockTable, component);
      if (lockedAt != null && now - lockedAt > lockExpiry.toMillis()) {
        takeOver(lockTable, component, lockedAt);
        continue;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new JdbcException(
            JdbcError.JDBC_SCHEMA_LOCK_TIMEOUT, component, lockTimeout.toMillis());
      }
      if (lockedAt != null) {
        pause(component);
      }
    }
  }

  private Long lockedAt(String lockTable, String component) {
    return jdbc.read(
        "read migration lock",
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("select locked_at from " + lockTable + " where component = ?")) {
            select.setString(1, component);
            try (ResultSet rs = select.executeQuery()) {
              return rs.next() ? rs.getLong(1) : null;
            }
          }
        });
  }

  private void takeOver(String lockTable, String component, long lockedAt) {
    jdbc.inTransaction(
        "take over stale migration lock",
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "delete from " + lockTable + " where component = ? and locked_at = ?")) {
            delete.setString(1, component);
            delete.setLong(2, lockedAt);
            return delete.executeUpdate();
          }
        });
  }

  private void unlock(String component, String owner) {
    String lockTable = jdbc.table("schema_lock");
    jdbc.inTransaction(
        "release migration lock",
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "delete from " + lockTable + " where component = ? and owner = ?")) {
            delete.setString(1, component);
            delete.setString(2, owner);
            return delete.executeUpdate();
          }
        });
  }

  private void pause(String component) {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JdbcException(
          JdbcError.JDBC_SCHEMA_LOCK_TIMEOUT, component, lockTimeout.toMillis());
    }
  }

  @Override
  public String toString() {
    return "Migrator[" + jdbc + ", lock timeout " + lockTimeout + ", expiry " + lockExpiry + "]";
  }
}
