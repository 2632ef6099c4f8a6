package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.rota.Rota;
import org.sanshe.timebank.rota.RotaChange;
import org.sanshe.timebank.rota.RotaEvent;
import org.sanshe.timebank.rota.RotaId;
import org.sanshe.timebank.rota.RotaMember;
import org.sanshe.timebank.rota.RotaSlot;
import org.sanshe.timebank.rota.RotaSnapshot;
import org.sanshe.timebank.rota.Rotas;
import org.sanshe.timebank.team.TeamId;

/**
 * Patrol rotas in a relational database: {@code vo_rota} (one row per rota, its version checked by
 * {@code UPDATE ... WHERE version = ?}), its weekly slots {@code vo_rota_slot} and their members
 * {@code vo_rota_member} (written once, with the rota: a rota's pattern never changes), and its
 * swaps and absences {@code vo_rota_change} (an update appends the changes made since the version
 * it read, in the same transaction). With a {@link JdbcOutbox}, the events of a save are written in
 * the save's transaction. A read sees one version: slots never change and changes are only
 * appended, so the changes up to the head row's count are that version's. A row this version cannot
 * read back into a valid rota is refused with {@code JDBC_ROW_INVALID}. Schema component {@code
 * volunteering} (version 2), DDL in {@code META-INF/sanshe/schema/volunteering/}. Immutable and
 * thread-safe; every call borrows a connection.
 */
public final class JdbcRotas implements Rotas {

  /** The schema of the volunteering tables (shared with {@link JdbcActivities}). */
  public static final Schema SCHEMA = Volunteering.SCHEMA;

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "rota";

  private static final int MAX_TEXT_ID = 64;
  private static final String COLUMNS =
      "rota_id, version, team_id, org_id, category_code, zone_id, first_day, last_day, drawn_by,"
          + " drawn_ms, drawn_ns, n_slots, n_changes";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String rota;
  private final String slot;
  private final String member;
  private final String change;

