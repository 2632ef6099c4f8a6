package org.sanshe.jdbc.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.Expert;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.core.registry.review.ExpertRosterEvent;
import org.sanshe.core.registry.review.ExpertRosterSnapshot;
import org.sanshe.core.registry.review.ExpertRosters;
import org.sanshe.core.registry.review.Panel;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link ExpertRosters} on a relational database: {@code rv_roster} (one row per district and
 * year, with the version), the enrolled experts ({@code rv_expert}) and their declared ties ({@code
 * rv_tie}), and every panel drawn ({@code rv_panel}: project, stage, applicant, seed, candidates,
 * drawn and seated experts), schema component {@value #COMPONENT}.
 *
 * <p>A save is one transaction: a new roster is inserted (a taken district and year is {@code
 * REVIEW_ROSTER_DUPLICATE}), a change is {@code UPDATE ... WHERE district = ? AND rv_year = ? AND
 * version = ?} (no row: {@code REVIEW_ROSTER_VERSION_CONFLICT}) followed by its experts, ties and
 * panels, rewritten with the new version (one district's year: experts in the hundreds, a panel per
 * project stage); the events go to the optional outbox in the same transaction. A read takes the
 * rows written by the version it read, and reads again if a writer came in between. A refused save
 * changes nothing.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcExpertRosters implements ExpertRosters {

  /** The schema component of the roster tables. */
  public static final String COMPONENT = "review";

  /** The versioned DDL of the roster tables. */
  public static final Schema SCHEMA =
      Schema.of(
          COMPONENT,
          JdbcExpertRosters.class.getClassLoader(),
          "META-INF/sanshe/schema/review",
          List.of("V1__review.sql"));

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "expert-roster";

  private static final String WHERE = " WHERE district = ? AND rv_year = ?";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String roster;
  private final String expert;
  private final String tie;
  private final String panel;

  private JdbcExpertRosters(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.roster = jdbc.table("rv_roster");
    this.expert = jdbc.table("rv_expert");
    this.tie = jdbc.table("rv_tie");
    this.panel = jdbc.table("rv_panel");
  }

  /**
   * Creates or upgrades the roster tables.
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
  public static JdbcExpertRosters open(SansheJdbc jdbc) {
    validate(jdbc);
    return new JdbcExpertRosters(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox in the same database, not null; aggregate type {@value
   *     #AGGREGATE_TYPE}, aggregate id {@link ExpertRoster#key()}
   * @return the store
   * @throws JdbcException if the tables are missing or at another version
   */
  public static JdbcExpertRosters open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    validate(jdbc);
    return new JdbcExpertRosters(jdbc, outbox);
  }

  // ------------------------------------------------------------------ writes

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is changed)
   */
  @Override
  public void add(ExpertRoster r) {
    Objects.requireNonNull(r, "roster");
    if (r.version() != 0) {
      throw new StaleVersionException(
          RegistryError.REVIEW_ROSTER_VERSION_CONFLICT, r.key(), r.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add expert roster",
          c -> {
            if (currentVersion(c, r.district(), r.year()) != 0) {
              throw new RegistryException(
                  RegistryError.REVIEW_ROSTER_DUPLICATE, r.district(), r.year());
            }
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO " + roster + " (district, rv_year, version) VALUES (?, ?, ?)")) {
              s.setString(1, r.district().toString());
              s.setInt(2, r.year());
              s.setLong(3, 1);
              s.executeUpdate();
            }
            writeRows(c, r, 1);
            publish(c, r, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new RegistryException(RegistryError.REVIEW_ROSTER_DUPLICATE, r.district(), r.year());
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
  public void update(ExpertRoster r) {
    Objects.requireNonNull(r, "roster");
    long next = r.version() + 1;
    jdbc.inTransaction(
        "update expert roster",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE " + roster + " SET version = ?" + WHERE + " AND version = ?")) {
            s.setLong(1, next);
            s.setString(2, r.district().toString());
            s.setInt(3, r.year());
            s.setLong(4, r.version());
            if (s.executeUpdate() != 1) {
              long current = currentVersion(c, r.district(), r.year());
              if (current == 0) {
                throw new RegistryException(
                    RegistryError.REVIEW_ROSTER_NOT_FOUND, r.district(), r.year());
              }
              throw new StaleVersionException(
                  RegistryError.REVIEW_ROSTER_VERSION_CONFLICT, r.key(), r.version(), current);
            }
          }
          for (String table : List.of(expert, tie, panel)) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + WHERE)) {
              s.setString(1, r.district().toString());
              s.setInt(2, r.year());
              s.executeUpdate();
            }
          }
          writeRows(c, r, next);
          publish(c, r, next);
          return null;
        });
  }

  private void publish(Connection c, ExpertRoster r, long version) throws SQLException {
    if (outbox != null) {
      outbox.append(
          c,
          OutboxEvent.of(
              AGGREGATE_TYPE,
              r.key(),
              version,
              r.pendingEvents(),
              e -> ((ExpertRosterEvent) e).at()));
    }
  }

  private void writeRows(Connection c, ExpertRoster r, long version) throws SQLException {
    String district = r.district().toString();
    try (PreparedStatement experts =
            c.prepareStatement(
                "INSERT INTO "
                    + expert
                    + " (district, rv_year, expert_id, upd_version) VALUES (?, ?, ?, ?)");
        PreparedStatement ties =
            c.prepareStatement(
                "INSERT INTO "
                    + tie
                    + " (district, rv_year, expert_id, org_id, upd_version) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement panels =
            c.prepareStatement(
                "INSERT INTO "
                    + panel
                    + " (district, rv_year, project_id, stage, ord, applicant_id, seed, candidates,"
                    + " drawn, seated, upd_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int queuedTies = 0;
      for (Expert e : r.pool().experts()) {
        experts.setString(1, district);
        experts.setInt(2, r.year());
        experts.setString(3, Columns.text("expert_id", e.id(), 64));
        experts.setLong(4, version);
        experts.addBatch();
        for (OrganizationId o : e.ties()) {
          ties.setString(1, district);
          ties.setInt(2, r.year());
          ties.setString(3, e.id());
          ties.setString(4, Columns.text("org_id", o.value(), 64));
          ties.setLong(5, version);
          ties.addBatch();
          if (++queuedTies % Cells.BATCH == 0) {
            ties.executeBatch();
          }
        }
      }
      int ord = 0;
      for (Panel p : r.panels()) {
        panels.setString(1, district);
        panels.setInt(2, r.year());
        panels.setString(3, Columns.text("project_id", p.project().value(), 64));
        panels.setString(4, p.stage().name());
        panels.setInt(5, ord++);
        panels.setString(6, Columns.text("applicant_id", p.applicant().value(), 64));
        panels.setLong(7, p.seed());
        panels.setString(8, String.join(" ", p.candidates()));
        panels.setString(9, String.join(" ", p.drawn()));
        Cells.setText(panels, 10, p.seated().isEmpty() ? null : String.join(" ", p.seated()));
        panels.setLong(11, version);
        panels.addBatch();
        if (ord % Cells.BATCH == 0) {
          panels.executeBatch();
        }
      }
      experts.executeBatch();
      ties.executeBatch();
      panels.executeBatch();
    }
  }

  private long currentVersion(Connection c, DivisionCode district, int year) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + roster + WHERE)) {
      s.setString(1, district.toString());
      s.setInt(2, year);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<ExpertRoster> find(DivisionCode district, int year) {
    Objects.requireNonNull(district, "district");
    return jdbc.read(
        "find expert roster",
        c -> {
          for (int attempt = 1; ; attempt++) {
            long version = currentVersion(c, district, year);
            if (version == 0) {
              return Optional.empty();
            }
            ExpertRosterSnapshot s = readRows(c, district, year, version);
            if (s != null && currentVersion(c, district, year) == version) {
              try {
                return Optional.of(ExpertRoster.restore(s));
              } catch (SansheException e) {
                throw Cells.corrupt("expert_id", panel, e);
              }
            }
            if (attempt >= Cells.READ_ATTEMPTS) {
              throw Columns.rowInvalid("upd_version", roster);
            }
          }
        });
  }

  private PreparedStatement select(Connection c, String sql, DivisionCode district, int year)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    s.setString(1, district.toString());
    s.setInt(2, year);
    return s;
  }

  /** Reads one roster's rows; null if a row was written by another version. */
  private ExpertRosterSnapshot readRows(Connection c, DivisionCode district, int year, long version)
      throws SQLException {
    Map<String, List<OrganizationId>> ties = new LinkedHashMap<>();
    try (PreparedStatement s =
            select(
                c,
                "SELECT expert_id, upd_version FROM " + expert + WHERE + " ORDER BY expert_id",
                district,
                year);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        if (r.getLong(2) != version) {
          return null;
        }
        ties.put(r.getString(1), new ArrayList<>());
      }
    }
    try (PreparedStatement s =
            select(c, "SELECT expert_id, org_id, upd_version FROM " + tie + WHERE, district, year);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        if (r.getLong(3) != version) {
          return null;
        }
        List<OrganizationId> of = ties.get(r.getString(1));
        if (of == null) {
          throw Columns.rowInvalid("expert_id", tie);
        }
        try {
          of.add(new OrganizationId(r.getString(2)));
        } catch (SansheException e) {
          throw Cells.corrupt("org_id", tie, e);
        }
      }
    }
    List<Expert> experts = new ArrayList<>();
    try {
      for (Map.Entry<String, List<OrganizationId>> e : ties.entrySet()) {
        experts.add(new Expert(e.getKey(), e.getValue()));
      }
    } catch (SansheException e) {
      throw Cells.corrupt("expert_id", expert, e);
    }
    List<Panel> panels = new ArrayList<>();
    try (PreparedStatement s =
            select(
                c,
                "SELECT project_id, stage, applicant_id, seed, candidates, drawn, seated,"
                    + " upd_version FROM "
                    + panel
                    + WHERE
                    + " ORDER BY ord",
                district,
                year);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        if (r.getLong(8) != version) {
          return null;
        }
        try {
          panels.add(
              new Panel(
                  new ProjectId(r.getString(1)),
                  Cells.enumOf(ReviewStage.class, r.getString(2), "stage", panel),
                  new OrganizationId(r.getString(3)),
                  r.getLong(4),
                  ids(r.getString(5)),
                  ids(r.getString(6)),
                  ids(r.getString(7))));
        } catch (SansheException e) {
          throw Cells.corrupt("project_id", panel, e);
        }
      }
    }
    return new ExpertRosterSnapshot(district, year, version, experts, panels);
  }

  private static List<String> ids(String joined) {
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(joined.split(" ", -1));
  }

  @Override
  public List<Integer> years(DivisionCode district) {
    Objects.requireNonNull(district, "district");
    return jdbc.read(
        "list roster years",
        c -> {
          List<Integer> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT rv_year FROM " + roster + " WHERE district = ? ORDER BY rv_year")) {
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
    return "JdbcExpertRosters[" + roster + "]";
  }
}
