package org.sanshe.jdbc.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.worker.CommunityWorker;
import org.sanshe.core.registry.worker.CommunityWorkerPost;
import org.sanshe.core.registry.worker.CommunityWorkerSnapshot;
import org.sanshe.core.registry.worker.CommunityWorkers;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;

/**
 * The {@link CommunityWorkers} of the registry on a relational database: {@code reg_cworker}, one
 * row per worker (registry schema version 2, created by {@link
 * JdbcOrganizations#migrate(SansheJdbc)}).
 *
 * <p>A save is one transaction: a change is {@code UPDATE ... WHERE worker_id = ? AND version = ?},
 * a new worker an {@code INSERT} under the primary key; a stale version or a taken id is {@link
 * StaleVersionException} with {@code WORKER_VERSION_CONFLICT} (in {@link TransactionMode#EXTERNAL}
 * mode a lost insert race is the {@link JdbcException} with code {@code JDBC_CONFLICT}). A refused
 * save changes nothing.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcCommunityWorkers implements CommunityWorkers {

  private static final String COLUMNS =
      "worker_id, version, worker_name, community, post, since_day, certified_as, left_on";
  private static final int WRITE_ATTEMPTS = 3;

  private final SansheJdbc jdbc;
  private final String table;

  private JdbcCommunityWorkers(SansheJdbc jdbc) {
    this.jdbc = jdbc;
    this.table = jdbc.table("reg_cworker");
  }

  /**
   * Opens the community workers over existing registry tables ({@link
   * JdbcOrganizations#migrate(SansheJdbc)}), checking the dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcCommunityWorkers open(SansheJdbc jdbc) {
    JdbcOrganizations.validate(jdbc);
    return new JdbcCommunityWorkers(jdbc);
  }

  @Override
  public Optional<CommunityWorker> find(SocialWorkerId id) {
    Objects.requireNonNull(id, "id");
    List<CommunityWorker> found = select("find community worker", "worker_id = ?", id.value());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<CommunityWorker> inCommunity(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return select("list community workers", "community = ?", community.value());
  }

  private List<CommunityWorker> select(String operation, String where, String key) {
    return jdbc.read(
        operation,
        c -> {
          List<CommunityWorker> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM "
                      + table
                      + " WHERE "
                      + where
                      + " ORDER BY worker_id")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(read(r));
              }
            }
          }
          return out;
        });
  }

  private CommunityWorker read(ResultSet r) throws SQLException {
    try {
      String certified = r.getString(7);
      int left = r.getInt(8);
      LocalDate leftOn = r.wasNull() ? null : LocalDate.ofEpochDay(left);
      return CommunityWorker.restore(
          new CommunityWorkerSnapshot(
              new SocialWorkerId(r.getString(1)),
              r.getLong(2),
              r.getString(3),
              DivisionCode.parse(r.getString(4)),
              Rows.enumOf(CommunityWorkerPost.class, r.getString(5), "post", table),
              LocalDate.ofEpochDay(r.getInt(6)),
              certified == null ? null : new SocialWorkerId(certified),
              leftOn));
    } catch (DateTimeException e) {
      throw Columns.rowInvalid("since_day", table);
    } catch (SansheException e) {
      if (e.errorCode() == org.sanshe.jdbc.JdbcError.JDBC_ROW_INVALID) {
        throw e;
      }
      throw Rows.corrupt("worker_id", table, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   * @throws SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code JDBC_TEXT_INVALID} for text
   *     the columns cannot hold
   */
  @Override
  public CommunityWorker save(CommunityWorker w) {
    Objects.requireNonNull(w, "w");
    Rows.text("worker_id", w.id().value(), 64);
    Rows.text("worker_name", w.name(), 100);
    w.certifiedAs().ifPresent(s -> Rows.text("certified_as", s.value(), 64));
    CommunityWorker stored = w.storedAs(w.version() + 1);
    for (int attempt = 1; ; attempt++) {
      try {
        jdbc.inTransaction(
            "save community worker",
            c -> {
              write(c, w.version(), stored);
              return null;
            });
        return stored;
      } catch (JdbcException e) {
        if (!e.isConflict() || jdbc.transactionMode() == TransactionMode.EXTERNAL) {
          throw e;
        }
        long current = jdbc.read("check community worker", c -> currentVersion(c, w.id()));
        if (current != w.version()) {
          throw new StaleVersionException(
              RegistryError.WORKER_VERSION_CONFLICT, w.id(), w.version(), current);
        }
        if (attempt >= WRITE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private void write(Connection c, long readVersion, CommunityWorker w) throws SQLException {
    CommunityWorkerSnapshot s = w.snapshot();
    String sql =
        readVersion == 0
            ? "INSERT INTO "
                + table
                + " (version, worker_name, community, post, since_day, certified_as, left_on,"
                + " worker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            : "UPDATE "
                + table
                + " SET version = ?, worker_name = ?, community = ?, post = ?, since_day = ?,"
                + " certified_as = ?, left_on = ? WHERE worker_id = ? AND version = ?";
    if (readVersion == 0 && currentVersion(c, w.id()) != 0) {
      throw new StaleVersionException(
          RegistryError.WORKER_VERSION_CONFLICT, w.id(), 0, currentVersion(c, w.id()));
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, s.version());
      p.setString(2, s.name());
      p.setString(3, s.community().value());
      p.setString(4, s.post().name());
      Columns.setDate(p, 5, "since", s.since());
      Columns.setText(p, 6, s.certifiedAs() == null ? null : s.certifiedAs().value());
      Columns.setDate(p, 7, "leftOn", s.leftOn());
      p.setString(8, s.id().value());
      if (readVersion != 0) {
        p.setLong(9, readVersion);
      }
      if (p.executeUpdate() != 1) {
        throw new StaleVersionException(
            RegistryError.WORKER_VERSION_CONFLICT, w.id(), readVersion, currentVersion(c, w.id()));
      }
    }
  }

  private long currentVersion(Connection c, SocialWorkerId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + table + " WHERE worker_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcCommunityWorkers[" + table + "]";
  }
}