  private JdbcRotas(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.rota = jdbc.table("vo_rota");
    this.slot = jdbc.table("vo_rota_slot");
    this.member = jdbc.table("vo_rota_member");
    this.change = jdbc.table("vo_rota_change");
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
  public static JdbcRotas open(SansheJdbc jdbc) {
    Volunteering.validate(jdbc);
    return new JdbcRotas(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox on the same database, not null
   * @return the store
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcRotas open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Volunteering.validate(jdbc);
    return new JdbcRotas(jdbc, Objects.requireNonNull(outbox, "outbox"));
  }

  /** Checks what the columns hold before anything is written. */
  private static void check(RotaSnapshot s) {
    Columns.text("category_code", s.category(), MAX_TEXT_ID);
    Columns.text("zone_id", s.zone().getId(), MAX_TEXT_ID);
    Columns.millis("drawnUpAt", s.drawnUpAt());
    for (RotaSlot x : s.slots()) {
      Columns.text("place_text", x.place(), 200);
    }
  }

  private void publish(Connection c, Rota r, long version) throws SQLException {
    Volunteering.publish(
        outbox,
        c,
        AGGREGATE_TYPE,
        r.id().value(),
        version,
        r.pendingEvents(),
        e -> ((RotaEvent) e).at());
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is written)
   */
  @Override
  public void add(Rota r) {
    Objects.requireNonNull(r, "rota");
    RotaSnapshot s = r.snapshot();
    check(s);
    if (s.version() != 0) {
      throw StoreRules.conflict(Rota.KIND, s.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add rota",
          c -> {
            try (PreparedStatement st =
                c.prepareStatement(
                    "INSERT INTO "
                        + rota
                        + " ("
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              st.setString(1, s.id().value());
              st.setLong(2, 1);
              st.setString(3, s.team().value());
              st.setString(4, s.organization().value());
              st.setString(5, s.category());
              st.setString(6, s.zone().getId());
              st.setInt(7, Math.toIntExact(s.firstDay().toEpochDay()));
              st.setInt(8, Math.toIntExact(s.lastDay().toEpochDay()));
              st.setString(9, s.drawnUpBy().value());
              Volunteering.setInstant(st, 10, "drawnUpAt", s.drawnUpAt());
              st.setInt(12, s.slots().size());
              st.setInt(13, s.changes().size());
              st.executeUpdate();
            }
            writeSlots(c, s);
            writeChanges(c, s, 0);
            publish(c, r, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw StoreRules.duplicate(Rota.KIND);
      }
      throw e;
    }
  }

  private void writeSlots(Connection c, RotaSnapshot s) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO "
                    + slot
                    + " (rota_id, slot_no, day_code, start_nod, length_nanos, place_text,"
                    + " n_members) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement pm =
            c.prepareStatement(
                "INSERT INTO "
                    + member
                    + " (rota_id, slot_no, seq_no, volunteer_id, account_id)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < s.slots().size(); i++) {
        RotaSlot x = s.slots().get(i);
        ps.setString(1, s.id().value());
        ps.setInt(2, i);
        ps.setInt(3, x.day().getValue());
        ps.setLong(4, x.start().toNanoOfDay());
        ps.setLong(5, x.length().toNanos());
        Columns.setText(ps, 6, Volunteering.nullIfEmpty(x.place()));
        ps.setInt(7, x.members().size());
        ps.addBatch();
        for (int k = 0; k < x.members().size(); k++) {
          RotaMember m = x.members().get(k);
          pm.setString(1, s.id().value());
          pm.setInt(2, i);
          pm.setInt(3, k);
          pm.setString(4, m.volunteer().value());
          pm.setString(5, m.account().value());
          pm.addBatch();
        }
      }
      ps.executeBatch();
      pm.executeBatch();
    }
  }

  private void writeChanges(Connection c, RotaSnapshot s, int from) throws SQLException {
    if (from >= s.changes().size()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO "
                + change
                + " (rota_id, seq_no, shift_day, slot_no, member_id, repl_id, repl_account)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = from; i < s.changes().size(); i++) {
        RotaChange x = s.changes().get(i);
        st.setString(1, s.id().value());
        st.setInt(2, i);
        st.setInt(3, Math.toIntExact(x.day().toEpochDay()));
        st.setInt(4, x.slot());
        st.setString(5, x.member().value());
        Columns.setText(st, 6, x.isAbsence() ? null : x.replacement().volunteer().value());
        Columns.setText(st, 7, x.isAbsence() ? null : x.replacement().account().value());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /**
   * {@inheritDoc} The changes made since the version read are appended; the weekly slots are not
   * rewritten.
   *
   * @throws JdbcException if the database fails (nothing is written)
   */
  @Override
  public void update(Rota r) {
    Objects.requireNonNull(r, "rota");
    RotaSnapshot s = r.snapshot();
    check(s);
    jdbc.inTransaction(
        "update rota",
        c -> {
          String id = s.id().value();
          int stored;
          try (PreparedStatement st =
              c.prepareStatement("SELECT version, n_changes FROM " + rota + " WHERE rota_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
              if (!rs.next()) {
                throw StoreRules.unknown(Rota.KIND);
              }
              if (rs.getLong(1) != s.version()) {
                throw StoreRules.conflict(Rota.KIND, s.version(), rs.getLong(1));
              }
              stored = rs.getInt(2);
            }
          }
          int rows;
          try (PreparedStatement st =
              c.prepareStatement(
                  "UPDATE "
                      + rota
                      + " SET version = ?, n_changes = ? WHERE rota_id = ? AND version = ?")) {
            st.setLong(1, s.version() + 1);
            st.setInt(2, s.changes().size());
            st.setString(3, id);
            st.setLong(4, s.version());
            rows = st.executeUpdate();
          }
          if (rows == 0 || stored > s.changes().size()) {
            throw Volunteering.refused(
                c,
                "SELECT version FROM " + rota + " WHERE rota_id = ?",
                id,
                s.version(),
                Rota.KIND);
          }
          writeChanges(c, s, stored);
          publish(c, r, s.version() + 1);
          return null;
        });
  }

  @Override
  public Optional<Rota> find(RotaId id) {
    Objects.requireNonNull(id, "id");
    return read(" WHERE rota_id = ?", id.value()).stream().findFirst();
  }

  @Override
  public List<Rota> ofTeam(TeamId team) {
    Objects.requireNonNull(team, "team");
    return read(" WHERE team_id = ? ORDER BY rota_id", team.value());
  }

  /**
   * {@inheritDoc}
   *
   * <p>One read: the ids of the rotas naming the volunteer (an index on the members and on the
   * swaps' replacements), then each rota's row before its children, taking only the swaps the row
   * counts.
   */
  @Override
  public List<Rota> ofVolunteer(PartyId volunteer, RotaId after, int max) {
    Objects.requireNonNull(volunteer, "volunteer");
    StoreRules.checkPage(max);
    String from = after == null ? "" : " AND rota_id > ?";
    String sql =
        "SELECT rota_id FROM "
            + member
            + " WHERE volunteer_id = ?"
            + from
            + " UNION SELECT rota_id FROM "
            + change
            + " WHERE repl_id = ?"
            + from
            + " ORDER BY 1";
    List<RotaSnapshot> snapshots =
        jdbc.read(
            "read a volunteer's rotas",
            c -> {
              List<String> ids = new ArrayList<>();
              try (PreparedStatement st = c.prepareStatement(sql)) {
                int i = 1;
                st.setString(i++, volunteer.value());
                if (after != null) {
                  st.setString(i++, after.value());
                }
                st.setString(i++, volunteer.value());
                if (after != null) {
                  st.setString(i, after.value());
                }
                st.setMaxRows(max);
                try (ResultSet r = st.executeQuery()) {
                  while (r.next() && ids.size() < max) {
                    ids.add(r.getString(1));
                  }
                }
              }
              List<RotaSnapshot> out = new ArrayList<>(ids.size());
              try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT " + COLUMNS + " FROM " + rota + " WHERE rota_id = ?")) {
                for (String id : ids) {
                  st.setString(1, id);
                  Object[] head = null;
                  try (ResultSet r = st.executeQuery()) {
                    if (r.next()) {
                      head = head(r);
                    }
                  }
                  if (head != null) {
                    out.add(snapshot(c, head));
                  }
                }
              }
              return out;
            });
    List<Rota> rotas = new ArrayList<>(snapshots.size());
    for (RotaSnapshot s : snapshots) {
      rotas.add(Rota.restore(s));
    }
    return rotas;
  }

  private List<Rota> read(String where, String arg) {
    List<RotaSnapshot> snapshots =
        jdbc.read(
            "read rotas",
            c -> {
              List<Object[]> heads = new ArrayList<>();
              try (PreparedStatement st =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM " + rota + where)) {
                st.setString(1, arg);
                try (ResultSet r = st.executeQuery()) {
                  while (r.next()) {
                    heads.add(head(r));
                  }
                }
              }
              List<RotaSnapshot> out = new ArrayList<>(heads.size());
              for (Object[] h : heads) {
                out.add(snapshot(c, h));
              }
              return out;
            });
    List<Rota> rotas = new ArrayList<>(snapshots.size());
    for (RotaSnapshot s : snapshots) {
      rotas.add(Rota.restore(s));
    }
    return rotas;
  }

  private Object[] head(ResultSet r) throws SQLException {
    ZoneId zone;
    try {
      zone = ZoneId.of(r.getString("zone_id"));
    } catch (DateTimeException e) {
      throw Columns.rowInvalid("zone_id", rota);
    }
    return new Object[] {
      RotaId.of(r.getString("rota_id")),
      r.getLong("version"),
      TeamId.of(r.getString("team_id")),
      PartyId.of(r.getString("org_id")),
      r.getString("category_code"),
      zone,
      day(r.getInt("first_day"), "first_day"),
      day(r.getInt("last_day"), "last_day"),
      PartyId.of(r.getString("drawn_by")),
      Volunteering.instant(r, "drawn"),
      r.getInt("n_slots"),
      r.getInt("n_changes")
    };
  }

  private LocalDate day(long epochDay, String column) {
    if (epochDay < LocalDate.MIN.toEpochDay() || epochDay > LocalDate.MAX.toEpochDay()) {
      throw Columns.rowInvalid(column, rota);
    }
    return LocalDate.ofEpochDay(epochDay);
  }

  private RotaSnapshot snapshot(Connection c, Object[] h) throws SQLException {
    String id = ((RotaId) h[0]).value();
    List<List<RotaMember>> members = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT slot_no, seq_no, volunteer_id, account_id FROM "
                + member
                + " WHERE rota_id = ? ORDER BY slot_no, seq_no")) {
      st.setString(1, id);
      try (ResultSet r = st.executeQuery()) {
        while (r.next()) {
          int no = r.getInt(1);
          if (no < 0
              || no > members.size()
              || r.getInt(2) != (no == members.size() ? 0 : members.get(no).size())) {
            throw Columns.rowInvalid("seq_no", member);
          }
          if (no == members.size()) {
            members.add(new ArrayList<>());
          }
          members
              .get(no)
              .add(new RotaMember(PartyId.of(r.getString(3)), AccountId.of(r.getString(4))));
        }
      }
    }
    List<RotaSlot> slots = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT slot_no, day_code, start_nod, length_nanos, place_text, n_members FROM "
                + slot
                + " WHERE rota_id = ? ORDER BY slot_no")) {
      st.setString(1, id);
      try (ResultSet r = st.executeQuery()) {
        while (r.next()) {
          int no = r.getInt(1);
          int day = r.getInt(2);
          long start = r.getLong(3);
          if (no != slots.size()
              || no >= members.size()
              || members.get(no).size() != r.getInt(6)
              || day < 1
              || day > 7
              || start < 0
              || start >= LocalTime.MAX.toNanoOfDay() + 1) {
            throw Columns.rowInvalid("slot_no", slot);
          }
          slots.add(
              new RotaSlot(
                  DayOfWeek.of(day),
                  LocalTime.ofNanoOfDay(start),
                  Duration.ofNanos(r.getLong(4)),
                  Volunteering.text(r, "place_text"),
                  members.get(no)));
        }
      }
    }
    if (slots.size() != (Integer) h[10] || members.size() != slots.size()) {
      throw Columns.rowInvalid("n_slots", rota);
    }
    List<RotaChange> changes = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT seq_no, shift_day, slot_no, member_id, repl_id, repl_account FROM "
                + change
                + " WHERE rota_id = ? AND seq_no < ? ORDER BY seq_no")) {
      st.setString(1, id);
      st.setInt(2, (Integer) h[11]);
      try (ResultSet r = st.executeQuery()) {
        while (r.next()) {
          if (r.getInt(1) != changes.size()) {
            throw Columns.rowInvalid("seq_no", change);
          }
          String repl = r.getString(5);
          String account = r.getString(6);
          if ((repl == null) != (account == null)) {
            throw Columns.rowInvalid("repl_account", change);
          }
          changes.add(
              new RotaChange(
                  day(r.getInt(2), "shift_day"),
                  r.getInt(3),
                  PartyId.of(r.getString(4)),
                  repl == null ? null : new RotaMember(PartyId.of(repl), AccountId.of(account))));
        }
      }
    }
    if (changes.size() != (Integer) h[11]) {
      throw Columns.rowInvalid("n_changes", rota);
    }
    return new RotaSnapshot(
        (RotaId) h[0],
        (Long) h[1],
        (TeamId) h[2],
        (PartyId) h[3],
        (String) h[4],
        (ZoneId) h[5],
        (LocalDate) h[6],
        (LocalDate) h[7],
        slots,
        changes,
        (PartyId) h[8],
        (Instant) h[9]);
  }

  @Override
  public String toString() {
    return "JdbcRotas[" + rota + "]";
  }
}
