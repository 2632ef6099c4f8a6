package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activities;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityEvent;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKey;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.ActivitySnapshot;
import org.sanshe.timebank.activity.Attendance;
import org.sanshe.timebank.activity.AttendanceState;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * Activities and patrol shifts in a relational database: {@code vo_activity} (one row per activity,
 * its version checked by {@code UPDATE ... WHERE version = ?}, so concurrent sign-ups from one
 * version store exactly one) and {@code vo_attend} (one row per volunteer signed up, rewritten on
 * each save in the same transaction, with its order of sign-up). A volunteer's upcoming shifts and
 * a team's activities are keyset pages by (start, id) in SQL. With a {@link JdbcOutbox}, the events
 * of a save are written in the save's transaction. Schema component {@code volunteering}. Immutable
 * and thread-safe; every call borrows a connection.
 */
public final class JdbcActivities implements Activities {

  /** The schema of the volunteering tables (shared with {@link JdbcVolunteerTeams}). */
  public static final Schema SCHEMA = Volunteering.SCHEMA;

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "activity";

  private static final String COLUMNS =
      "activity_id, version, kind_code, title_text, place_text, start_ms, start_ns, end_ms,"
          + " end_ns, capacity, category_code, org_id, team_id, published_by, published_ms,"
          + " published_ns, cancelled_ms, cancelled_ns";
  private static final String ATTEND =
      "activity_id, volunteer_id, seq_no, account_id, state_code, signed_ms, signed_ns, in_ms,"
          + " in_ns, out_ms, out_ns, record_id, credited_min";
  private static final String AFTER_KEY =
      " AND (a.start_ms > ? OR (a.start_ms = ? AND (a.start_ns > ? OR (a.start_ns = ?"
          + " AND a.activity_id > ?))))";
  private static final String ORDER = " ORDER BY a.start_ms, a.start_ns, a.activity_id";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String activity;
  private final String attend;
  private final String insert;
  private final String update;
  private final String selectVersion;
  private final String columns;

  private JdbcActivities(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.activity = jdbc.table("vo_activity");
    this.attend = jdbc.table("vo_attend");
    this.insert =
        "INSERT INTO "
            + activity
            + " ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.update =
        "UPDATE "
            + activity
            + " SET version = ?, kind_code = ?, title_text = ?, place_text = ?, start_ms = ?,"
            + " start_ns = ?, end_ms = ?, end_ns = ?, capacity = ?, category_code = ?, org_id = ?,"
            + " team_id = ?, published_by = ?, published_ms = ?, published_ns = ?,"
            + " cancelled_ms = ?, cancelled_ns = ? WHERE activity_id = ? AND version = ?";
    this.selectVersion = "SELECT version FROM " + activity + " WHERE activity_id = ?";
    this.columns = "a." + COLUMNS.replace(", ", ", a.");
  }

