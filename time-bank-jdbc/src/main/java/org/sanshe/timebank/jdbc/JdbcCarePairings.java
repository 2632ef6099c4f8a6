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
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.care.CareEvent;
import org.sanshe.timebank.care.CareNeed;
import org.sanshe.timebank.care.CarePairing;
import org.sanshe.timebank.care.CarePairingSnapshot;
import org.sanshe.timebank.care.CarePairings;
import org.sanshe.timebank.care.PairingId;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * Care pairings (结对) in a relational database: {@code vo_care} (one row per pairing, the resident
 * only as a keyed hash, its version checked by {@code UPDATE ... WHERE version = ?}) and the visits
 * {@code vo_care_visit} (an update appends the visits recorded since the version it read, in the
 * same transaction). With a {@link JdbcOutbox}, the events of a save are written in the save's
 * transaction. A read sees one version: visits are only appended, so the visits up to the head
 * row's count are that version's. A row this version cannot read back is refused with {@code
 * JDBC_ROW_INVALID}. Schema component {@code volunteering} (version 2), DDL in {@code
 * META-INF/sanshe/schema/volunteering/}. Immutable and thread-safe; every call borrows a
 * connection.
 */
public final class JdbcCarePairings implements CarePairings {

  /** The schema of the volunteering tables (shared with {@link JdbcActivities}). */
  public static final Schema SCHEMA = Volunteering.SCHEMA;

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "care-pairing";

  private static final List<CareNeed> NEEDS =
      List.of(CareNeed.LONE_ELDERLY, CareNeed.LEFT_BEHIND_CHILD, CareNeed.DISABLED);
  private static final String COLUMNS =
      "pairing_id, version, resident_hash, need_code, volunteer_id, team_id, org_id,"
          + " category_code, paired_by, paired_ms, paired_ns, ended_ms, ended_ns, n_visits";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String care;
  private final String visit;

