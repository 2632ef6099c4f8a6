package org.sanshe.jdbc.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.programme.GuidanceEvent;
import org.sanshe.core.registry.programme.GuidanceList;
import org.sanshe.core.registry.programme.GuidanceListSnapshot;
import org.sanshe.core.registry.programme.GuidanceLists;
import org.sanshe.core.registry.programme.GuidedNeed;
import org.sanshe.core.registry.programme.NeedStatus;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link GuidanceLists} on a relational database: {@code gd_list} (one row per district and
 * year, with the version) and the needs on it with their status ({@code gd_need}), schema component
 * {@value #COMPONENT}.
 *
 * <p>A save is one transaction: a new list is inserted (a taken district and year is {@code
 * GUIDANCE_DUPLICATE}), a change is {@code UPDATE ... WHERE district = ? AND gd_year = ? AND
 * version = ?} (no row: {@code GUIDANCE_VERSION_CONFLICT}) followed by its needs, rewritten with
 * the new version (a list holds the needs of one district's year: hundreds to a few thousand rows);
 * the events go to the optional outbox in the same transaction. A read takes the needs written by
 * the version it read, and reads again if a writer came in between. A refused save changes nothing.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcGuidanceLists implements GuidanceLists {

  /** The schema component of the guidance tables. */
  public static final String COMPONENT = "guidance";

  /** The versioned DDL of the guidance tables. */
  public static final Schema SCHEMA =
      Schema.of(
          COMPONENT,
          JdbcGuidanceLists.class.getClassLoader(),
          "META-INF/sanshe/schema/guidance",
          List.of("V1__guidance.sql"));

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "guidance";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String list;
  private final String need;

  private JdbcGuidanceLists(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.list = jdbc.table("gd_list");
    this.need = jdbc.table("gd_need");
  }

  /**
   * Creates or upgrades the guidance tables.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the database refuses
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  private static void validate(SansheJdbc jdbc) {
    Objects.requireNonNull(jdbc, "jdbc");
    jdbc.verifyDialect();
    Migrator.of(jdbc).validate(SCHEMA);
  }

  /**
   * Opens the store over existing tables ({@link #migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version
   */
  public static JdbcGuidanceLists open(SansheJdbc jdbc) {
    validate(jdbc);
    return new JdbcGuidanceLists(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox in the same database, not null; aggregate type {@value
   *     #AGGREGATE_TYPE}, aggregate id {@link GuidanceList#key()}
   * @return the store
   * @throws JdbcException if the tables are missing or at another version
   */
  public static JdbcGuidanceLists open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    validate(jdbc);
    return new JdbcGuidanceLists(jdbc, outbox);
  }

  // ------------------------------------------------------------------ writes

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void add(GuidanceList g) {
    Objects.requireNonNull(g, "list");
    if (g.version() != 0) {
      throw new StaleVersionException(
          RegistryError.GUIDANCE_VERSION_CONFLICT, g.key(), g.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add guidance list",
          c -> {
            if (currentVersion(c, g.district(), g.year()) != 0) {
              throw new RegistryException(RegistryError.GUIDANCE_DUPLICATE, g.district(), g.year());
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO " + list + " (district, gd_year, version) VALUES (?, ?, ?)")) {
              s.setString(1, g.district().toString());
              s.setInt(2, g.year());
              s.setLong(3, 1);
              s.executeUpdate();
            }
            writeNeeds(c, g, 1);
            publish(c, g, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new RegistryException(RegistryError.GUIDANCE_DUPLICATE, g.district(), g.year());
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void update(GuidanceList g) {
    Objects.requireNonNull(g, "list");
    long next = g.version() + 1;
    jdbc.inTransaction(
        "update guidance list",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE "
                      + list
                      + " SET version = ? WHERE district = ? AND gd_year = ? AND version = ?")) {
            s.setLong(1, next);
            s.setString(2, g.district().toString());
            s.setInt(3, g.year());
            s.setLong(4, g.version());
            if (s.executeUpdate() != 1) {
              long current = currentVersion(c, g.district(), g.year());
              if (current == 0) {
                throw new RegistryException(
                    RegistryError.GUIDANCE_NOT_FOUND, g.district(), g.year());
              }
              throw new StaleVersionException(
                  RegistryError.GUIDANCE_VERSION_CONFLICT, g.key(), g.version(), current);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM " + need + " WHERE district = ? AND gd_year = ?")) {
            s.setString(1, g.district().toString());
            s.setInt(2, g.year());
            s.executeUpdate();
          }
          writeNeeds(c, g, next);
          publish(c, g, next);
          return null;
        });
  }

  private void publish(Connection c, GuidanceList g, long version) throws SQLException {
    if (outbox != null) {
      outbox.append(
          c,
          OutboxEvent.of(
              AGGREGATE_TYPE, g.key(), version, g.pendingEvents(), e -> ((GuidanceEvent) e).at()));
    }
  }

  private void writeNeeds(Connection c, GuidanceList g, long version) throws SQLException {
    if (g.entries().isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + need
                + " (district, gd_year, need_id, channel, category, community, reported_on,"
                + " description, status, upd_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int queued = 0;
      for (GuidedNeed e : g.entries()) {
        Need n = e.need();
        s.setString(1, g.district().toString());
        s.setInt(2, g.year());
        s.setString(3, Columns.text("need_id", n.id().value(), 64));
        s.setString(4, Columns.text("channel", n.channel().code(), 32));
        s.setString(5, n.category().code());
        s.setString(6, n.community().toString());
        Columns.setDate(s, 7, "reportedOn", n.reportedOn());
        s.setString(
            8, Columns.text("description", n.description(), BoundedText.MAX_FREE_TEXT_LENGTH));
        s.setString(9, e.status().name());
        s.setLong(10, version);
        s.addBatch();
        if (++queued % Cells.BATCH == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
  }

  private long currentVersion(Connection c, DivisionCode district, int year) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + list + " WHERE district = ? AND gd_year = ?")) {
      s.setString(1, district.toString());
      s.setInt(2, year);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<GuidanceList> find(DivisionCode district, int year) {
    Objects.requireNonNull(district, "district");
    return jdbc.read(
        "find guidance list",
        c -> {
          for (int attempt = 1; ; attempt++) {
            long version = currentVersion(c, district, year);
            if (version == 0) {
              return Optional.empty();
            }
            List<GuidedNeed> needs = readNeeds(c, district, year, version);
            if (needs != null && currentVersion(c, district, year) == version) {
              try {
                return Optional.of(
                    GuidanceList.restore(new GuidanceListSnapshot(district, year, version, needs)));
              } catch (SansheException e) {
                throw Cells.corrupt("need_id", need, e);
              }
            }
            if (attempt >= Cells.READ_ATTEMPTS) {
              throw Columns.rowInvalid("upd_version", need);
            }
          }
        });
  }

  /** Reads the needs of one list; null if a row was written by another version. */
  private List<GuidedNeed> readNeeds(Connection c, DivisionCode district, int year, long version)
      throws SQLException {
    List<GuidedNeed> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT need_id, channel, category, community, reported_on, description, status,"
                + " upd_version FROM "
                + need
                + " WHERE district = ? AND gd_year = ? ORDER BY need_id")) {
      s.setString(1, district.toString());
      s.setInt(2, year);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getLong(8) != version) {
            return null;
          }
          try {
            Need n =
                new Need(
                    new NeedId(r.getString(1)),
                    Channel.of(r.getString(2)),
                    Cells.domain(r.getString(3), "category", need),
                    DivisionCode.parse(r.getString(4)),
                    Columns.getDate(r, "reported_on"),
                    r.getString(6));
            out.add(
                new GuidedNeed(n, Cells.enumOf(NeedStatus.class, r.getString(7), "status", need)));
          } catch (SansheException e) {
            throw Cells.corrupt("need_id", need, e);
          }
        }
      }
    }
    return out;
  }

  @Override
  public List<Integer> years(DivisionCode district) {
    Objects.requireNonNull(district, "district");
    return jdbc.read(
        "list guidance years",
        c -> {
          List<Integer> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT gd_year FROM " + list + " WHERE district = ? ORDER BY gd_year")) {
            s.setString(1, district.toString());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(r.getInt(1));
              }
            }
          }
          return out;
        });
  }

  @Override
  public String toString() {
    return "JdbcGuidanceLists[" + list + "]";
  }
}