  /**
   * Creates or upgrades the volunteering tables with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Volunteering.migrate(jdbc);
  }

  /**
   * Opens the store. The tables must exist ({@link #migrate(SansheJdbc)}).
   *
   * @param jdbc the database, not null
   * @return the store
   * @throws JdbcException if the dialect or the schema does not fit
   */
  public static JdbcActivities open(SansheJdbc jdbc) {
    Volunteering.validate(jdbc);
    return new JdbcActivities(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox on the same database, not null
   * @return the store
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcActivities open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Volunteering.validate(jdbc);
    return new JdbcActivities(jdbc, Objects.requireNonNull(outbox, "outbox"));
  }

  private static void check(ActivitySnapshot s) {
    Columns.text("title_text", s.title(), Activity.MAX_TITLE);
    Columns.text("place_text", s.place(), ServiceDraft.MAX_PLACE_LENGTH);
  }

  private int bind(PreparedStatement st, int i, ActivitySnapshot s) throws SQLException {
    st.setInt(i++, s.kind() == ActivityKind.ACTIVITY ? 1 : 2);
    st.setString(i++, s.title());
    Columns.setText(st, i++, Volunteering.nullIfEmpty(s.place()));
    i = Volunteering.setInstant(st, i, "start", s.start());
    i = Volunteering.setInstant(st, i, "end", s.end());
    st.setInt(i++, s.capacity());
    st.setString(i++, s.category());
    st.setString(i++, s.organization().value());
    Columns.setText(st, i++, s.team() == null ? null : s.team().value());
    st.setString(i++, s.publishedBy().value());
    i = Volunteering.setInstant(st, i, "publishedAt", s.publishedAt());
    return Volunteering.setInstant(st, i, "cancelledAt", s.cancelledAt());
  }

  private void writeAttendance(Connection c, ActivitySnapshot s, boolean replace)
      throws SQLException {
    if (replace) {
      try (PreparedStatement st =
          c.prepareStatement("DELETE FROM " + attend + " WHERE activity_id = ?")) {
        st.setString(1, s.id().value());
        st.executeUpdate();
      }
    }
    if (s.attendance().isEmpty()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO "
                + attend
                + " ("
                + ATTEND
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (Attendance a : s.attendance()) {
        int i = 1;
        st.setString(i++, s.id().value());
        st.setString(i++, a.volunteer().value());
        st.setInt(i++, seq++);
        st.setString(i++, a.account().value());
        st.setInt(i++, a.state().ordinal() + 1);
        i = Volunteering.setInstant(st, i, "signedUpAt", a.signedUpAt());
        i = Volunteering.setInstant(st, i, "checkedInAt", a.checkedInAt());
        i = Volunteering.setInstant(st, i, "checkedOutAt", a.checkedOutAt());
        Columns.setText(st, i++, a.record() == null ? null : a.record().value());
        st.setLong(i, a.credited().toMinutes());
        st.addBatch();
        if (seq % 1000 == 0) {
          st.executeBatch();
        }
      }
      st.executeBatch();
    }
  }

  private void publish(Connection c, Activity a, long version) throws SQLException {
    Volunteering.publish(
        outbox,
        c,
        AGGREGATE_TYPE,
        a.id().value(),
        version,
        a.pendingEvents(),
        e -> ((ActivityEvent) e).at());
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is written)
   */
  @Override
  public void add(Activity a) {
    Objects.requireNonNull(a, "activity");
    ActivitySnapshot s = a.snapshot();
    check(s);
    if (s.version() != 0) {
      throw StoreRules.conflict(Activity.KIND, s.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add activity",
          c -> {
            try (PreparedStatement st = c.prepareStatement(insert)) {
              st.setString(1, s.id().value());
              st.setLong(2, 1);
              bind(st, 3, s);
              st.executeUpdate();
            }
            writeAttendance(c, s, false);
            publish(c, a, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw StoreRules.duplicate(Activity.KIND);
      }
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is written)
   */
  @Override
  public void update(Activity a) {
    Objects.requireNonNull(a, "activity");
    ActivitySnapshot s = a.snapshot();
    check(s);
    jdbc.inTransaction(
        "update activity",
        c -> {
          int rows;
          try (PreparedStatement st = c.prepareStatement(update)) {
            st.setLong(1, s.version() + 1);
            int i = bind(st, 2, s);
            st.setString(i, s.id().value());
            st.setLong(i + 1, s.version());
            rows = st.executeUpdate();
          }
          if (rows == 0) {
            throw Volunteering.refused(
                c, selectVersion, s.id().value(), s.version(), Activity.KIND);
          }
          writeAttendance(c, s, true);
          publish(c, a, s.version() + 1);
          return null;
        });
  }

  @Override
  public Optional<Activity> find(ActivityId id) {
    Objects.requireNonNull(id, "id");
    return query(
            "SELECT " + columns + " FROM " + activity + " a WHERE a.activity_id = ?",
            1,
            st -> st.setString(1, id.value()))
        .stream()
        .findFirst();
  }

  @Override
  public List<Activity> upcomingOf(PartyId volunteer, Instant now, ActivityKey after, int max) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(now, "now");
    StoreRules.checkPage(max);
    String sql =
        "SELECT "
            + columns
            + " FROM "
            + activity
            + " a JOIN "
            + attend
            + " t ON t.activity_id = a.activity_id WHERE t.volunteer_id = ?"
            + " AND t.state_code IN (1, 2) AND a.cancelled_ms IS NULL"
            + " AND (a.end_ms > ? OR (a.end_ms = ? AND a.end_ns > ?))"
            + (after == null ? "" : AFTER_KEY)
            + ORDER;
    return query(
        sql,
        max,
        st -> {
          st.setString(1, volunteer.value());
          long ms = Columns.millis("now", now);
          st.setLong(2, ms);
          st.setLong(3, ms);
          st.setInt(4, Columns.nanosOfMilli(now));
          bindAfter(st, 5, after);
        });
  }

  @Override
  public List<Activity> ofTeam(TeamId team, Instant from, Instant to, ActivityKey after, int max) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    StoreRules.checkPage(max);
    String sql =
        "SELECT "
            + columns
            + " FROM "
            + activity
            + " a WHERE a.team_id = ?"
            + " AND (a.start_ms > ? OR (a.start_ms = ? AND a.start_ns >= ?))"
            + " AND (a.start_ms < ? OR (a.start_ms = ? AND a.start_ns < ?))"
            + (after == null ? "" : AFTER_KEY)
            + ORDER;
    return query(
        sql,
        max,
        st -> {
          st.setString(1, team.value());
          long f = Columns.millis("from", from);
          st.setLong(2, f);
          st.setLong(3, f);
          st.setInt(4, Columns.nanosOfMilli(from));
          long t = Columns.millis("to", to);
          st.setLong(5, t);
          st.setLong(6, t);
          st.setInt(7, Columns.nanosOfMilli(to));
          bindAfter(st, 8, after);
        });
  }

  private static void bindAfter(PreparedStatement st, int i, ActivityKey after)
      throws SQLException {
    if (after == null) {
      return;
    }
    long ms = Columns.millis("after", after.start());
    int ns = Columns.nanosOfMilli(after.start());
    st.setLong(i, ms);
    st.setLong(i + 1, ms);
    st.setInt(i + 2, ns);
    st.setInt(i + 3, ns);
    st.setString(i + 4, after.id().value());
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement st) throws SQLException;
  }

  private List<Activity> query(String sql, int max, Binder binder) {
    List<ActivitySnapshot> snapshots =
        jdbc.read(
            "read activities",
            c -> {
              List<ActivitySnapshot> heads = new ArrayList<>();
              try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setMaxRows(max);
                binder.bind(st);
                try (ResultSet r = st.executeQuery()) {
                  while (r.next()) {
                    heads.add(row(r));
                  }
                }
              }
              List<ActivitySnapshot> out = new ArrayList<>(heads.size());
              try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT "
                          + ATTEND
                          + " FROM "
                          + attend
                          + " WHERE activity_id = ? ORDER BY seq_no")) {
                for (ActivitySnapshot h : heads) {
                  st.setString(1, h.id().value());
                  List<Attendance> list = new ArrayList<>();
                  try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                      list.add(attendance(r));
                    }
                  }
                  out.add(
                      new ActivitySnapshot(
                          h.id(),
                          h.version(),
                          h.kind(),
                          h.title(),
                          h.place(),
                          h.start(),
                          h.end(),
                          h.capacity(),
                          h.category(),
                          h.organization(),
                          h.team(),
                          h.publishedBy(),
                          h.publishedAt(),
                          h.cancelledAt(),
                          list));
                }
              }
              return out;
            });
    return snapshots.stream().map(Activity::restore).toList();
  }

  private ActivitySnapshot row(ResultSet r) throws SQLException {
    int kind = r.getInt("kind_code");
    if (kind != 1 && kind != 2) {
      throw Columns.rowInvalid("kind_code", activity);
    }
    String team = r.getString("team_id");
    return new ActivitySnapshot(
        ActivityId.of(r.getString("activity_id")),
        r.getLong("version"),
        kind == 1 ? ActivityKind.ACTIVITY : ActivityKind.PATROL,
        r.getString("title_text"),
        Volunteering.text(r, "place_text"),
        Volunteering.instant(r, "start"),
        Volunteering.instant(r, "end"),
        r.getInt("capacity"),
        r.getString("category_code"),
        PartyId.of(r.getString("org_id")),
        team == null ? null : TeamId.of(team),
        PartyId.of(r.getString("published_by")),
        Volunteering.instant(r, "published"),
        Volunteering.instant(r, "cancelled"),
        List.of());
  }

  private Attendance attendance(ResultSet r) throws SQLException {
    int state = r.getInt("state_code");
    if (state < 1 || state > AttendanceState.values().length) {
      throw Columns.rowInvalid("state_code", attend);
    }
    String record = r.getString("record_id");
    return new Attendance(
        PartyId.of(r.getString("volunteer_id")),
        AccountId.of(r.getString("account_id")),
        AttendanceState.values()[state - 1],
        Volunteering.instant(r, "signed"),
        Volunteering.instant(r, "in"),
        Volunteering.instant(r, "out"),
        record == null ? null : ServiceRecordId.of(record),
        TimeCredit.ofMinutes(r.getLong("credited_min")));
  }

  @Override
  public String toString() {
    return "JdbcActivities[" + activity + "]";
  }
}
