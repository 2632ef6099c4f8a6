package org.sanshe.deliberation.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterEvent;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.MatterSnapshot;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.Triage;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * Community matters on a relational database (table {@code af_matter}, created by {@link
 * #migrate(SansheJdbc)}), with the optimistic versions of the {@link Matters} port.
 *
 * <p><b>What is stored.</b> One row per matter: every component of its {@link MatterSnapshot}
 * (instants to the nanosecond, the reporter's name and phone in full: they are kept for follow-up,
 * so protect the table as personal data), plus the community, street and district codes of its
 * place and the path code (0 while untriaged). Texts are checked before anything is written: the
 * summary and the triage reason at most {@value AffairsRows#MAX_TEXT} characters, the phone at most
 * 32, no NUL character and no unpaired surrogate; a longer text is refused with {@code
 * JDBC_TEXT_TOO_LONG} (the domain allows longer free text than the table holds). Values never
 * appear in errors.
 *
 * <p><b>Versions.</b> An update is {@code UPDATE ... WHERE matter_id = ? AND version = ?}: when no
 * row changes, the stored version is read and the update fails with {@code
 * AFFAIRS_VERSION_CONFLICT}, nothing written. Two servers updating one matter at once: the second
 * waits for the first's row lock, then finds the version moved on.
 *
 * <p><b>The 622 report</b> is one query, {@code SELECT path_code, COUNT(*) ... WHERE street_code =
 * ? AND recorded_ms >= ? AND recorded_ms < ? GROUP BY path_code} (the community or district column
 * for those scopes, a range of district codes above), answered from the index on (division,
 * recorded_ms, path_code) without reading the matters. The period's days become a range of instants
 * in the zone given.
 *
 * <p><b>Transactions.</b> Writes follow the {@link SansheJdbc}'s transaction mode: in EXTERNAL mode
 * they join the caller's transaction, and a refused write (conflict, duplicate) is thrown to the
 * caller, who must roll back.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source.
 */
public final class JdbcMatters implements Matters {

  /**
   * The schema of the affairs tables (matters, escalation cases, consultations), for {@link
   * Migrator}.
   */
  public static final Schema SCHEMA = AffairsRows.SCHEMA;

  private static final int MAX_PHONE = 32;
  private static final String TABLE = "af_matter";
  private static final String CONTENT =
      "community_code, street_code, district_code, grid_code, building_code, channel_code,"
          + " category_code, urgency_code, reporter_name, reporter_phone, summary_text,"
          + " reported_ms, reported_ns, recorded_ms, recorded_ns, path_code, triage_reason,"
          + " triaged_ms, triaged_ns";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String table;
  private final String insert;
  private final String update;
  private final String selectVersion;
  private final String selectOne;
  private final String selectAll;
  private final String selectAfter;

  private JdbcMatters(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.table = jdbc.table(TABLE);
    this.insert =
        "INSERT INTO "
            + table
            + " (matter_id, version, "
            + CONTENT
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.update =
        "UPDATE "
            + table
            + " SET version = ?, community_code = ?, street_code = ?, district_code = ?,"
            + " grid_code = ?, building_code = ?, channel_code = ?, category_code = ?,"
            + " urgency_code = ?, reporter_name = ?, reporter_phone = ?, summary_text = ?,"
            + " reported_ms = ?, reported_ns = ?, recorded_ms = ?, recorded_ns = ?, path_code = ?,"
            + " triage_reason = ?, triaged_ms = ?, triaged_ns = ?"
            + " WHERE matter_id = ? AND version = ?";
    this.selectVersion = "SELECT version FROM " + table + " WHERE matter_id = ?";
    String select = "SELECT matter_id, version, " + CONTENT + " FROM " + table;
    this.selectOne = select + " WHERE matter_id = ?";
    this.selectAll = select + " ORDER BY matter_id";
    this.selectAfter = select + " WHERE matter_id > ? ORDER BY matter_id";
  }

  /**
   * Creates or upgrades the affairs tables (matters, escalation cases, consultations) with the
   * built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "matter";

  private void publish(java.sql.Connection c, Matter matter, long version)
      throws java.sql.SQLException {
    Kinds.publish(
        outbox,
        c,
        AGGREGATE_TYPE,
        matter.id().value(),
        version,
        matter.pendingEvents(),
        e -> ((MatterEvent) e).at());
  }

  /**
   * Opens the store. The tables must exist ({@link #migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException {@code JDBC_DIALECT_MISMATCH} for a dialect that does not fit the
   *     database, {@code JDBC_SCHEMA_TABLE_MISSING}, {@code JDBC_SCHEMA_OUTDATED} or {@code
   *     JDBC_SCHEMA_NEWER} if the tables are missing or at another version than this code, or
   *     another code if the database refuses
   */
  public static JdbcMatters open(SansheJdbc jdbc) {
    validate(jdbc);
    return new JdbcMatters(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction
   * (aggregate type {@value #AGGREGATE_TYPE}). The outbox must be on the same database.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox, not null
   * @return the store
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcMatters open(SansheJdbc jdbc, JdbcOutbox outbox) {
    validate(jdbc);
    return new JdbcMatters(jdbc, Objects.requireNonNull(outbox, "outbox"));
  }

  static void validate(SansheJdbc jdbc) {
    Objects.requireNonNull(jdbc, "jdbc");
    SansheJdbc local = jdbc.withTransactionMode(TransactionMode.LOCAL);
    local.verifyDialect();
    Migrator.of(local).validate(SCHEMA);
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.sanshe.core.error.SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code
   *     JDBC_TEXT_INVALID} if a text cannot be stored exactly (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void add(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    MatterSnapshot s = matter.snapshot();
    check(s);
    if (s.version() != 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_VERSION_CONFLICT, Kinds.MATTER, s.id(), s.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add matter",
          c -> {
            try (PreparedStatement st = c.prepareStatement(insert)) {
              st.setString(1, s.id().value());
              st.setLong(2, 1);
              bind(st, 3, s);
              st.executeUpdate();
            }
            publish(c, matter, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw new AffairsException(AffairsError.AFFAIRS_MATTER_DUPLICATE, s.id());
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws org.sanshe.core.error.SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code
   *     JDBC_TEXT_INVALID} if a text cannot be stored exactly (nothing is written)
   * @throws JdbcException if the database fails
   */
  @Override
  public void update(Matter matter) {
    Objects.requireNonNull(matter, "matter");
    MatterSnapshot s = matter.snapshot();
    check(s);
    jdbc.inTransaction(
        "update matter",
        c -> {
          int rows;
          try (PreparedStatement st = c.prepareStatement(update)) {
            st.setLong(1, s.version() + 1);
            int next = bind(st, 2, s);
            st.setString(next, s.id().value());
            st.setLong(next + 1, s.version());
            rows = st.executeUpdate();
          }
          if (rows == 0) {
            throw Kinds.refusedUpdate(
                c,
                selectVersion,
                s.id().value(),
                s.id(),
                s.version(),
                Kinds.MATTER,
                AffairsError.AFFAIRS_MATTER_UNKNOWN);
          }
          publish(c, matter, s.version() + 1);
          return rows;
        });
  }

  @Override
  public Optional<Matter> find(MatterId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.read(
        "read matter",
        c -> {
          try (PreparedStatement st = c.prepareStatement(selectOne)) {
            st.setString(1, id.value());
            try (ResultSet r = st.executeQuery()) {
              return r.next() ? Optional.of(Matter.restore(row(r))) : Optional.empty();
            }
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads every row: for a large store use {@link #page(MatterId, int)}.
   */
  @Override
  public List<Matter> all() {
    return jdbc.read(
        "read matters",
        c -> {
          try (PreparedStatement st = c.prepareStatement(selectAll)) {
            st.setFetchSize(1000);
            return rows(st);
          }
        });
  }

  @Override
  public List<Matter> page(MatterId after, int max) {
    Matters.checkPageSize(max);
    return jdbc.read(
        "read page of matters",
        c -> {
          try (PreparedStatement st = c.prepareStatement(after == null ? selectAll : selectAfter)) {
            if (after != null) {
              st.setString(1, after.value());
            }
            st.setMaxRows(max);
            st.setFetchSize(Math.min(max, 1000));
            return rows(st);
          }
        });
  }

  @Override
  public TriageReport triageReport(
      DivisionCode scope, ReportPeriod period, ZoneId zone, TriageTargets targets) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(targets, "targets");
    String where;
    List<String> bounds = new ArrayList<>();
    String v = scope.value();
    switch (scope.level()) {
      case VILLAGE -> {
        where = "community_code = ? AND ";
        bounds.add(v);
      }
      case TOWNSHIP -> {
        where = "street_code = ? AND ";
        bounds.add(v);
      }
      case COUNTY -> {
        where = "district_code = ? AND ";
        bounds.add(v);
      }
      case CITY -> {
        where = "district_code >= ? AND district_code <= ? AND ";
        bounds.add(v.substring(0, 4) + "00");
        bounds.add(v.substring(0, 4) + "99");
      }
      case PROVINCE -> {
        where = "district_code >= ? AND district_code <= ? AND ";
        bounds.add(v.substring(0, 2) + "0000");
        bounds.add(v.substring(0, 2) + "9999");
      }
      default -> where = "";
    }
    String sql =
        "SELECT path_code, COUNT(*) FROM "
            + table
            + " WHERE "
            + where
            + "recorded_ms >= ? AND recorded_ms < ? GROUP BY path_code";
    long from = startMillis(period.first(), zone);
    long to = startMillis(period.last().plusDays(1), zone);
    long[] counts = new long[4];
    jdbc.read(
        "report matters",
        c -> {
          try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            for (String b : bounds) {
              st.setString(i++, b);
            }
            st.setLong(i, from);
            st.setLong(i + 1, to);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                int path = r.getInt(1);
                if (path < 0 || path > 3) {
                  throw Columns.rowInvalid("path_code", table);
                }
                counts[path == 0 ? 3 : path - 1] = r.getLong(2);
              }
            }
          }
          return null;
        });
    return new TriageReport(
        scope,
        period,
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        targets.check(counts[0], counts[1], counts[2]));
  }

  /** The first epoch millisecond of a day in a zone, clamped to the range of a long. */
  private static long startMillis(LocalDate day, ZoneId zone) {
    try {
      return day.atStartOfDay(zone).toInstant().toEpochMilli();
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return day.getYear() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private List<Matter> rows(PreparedStatement st) throws SQLException {
    List<Matter> list = new ArrayList<>();
    try (ResultSet r = st.executeQuery()) {
      while (r.next()) {
        list.add(Matter.restore(row(r)));
      }
    }
    return list;
  }

  private static void check(MatterSnapshot s) {
    MatterReport report = s.report();
    AffairsRows.text("summary", report.summary());
    Columns.text("reporter name", report.reporter().name().orElse(null), 200);
    Columns.text("phone", report.reporter().phone().orElse(null), MAX_PHONE);
    Columns.millis("reportedAt", report.reportedAt());
    Columns.millis("recordedAt", s.recordedAt());
    if (s.triage() != null) {
      AffairsRows.text("reason", s.triage().reason());
      Columns.millis("triagedAt", s.triage().triagedAt());
    }
  }

  /** Binds the 19 content columns from an index; returns the index after them. */
  private static int bind(PreparedStatement st, int from, MatterSnapshot s) throws SQLException {
    MatterReport report = s.report();
    Place place = report.place();
    DivisionCode community = place.division();
    String code = community.value();
    int i = from;
    st.setString(i++, code);
    st.setString(i++, code.substring(0, 9));
    st.setString(i++, code.substring(0, 6));
    Columns.setText(st, i++, place.grid().orElse(null));
    Columns.setText(st, i++, place.building().orElse(null));
    st.setInt(i++, AffairsRows.code(AffairsRows.CHANNELS, report.channel()));
    st.setString(i++, report.category().code());
    st.setInt(i++, AffairsRows.code(AffairsRows.URGENCIES, report.urgency()));
    Columns.setText(st, i++, report.reporter().name().orElse(null));
    Columns.setText(st, i++, report.reporter().phone().orElse(null));
    st.setString(i++, report.summary());
    i = AffairsRows.setInstant(st, i, "reportedAt", report.reportedAt());
    i = AffairsRows.setInstant(st, i, "recordedAt", s.recordedAt());
    Triage t = s.triage();
    st.setInt(i++, t == null ? 0 : AffairsRows.code(AffairsRows.PATHS, t.path()));
    Columns.setText(st, i++, t == null ? null : t.reason());
    return AffairsRows.setNullableInstant(st, i, "triagedAt", t == null ? null : t.triagedAt());
  }

  private MatterSnapshot row(ResultSet r) throws SQLException {
    MatterId id = MatterId.of(r.getString(1));
    long version = r.getLong(2);
    DivisionCode community = DivisionCode.parse(r.getString(3));
    String grid = r.getString(6);
    String building = r.getString(7);
    Place place = grid == null ? Place.of(community) : Place.of(community, grid, building);
    String name = r.getString(11);
    String phone = r.getString(12);
    Reporter reporter = name == null ? Reporter.anonymous() : Reporter.of(name, phone);
    MatterReport report =
        new MatterReport(
            AffairsRows.decode(AffairsRows.CHANNELS, r.getInt(8), "channel_code", table),
            MatterCategory.of(r.getString(9)),
            place,
            reporter,
            AffairsRows.decode(AffairsRows.URGENCIES, r.getInt(10), "urgency_code", table),
            r.getString(13),
            AffairsRows.instant(r, 14));
    Instant recordedAt = AffairsRows.instant(r, 16);
    int path = r.getInt(18);
    Triage triage = null;
    if (path != 0) {
      ResolutionPath p = AffairsRows.decode(AffairsRows.PATHS, path, "path_code", table);
      Instant at = AffairsRows.nullableInstant(r, 20);
      String reason = r.getString(19);
      if (at == null || reason == null) {
        throw Columns.rowInvalid("triaged_ms", table);
      }
      triage = new Triage(p, reason, at);
    }
    return new MatterSnapshot(id, version, report, recordedAt, triage);
  }

  @Override
  public String toString() {
    return "JdbcMatters[" + table + "]";
  }
}
