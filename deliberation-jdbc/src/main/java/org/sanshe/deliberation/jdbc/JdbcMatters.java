package org.sanshe.deliberation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.FeedbackGiven;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterAccepted;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterClosed;
import org.sanshe.deliberation.affairs.MatterDispatched;
import org.sanshe.deliberation.affairs.MatterEvent;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterOrigin;
import org.sanshe.deliberation.affairs.MatterQuery;
import org.sanshe.deliberation.affairs.MatterRecorded;
import org.sanshe.deliberation.affairs.MatterRefused;
import org.sanshe.deliberation.affairs.MatterReopened;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.MatterResolved;
import org.sanshe.deliberation.affairs.MatterSnapshot;
import org.sanshe.deliberation.affairs.MatterStarted;
import org.sanshe.deliberation.affairs.MatterStatus;
import org.sanshe.deliberation.affairs.MatterTriaged;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.affairs.OverdueReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.SettlementReport;
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
  private static final int MAX_HANDLER = 90;
  private static final String TABLE = "af_matter";
  private static final String CONTENT =
      "community_code, street_code, district_code, grid_code, building_code, channel_code,"
          + " category_code, urgency_code, reporter_name, reporter_phone, summary_text,"
          + " reported_ms, reported_ns, recorded_ms, recorded_ns, path_code, triage_reason,"
          + " triaged_ms, triaged_ns, recorded_by, resident_hash, origin_kind, origin_ref,"
          + " status_code, handler_key, due_ms, due_ns, settled_path, settled_ms, step_count,"
          + " channel_text";
  private static final String STEP_TABLE = "af_step";
  private static final String STEP_COLUMNS =
      "matter_id, seq_no, kind_code, actor_id, at_ms, at_ns, path_code, handler_key, due_ms,"
          + " due_ns, flag_code, text_value, resident_hash";
  private static final int CONTENT_COLUMNS = 31;

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String table;
  private final String insert;
  private final String update;
  private final String selectVersion;
  private final String selectOne;
  private final String selectAll;
  private final String selectAfter;
  private final String steps;
  private final String insertStep;
  private final String selectStepsOne;
  private final String selectStepsAll;
  private final String selectStepsIn;

  private JdbcMatters(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.table = jdbc.table(TABLE);
    this.insert =
        "INSERT INTO "
            + table
            + " (matter_id, version, "
            + CONTENT
            + ") VALUES (?, ?"
            + ", ?".repeat(CONTENT_COLUMNS)
            + ")";
    this.steps = jdbc.table(STEP_TABLE);
    this.insertStep =
        "INSERT INTO "
            + steps
            + " ("
            + STEP_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String selectSteps = "SELECT " + STEP_COLUMNS + " FROM " + steps;
    this.selectStepsOne = selectSteps + " WHERE matter_id = ? ORDER BY seq_no";
    this.selectStepsAll = selectSteps + " ORDER BY matter_id, seq_no";
    this.selectStepsIn = selectSteps + " WHERE matter_id IN (";
    this.update =
        "UPDATE "
            + table
            + " SET version = ?, community_code = ?, street_code = ?, district_code = ?,"
            + " grid_code = ?, building_code = ?, channel_code = ?, category_code = ?,"
            + " urgency_code = ?, reporter_name = ?, reporter_phone = ?, summary_text = ?,"
            + " reported_ms = ?, reported_ns = ?, recorded_ms = ?, recorded_ns = ?, path_code = ?,"
            + " triage_reason = ?, triaged_ms = ?, triaged_ns = ?, recorded_by = ?,"
            + " resident_hash = ?, origin_kind = ?, origin_ref = ?, status_code = ?,"
            + " handler_key = ?, due_ms = ?, due_ns = ?, settled_path = ?, settled_ms = ?,"
            + " step_count = ?, channel_text = ?"
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
            insertSteps(c, s, 0);
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
          int fresh =
              (int)
                  matter.pendingEvents().stream()
                      .filter(e -> !(e instanceof MatterRecorded))
                      .count();
          insertSteps(c, s, s.history().size() - fresh);
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
            Row found;
            try (ResultSet r = st.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              found = row(r);
            }
            try (PreparedStatement q = c.prepareStatement(selectStepsOne)) {
              q.setString(1, id.value());
              Map<String, List<MatterEvent>> history = readSteps(q);
              return Optional.of(Matter.restore(withSteps(found, history)));
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
          // rows first: steps are append-only, so steps read afterwards hold at least each
          // row's step_count (a later commit only adds steps, which withSteps leaves out)
          List<Row> found;
          try (PreparedStatement st = c.prepareStatement(selectAll)) {
            st.setFetchSize(1000);
            found = rows(st);
          }
          Map<String, List<MatterEvent>> history;
          try (PreparedStatement q = c.prepareStatement(selectStepsAll)) {
            q.setFetchSize(1000);
            history = readSteps(q);
          }
          return restoreAll(found, history);
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
            return withHistory(c, rows(st));
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

  /** The condition selecting a division's rows, ending in AND, and its bound values. */
  private static String scopeWhere(DivisionCode scope, List<String> bounds) {
    String v = scope.value();
    switch (scope.level()) {
      case VILLAGE -> {
        bounds.add(v);
        return "community_code = ? AND ";
      }
      case TOWNSHIP -> {
        bounds.add(v);
        return "street_code = ? AND ";
      }
      case COUNTY -> {
        bounds.add(v);
        return "district_code = ? AND ";
      }
      case CITY -> {
        bounds.add(v.substring(0, 4) + "00");
        bounds.add(v.substring(0, 4) + "99");
        return "district_code >= ? AND district_code <= ? AND ";
      }
      case PROVINCE -> {
        bounds.add(v.substring(0, 2) + "0000");
        bounds.add(v.substring(0, 2) + "9999");
        return "district_code >= ? AND district_code <= ? AND ";
      }
      default -> {
        return "";
      }
    }
  }

  /** The statuses in which a matter is open for work, as stored codes. */
  private static final String OPEN_CODES =
      java.util.Arrays.stream(MatterStatus.values())
          .filter(MatterStatus::isOpen)
          .map(st -> Integer.toString(st.code()))
          .collect(java.util.stream.Collectors.joining(", "));

  /** Overdue at a time: open, dispatched, due before the time (to the nanosecond). */
  private static final String OVERDUE =
      "status_code IN ("
          + OPEN_CODES
          + ") AND due_ms IS NOT NULL AND (due_ms < ? OR (due_ms = ? AND due_ns < ?)) AND ";

  private static int bindOverdue(PreparedStatement st, int i, Instant at) throws SQLException {
    long ms = Columns.millis("at", at);
    st.setLong(i, ms);
    st.setLong(i + 1, ms);
    st.setInt(i + 2, Columns.nanosOfMilli(at));
    return i + 3;
  }

  /**
   * {@inheritDoc}
   *
   * <p>One grouped query, {@code SELECT settled_path, path_code, COUNT(*) ... GROUP BY
   * settled_path, path_code} over the division's index on (division, settled_ms, settled_path,
   * path_code).
   */
  @Override
  public SettlementReport settlementReport(
      DivisionCode scope, ReportPeriod period, ZoneId zone, TriageTargets targets) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(targets, "targets");
    List<String> bounds = new ArrayList<>();
    String sql =
        "SELECT settled_path, path_code, COUNT(*) FROM "
            + table
            + " WHERE "
            + scopeWhere(scope, bounds)
            + "settled_path <> 0 AND settled_ms >= ? AND settled_ms < ?"
            + " GROUP BY settled_path, path_code";
    long from = startMillis(period.first(), zone);
    long to = startMillis(period.last().plusDays(1), zone);
    long[] counts = new long[12];
    jdbc.read(
        "report settled matters",
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
                int settled = r.getInt(1);
                int intended = r.getInt(2);
                if (settled < 1 || settled > 3) {
                  throw Columns.rowInvalid("settled_path", table);
                }
                if (intended < 0 || intended > 3) {
                  throw Columns.rowInvalid("path_code", table);
                }
                counts[(settled - 1) * 4 + (intended == 0 ? 3 : intended - 1)] += r.getLong(3);
              }
            }
          }
          return null;
        });
    return SettlementReport.of(scope, period, counts, targets);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query over the indexed columns (handler and status, division, due time), by id after the
   * last one, at most {@code max} rows, then the steps of those matters.
   */
  @Override
  public List<Matter> query(MatterQuery query, MatterId after, int max) {
    Objects.requireNonNull(query, "query");
    Matters.checkPageSize(max);
    StringBuilder where = new StringBuilder();
    List<String> bounds = new ArrayList<>();
    if (query.handler() != null) {
      where.append("handler_key = ? AND ");
      bounds.add(query.handler().toString());
    }
    if (!query.statuses().isEmpty()) {
      where
          .append("status_code IN (")
          .append(
              query.statuses().stream()
                  .map(st -> Integer.toString(st.code()))
                  .sorted()
                  .collect(java.util.stream.Collectors.joining(", ")))
          .append(") AND ");
    }
    if (query.within() != null) {
      where.append(scopeWhere(query.within(), bounds));
    }
    if (query.overdueAt() != null) {
      where.append(OVERDUE);
    }
    if (after != null) {
      where.append("matter_id > ? AND ");
    }
    String sql =
        "SELECT matter_id, version, "
            + CONTENT
            + " FROM "
            + table
            + " WHERE "
            + where
            + "1 = 1 ORDER BY matter_id";
    return jdbc.read(
        "query matters",
        c -> {
          try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            for (String b : bounds) {
              st.setString(i++, b);
            }
            if (query.overdueAt() != null) {
              i = bindOverdue(st, i, query.overdueAt());
            }
            if (after != null) {
              st.setString(i, after.value());
            }
            st.setMaxRows(max);
            st.setFetchSize(Math.min(max, 1000));
            return withHistory(c, rows(st));
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One grouped query, {@code SELECT handler_key, street_code, COUNT(*) ... GROUP BY
   * handler_key, street_code} over the index on (status_code, due_ms, due_ns).
   */
  @Override
  public OverdueReport overdueReport(DivisionCode scope, Instant at) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(at, "at");
    List<String> bounds = new ArrayList<>();
    String sql =
        "SELECT handler_key, street_code, COUNT(*) FROM "
            + table
            + " WHERE "
            + scopeWhere(scope, bounds)
            + OVERDUE
            + "1 = 1 GROUP BY handler_key, street_code";
    Map<Handler, Long> handlers = new HashMap<>();
    Map<DivisionCode, Long> streets = new HashMap<>();
    jdbc.read(
        "report overdue matters",
        c -> {
          try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            for (String b : bounds) {
              st.setString(i++, b);
            }
            bindOverdue(st, i, at);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                Handler h;
                DivisionCode street;
                try {
                  h = Handler.parse(r.getString(1));
                  street = DivisionCode.parse(r.getString(2));
                } catch (RuntimeException e) {
                  throw Columns.rowInvalid("handler_key", table);
                }
                long n = r.getLong(3);
                handlers.merge(h, n, Long::sum);
                streets.merge(street, n, Long::sum);
              }
            }
          }
          return null;
        });
    return new OverdueReport(
        scope, at, new java.util.TreeMap<>(handlers), new java.util.TreeMap<>(streets));
  }

  /** The first epoch millisecond of a day in a zone, clamped to the range of a long. */
  private static long startMillis(LocalDate day, ZoneId zone) {
    try {
      return day.atStartOfDay(zone).toInstant().toEpochMilli();
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return day.getYear() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private List<Row> rows(PreparedStatement st) throws SQLException {
    List<Row> list = new ArrayList<>();
    try (ResultSet r = st.executeQuery()) {
      while (r.next()) {
        list.add(row(r));
      }
    }
    return list;
  }

  /** Reads the steps of the matters of a page (IN lists of at most 500 ids) and restores them. */
  private List<Matter> withHistory(Connection c, List<Row> page) throws SQLException {
    Map<String, List<MatterEvent>> history = new HashMap<>();
    for (int from = 0; from < page.size(); from += 500) {
      List<Row> chunk = page.subList(from, Math.min(page.size(), from + 500));
      String sql =
          selectStepsIn
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
              + ") ORDER BY matter_id, seq_no";
      try (PreparedStatement q = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          q.setString(i + 1, chunk.get(i).base().id().value());
        }
        history.putAll(readSteps(q));
      }
    }
    return restoreAll(page, history);
  }

  private List<Matter> restoreAll(List<Row> rows, Map<String, List<MatterEvent>> history) {
    List<Matter> list = new ArrayList<>(rows.size());
    for (Row s : rows) {
      list.add(Matter.restore(withSteps(s, history)));
    }
    return list;
  }

  /**
   * The row's snapshot with its steps, checking their count against the row's step_count. The steps
   * are read after the row and outside one snapshot, and steps are only ever appended, so a writer
   * that committed in between leaves more steps than the row counts: those belong to a later
   * version and are left out. Fewer steps than counted means the store is damaged.
   */
  private MatterSnapshot withSteps(Row row, Map<String, List<MatterEvent>> history) {
    MatterSnapshot b = row.base();
    List<MatterEvent> h = history.getOrDefault(b.id().value(), List.of());
    if (h.size() < row.steps()) {
      throw Columns.rowInvalid("step_count", table);
    }
    if (h.size() > row.steps()) {
      h = h.subList(0, row.steps());
    }
    return new MatterSnapshot(b.id(), b.version(), b.report(), b.recordedAt(), b.recordedBy(), h);
  }

  private Map<String, List<MatterEvent>> readSteps(PreparedStatement q) throws SQLException {
    Map<String, List<MatterEvent>> history = new HashMap<>();
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        String id = r.getString(1);
        List<MatterEvent> list = history.computeIfAbsent(id, k -> new ArrayList<>());
        if (r.getInt(2) != list.size()) {
          throw Columns.rowInvalid("seq_no", steps);
        }
        list.add(step(MatterId.of(id), r));
      }
    }
    return history;
  }

  private static final int ACCEPTED = 1;
  private static final int TRIAGED = 2;
  private static final int REFUSED = 3;
  private static final int DISPATCHED = 4;
  private static final int STARTED = 5;
  private static final int RESOLVED = 6;
  private static final int CLOSED = 7;
  private static final int FEEDBACK = 8;
  private static final int REOPENED = 9;

  /** Reads one step row (columns as {@code STEP_COLUMNS}). */
  private MatterEvent step(MatterId id, ResultSet r) throws SQLException {
    int kind = r.getInt(3);
    Instant at = AffairsRows.instant(r, 5);
    String text = r.getString(12);
    try {
      ActorId by = ActorId.of(r.getString(4));
      return switch (kind) {
        case ACCEPTED -> new MatterAccepted(id, by, at);
        case TRIAGED -> new MatterTriaged(id, by, path(r), text, at);
        case REFUSED -> new MatterRefused(id, by, text, at);
        case DISPATCHED -> new MatterDispatched(id, by, Handler.parse(r.getString(8)), due(r), at);
        case STARTED -> new MatterStarted(id, by, at);
        case RESOLVED -> new MatterResolved(id, by, path(r), text, at);
        case CLOSED -> new MatterClosed(id, by, flag(r), at);
        case FEEDBACK ->
            new FeedbackGiven(
                id,
                new HashedIdentity(r.getString(13)),
                Handler.parse(r.getString(8)),
                flag(r),
                text,
                at);
        case REOPENED -> new MatterReopened(id, by, text, at);
        default -> throw Columns.rowInvalid("kind_code", steps);
      };
    } catch (NullPointerException | org.sanshe.core.error.SansheException e) {
      if (e instanceof org.sanshe.core.error.SansheException se
          && se.errorCode() == org.sanshe.jdbc.JdbcError.JDBC_ROW_INVALID) {
        throw se;
      }
      throw Columns.rowInvalid("kind_code", steps);
    }
  }

  private ResolutionPath path(ResultSet r) throws SQLException {
    return AffairsRows.decode(AffairsRows.PATHS, r.getInt(7), "path_code", steps);
  }

  private Instant due(ResultSet r) throws SQLException {
    Instant due = AffairsRows.nullableInstant(r, 9);
    if (due == null) {
      throw Columns.rowInvalid("due_ms", steps);
    }
    return due;
  }

  private boolean flag(ResultSet r) throws SQLException {
    int f = r.getInt(11);
    if (f != 0 && f != 1) {
      throw Columns.rowInvalid("flag_code", steps);
    }
    return f == 1;
  }

  /** Inserts the steps of a snapshot from a position on. */
  private void insertSteps(Connection c, MatterSnapshot s, int from) throws SQLException {
    List<MatterEvent> h = s.history();
    if (from >= h.size()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement(insertStep)) {
      for (int seq = from; seq < h.size(); seq++) {
        MatterEvent e = h.get(seq);
        st.setString(1, s.id().value());
        st.setInt(2, seq);
        st.setInt(3, kind(e));
        st.setString(4, e.by().value());
        AffairsRows.setInstant(st, 5, "at", e.at());
        ResolutionPath path =
            e instanceof MatterTriaged t
                ? t.path()
                : e instanceof MatterResolved r ? r.path() : null;
        if (path == null) {
          st.setNull(7, Types.SMALLINT);
        } else {
          st.setInt(7, AffairsRows.code(AffairsRows.PATHS, path));
        }
        Handler handler =
            e instanceof MatterDispatched d
                ? d.handler()
                : e instanceof FeedbackGiven f ? f.handler() : null;
        Columns.setText(st, 8, handler == null ? null : handler.toString());
        AffairsRows.setNullableInstant(
            st, 9, "due", e instanceof MatterDispatched d ? d.due() : null);
        Integer flag =
            e instanceof MatterClosed cl
                ? Integer.valueOf(cl.confirmed() ? 1 : 0)
                : e instanceof FeedbackGiven f ? Integer.valueOf(f.satisfied() ? 1 : 0) : null;
        if (flag == null) {
          st.setNull(11, Types.SMALLINT);
        } else {
          st.setInt(11, flag);
        }
        Columns.setText(st, 12, text(e));
        Columns.setText(st, 13, e instanceof FeedbackGiven f ? f.resident().hex() : null);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static int kind(MatterEvent e) {
    if (e instanceof MatterAccepted) {
      return ACCEPTED;
    } else if (e instanceof MatterTriaged) {
      return TRIAGED;
    } else if (e instanceof MatterRefused) {
      return REFUSED;
    } else if (e instanceof MatterDispatched) {
      return DISPATCHED;
    } else if (e instanceof MatterStarted) {
      return STARTED;
    } else if (e instanceof MatterResolved) {
      return RESOLVED;
    } else if (e instanceof MatterClosed) {
      return CLOSED;
    } else if (e instanceof FeedbackGiven) {
      return FEEDBACK;
    } else if (e instanceof MatterReopened) {
      return REOPENED;
    }
    throw new IllegalStateException("a recording is not a step");
  }

  private static String text(MatterEvent e) {
    if (e instanceof MatterTriaged t) {
      return t.reason();
    } else if (e instanceof MatterRefused r) {
      return r.reason();
    } else if (e instanceof MatterResolved r) {
      return r.note();
    } else if (e instanceof FeedbackGiven f) {
      return f.reason();
    } else if (e instanceof MatterReopened r) {
      return r.complaint();
    }
    return null;
  }

  private static void check(MatterSnapshot s) {
    MatterReport report = s.report();
    AffairsRows.text("summary", report.summary());
    Columns.text("reporter name", report.reporter().name().orElse(null), 200);
    Columns.text("phone", report.reporter().phone().orElse(null), MAX_PHONE);
    Columns.millis("reportedAt", report.reportedAt());
    Columns.millis("recordedAt", s.recordedAt());
    for (MatterEvent e : s.history()) {
      Columns.millis("at", e.at());
      String t = text(e);
      if (t != null) {
        AffairsRows.text("reason", t);
      }
      if (e instanceof MatterDispatched d) {
        Columns.millis("due", d.due());
        Columns.text("handler", d.handler().toString(), MAX_HANDLER);
      }
    }
    if (report.origin() != null) {
      Columns.text("origin reference", report.origin().reference(), 64);
    }
  }

  /** Binds the content columns from an index; returns the index after them. */
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
    Channel channel = report.channel();
    st.setInt(i++, channel.isPreset() ? AffairsRows.code(AffairsRows.CHANNELS, channel) : 0);
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
    i = AffairsRows.setNullableInstant(st, i, "triagedAt", t == null ? null : t.triagedAt());
    Matter m = Matter.restore(s);
    st.setString(i++, s.recordedBy().value());
    Columns.setText(st, i++, report.resident() == null ? null : report.resident().hex());
    Columns.setText(st, i++, report.origin() == null ? null : report.origin().kind());
    Columns.setText(st, i++, report.origin() == null ? null : report.origin().reference());
    st.setInt(i++, m.status().code());
    Columns.setText(st, i++, m.handler().map(Handler::toString).orElse(null));
    i = AffairsRows.setNullableInstant(st, i, "due", m.due().orElse(null));
    Optional<MatterResolved> settled = m.settlement();
    st.setInt(i++, settled.map(r -> AffairsRows.code(AffairsRows.PATHS, r.path())).orElse(0));
    if (settled.isPresent()) {
      st.setLong(i++, Columns.millis("settledAt", settled.get().at()));
    } else {
      st.setNull(i++, Types.BIGINT);
    }
    st.setInt(i++, s.history().size());
    Columns.setText(st, i++, channel.isPreset() ? null : channel.code());
    return i;
  }

  /** A row read: the snapshot without its steps, and how many steps it has. */
  private record Row(MatterSnapshot base, int steps) {}

  /** Reads a row (columns as {@code CONTENT} after id and version). */
  private Row row(ResultSet r) throws SQLException {
    MatterId id = MatterId.of(r.getString(1));
    long version = r.getLong(2);
    DivisionCode community = DivisionCode.parse(r.getString(3));
    String grid = r.getString(6);
    String building = r.getString(7);
    Place place = grid == null ? Place.of(community) : Place.of(community, grid, building);
    String name = r.getString(11);
    String phone = r.getString(12);
    Reporter reporter = name == null ? Reporter.anonymous() : Reporter.of(name, phone);
    String resident = r.getString(23);
    String originKind = r.getString(24);
    String originRef = r.getString(25);
    MatterReport report =
        new MatterReport(
            channel(r.getInt(8), r.getString(33)),
            MatterCategory.of(r.getString(9)),
            place,
            reporter,
            AffairsRows.decode(AffairsRows.URGENCIES, r.getInt(10), "urgency_code", table),
            r.getString(13),
            AffairsRows.instant(r, 14),
            resident == null ? null : new HashedIdentity(resident),
            originKind == null ? null : new MatterOrigin(originKind, originRef));
    Instant recordedAt = AffairsRows.instant(r, 16);
    String by = r.getString(22);
    int stepCount = r.getInt(32);
    if (by == null || r.wasNull() || stepCount < 0) {
      throw Columns.rowInvalid("step_count", table);
    }
    return new Row(
        new MatterSnapshot(id, version, report, recordedAt, ActorId.of(by), List.of()), stepCount);
  }

  /**
   * Reads a channel: a preset by its stable code, an integrator-defined channel (code 0, schema V3)
   * by its text.
   */
  private Channel channel(int code, String text) {
    if (code != 0) {
      return AffairsRows.decode(AffairsRows.CHANNELS, code, "channel_code", table);
    }
    if (text == null || !Channel.isCode(text)) {
      throw Columns.rowInvalid("channel_text", table);
    }
    return Channel.of(text);
  }

  @Override
  public String toString() {
    return "JdbcMatters[" + table + "]";
  }
}