  private JdbcCarePairings(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.care = jdbc.table("vo_care");
    this.visit = jdbc.table("vo_care_visit");
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
  public static JdbcCarePairings open(SansheJdbc jdbc) {
    Volunteering.validate(jdbc);
    return new JdbcCarePairings(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox on the same database, not null
   * @return the store
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcCarePairings open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Volunteering.validate(jdbc);
    return new JdbcCarePairings(jdbc, Objects.requireNonNull(outbox, "outbox"));
  }

  private static void check(CarePairingSnapshot s) {
    Columns.text("category_code", s.category(), 64);
    Columns.millis("pairedAt", s.pairedAt());
    if (s.endedAt() != null) {
      Columns.millis("endedAt", s.endedAt());
    }
  }

  private void publish(Connection c, CarePairing p, long version) throws SQLException {
    Volunteering.publish(
        outbox,
        c,
        AGGREGATE_TYPE,
        p.id().value(),
        version,
        p.pendingEvents(),
        e -> ((CareEvent) e).at());
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is written)
   */
  @Override
  public void add(CarePairing p) {
    Objects.requireNonNull(p, "pairing");
    CarePairingSnapshot s = p.snapshot();
    check(s);
    if (s.version() != 0) {
      throw StoreRules.conflict(CarePairing.KIND, s.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add care pairing",
          c -> {
            try (PreparedStatement st =
                c.prepareStatement(
                    "INSERT INTO "
                        + care
                        + " ("
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              st.setString(1, s.id().value());
              st.setLong(2, 1);
              st.setString(3, s.resident().hex());
              st.setInt(4, NEEDS.indexOf(s.need()) + 1);
              Columns.setText(st, 5, s.volunteer() == null ? null : s.volunteer().value());
              Columns.setText(st, 6, s.team() == null ? null : s.team().value());
              st.setString(7, s.organization().value());
              st.setString(8, s.category());
              st.setString(9, s.pairedBy().value());
              int i = Volunteering.setInstant(st, 10, "pairedAt", s.pairedAt());
              i = Volunteering.setInstant(st, i, "endedAt", s.endedAt());
              st.setInt(i, s.visits().size());
              st.executeUpdate();
            }
            writeVisits(c, s, 0);
            publish(c, p, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw StoreRules.duplicate(CarePairing.KIND);
      }
      throw e;
    }
  }

  private void writeVisits(Connection c, CarePairingSnapshot s, int from) throws SQLException {
    if (from >= s.visits().size()) {
      return;
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO " + visit + " (pairing_id, seq_no, record_id) VALUES (?, ?, ?)")) {
      for (int i = from; i < s.visits().size(); i++) {
        st.setString(1, s.id().value());
        st.setInt(2, i);
        st.setString(3, s.visits().get(i).value());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /**
   * {@inheritDoc} The visits recorded since the version read are appended.
   *
   * @throws JdbcException if the database fails (nothing is written)
   */
  @Override
  public void update(CarePairing p) {
    Objects.requireNonNull(p, "pairing");
    CarePairingSnapshot s = p.snapshot();
    check(s);
    jdbc.inTransaction(
        "update care pairing",
        c -> {
          String id = s.id().value();
          int stored;
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT version, n_visits FROM " + care + " WHERE pairing_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
              if (!rs.next()) {
                throw StoreRules.unknown(CarePairing.KIND);
              }
              if (rs.getLong(1) != s.version()) {
                throw StoreRules.conflict(CarePairing.KIND, s.version(), rs.getLong(1));
              }
              stored = rs.getInt(2);
            }
          }
          int rows;
          try (PreparedStatement st =
              c.prepareStatement(
                  "UPDATE "
                      + care
                      + " SET version = ?, ended_ms = ?, ended_ns = ?, n_visits = ?"
                      + " WHERE pairing_id = ? AND version = ?")) {
            st.setLong(1, s.version() + 1);
            int i = Volunteering.setInstant(st, 2, "endedAt", s.endedAt());
            st.setInt(i++, s.visits().size());
            st.setString(i++, id);
            st.setLong(i, s.version());
            rows = st.executeUpdate();
          }
          if (rows == 0 || stored > s.visits().size()) {
            throw Volunteering.refused(
                c,
                "SELECT version FROM " + care + " WHERE pairing_id = ?",
                id,
                s.version(),
                CarePairing.KIND);
          }
          writeVisits(c, s, stored);
          publish(c, p, s.version() + 1);
          return null;
        });
  }

  @Override
  public Optional<CarePairing> find(PairingId id) {
    Objects.requireNonNull(id, "id");
    return read(" WHERE pairing_id = ?", id.value()).stream().findFirst();
  }

  @Override
  public List<CarePairing> ofResident(HashedIdentity resident) {
    Objects.requireNonNull(resident, "resident");
    return read(" WHERE resident_hash = ? ORDER BY pairing_id", resident.hex());
  }

  private List<CarePairing> read(String where, String arg) {
    List<CarePairingSnapshot> snapshots =
        jdbc.read(
            "read care pairings",
            c -> {
              List<Object[]> heads = new ArrayList<>();
              try (PreparedStatement st =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM " + care + where)) {
                st.setString(1, arg);
                try (ResultSet r = st.executeQuery()) {
                  while (r.next()) {
                    heads.add(head(r));
                  }
                }
              }
              List<CarePairingSnapshot> out = new ArrayList<>(heads.size());
              try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT seq_no, record_id FROM "
                          + visit
                          + " WHERE pairing_id = ? AND seq_no < ? ORDER BY seq_no")) {
                for (Object[] h : heads) {
                  st.setString(1, ((PairingId) h[0]).value());
                  st.setInt(2, (Integer) h[11]);
                  List<ServiceRecordId> visits = new ArrayList<>();
                  try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                      if (r.getInt(1) != visits.size()) {
                        throw Columns.rowInvalid("seq_no", visit);
                      }
                      visits.add(ServiceRecordId.of(r.getString(2)));
                    }
                  }
                  if (visits.size() != (Integer) h[11]) {
                    throw Columns.rowInvalid("n_visits", care);
                  }
                  out.add(
                      new CarePairingSnapshot(
                          (PairingId) h[0],
                          (Long) h[1],
                          (HashedIdentity) h[2],
                          (CareNeed) h[3],
                          (PartyId) h[4],
                          (TeamId) h[5],
                          (PartyId) h[6],
                          (String) h[7],
                          (PartyId) h[8],
                          (Instant) h[9],
                          (Instant) h[10],
                          visits));
                }
              }
              return out;
            });
    List<CarePairing> pairings = new ArrayList<>(snapshots.size());
    for (CarePairingSnapshot s : snapshots) {
      pairings.add(CarePairing.restore(s));
    }
    return pairings;
  }

  private Object[] head(ResultSet r) throws SQLException {
    int need = r.getInt("need_code");
    if (need < 1 || need > NEEDS.size()) {
      throw Columns.rowInvalid("need_code", care);
    }
    String hash = r.getString("resident_hash");
    if (hash == null || !hash.matches("[0-9a-f]{64}")) {
      throw Columns.rowInvalid("resident_hash", care);
    }
    String volunteer = r.getString("volunteer_id");
    String team = r.getString("team_id");
    return new Object[] {
      PairingId.of(r.getString("pairing_id")),
      r.getLong("version"),
      new HashedIdentity(hash),
      NEEDS.get(need - 1),
      volunteer == null ? null : PartyId.of(volunteer),
      team == null ? null : TeamId.of(team),
      PartyId.of(r.getString("org_id")),
      r.getString("category_code"),
      PartyId.of(r.getString("paired_by")),
      Volunteering.instant(r, "paired"),
      Volunteering.instant(r, "ended"),
      r.getInt("n_visits")
    };
  }

  @Override
  public String toString() {
    return "JdbcCarePairings[" + care + "]";
  }
}
