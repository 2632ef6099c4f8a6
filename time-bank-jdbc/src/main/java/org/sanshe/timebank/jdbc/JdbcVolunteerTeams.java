package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.team.TeamEvent;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.TeamSnapshot;
import org.sanshe.timebank.team.VolunteerTeam;
import org.sanshe.timebank.team.VolunteerTeams;

/**
 * Volunteer teams in a relational database: {@code vo_team} (one row per team, its version checked
 * by {@code UPDATE ... WHERE version = ?}) and {@code vo_member} (its members, rewritten on each
 * save in the same transaction). Queries page by id in SQL ({@code setMaxRows}, no LIMIT). With a
 * {@link JdbcOutbox}, the events of a save are written in the save's transaction. Schema component
 * {@code volunteering}, DDL in {@code META-INF/sanshe/schema/volunteering/}. Immutable and
 * thread-safe; every call borrows a connection.
 */
public final class JdbcVolunteerTeams implements VolunteerTeams {

  /** The schema of the volunteering tables (shared with {@link JdbcActivities}). */
  public static final Schema SCHEMA = Volunteering.SCHEMA;

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "volunteer-team";

  private static final String COLUMNS =
      "team_id, version, team_name, community_code, org_id, leader_id, guide_id, formed_ms,"
          + " formed_ns, dissolved_ms, dissolved_ns";

  private final SansheJdbc jdbc;
  private final JdbcOutbox outbox;
  private final String team;
  private final String member;
  private final String insert;
  private final String update;
  private final String selectVersion;

  private JdbcVolunteerTeams(SansheJdbc jdbc, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.team = jdbc.table("vo_team");
    this.member = jdbc.table("vo_member");
    this.insert =
        "INSERT INTO " + team + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.update =
        "UPDATE "
            + team
            + " SET version = ?, team_name = ?, community_code = ?, org_id = ?, leader_id = ?,"
            + " guide_id = ?, formed_ms = ?, formed_ns = ?, dissolved_ms = ?, dissolved_ns = ?"
            + " WHERE team_id = ? AND version = ?";
    this.selectVersion = "SELECT version FROM " + team + " WHERE team_id = ?";
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
  public static JdbcVolunteerTeams open(SansheJdbc jdbc) {
    Volunteering.validate(jdbc);
    return new JdbcVolunteerTeams(jdbc, null);
  }

  /**
   * Opens the store writing the events of every save to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param outbox the outbox on the same database, not null
   * @return the store
   * @throws JdbcException as {@link #open(SansheJdbc)}
   */
  public static JdbcVolunteerTeams open(SansheJdbc jdbc, JdbcOutbox outbox) {
    Volunteering.validate(jdbc);
    return new JdbcVolunteerTeams(jdbc, Objects.requireNonNull(outbox, "outbox"));
  }

  private static void check(TeamSnapshot s) {
    Columns.text("team_name", s.name(), VolunteerTeam.MAX_NAME);
  }

  private int bind(PreparedStatement st, int i, TeamSnapshot s) throws SQLException {
    st.setString(i++, s.name());
    st.setString(i++, s.community().value());
    Columns.setText(st, i++, s.organization() == null ? null : s.organization().value());
    st.setString(i++, s.leader().value());
    Columns.setText(st, i++, s.guide() == null ? null : s.guide().value());
    i = Volunteering.setInstant(st, i, "formedAt", s.formedAt());
    return Volunteering.setInstant(st, i, "dissolvedAt", s.dissolvedAt());
  }

  private void writeMembers(Connection c, TeamSnapshot s, boolean replace) throws SQLException {
    if (replace) {
      try (PreparedStatement st =
          c.prepareStatement("DELETE FROM " + member + " WHERE team_id = ?")) {
        st.setString(1, s.id().value());
        st.executeUpdate();
      }
    }
    try (PreparedStatement st =
        c.prepareStatement("INSERT INTO " + member + " (team_id, member_id) VALUES (?, ?)")) {
      for (PartyId m : s.members()) {
        st.setString(1, s.id().value());
        st.setString(2, m.value());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void publish(Connection c, VolunteerTeam t, long version) throws SQLException {
    Volunteering.publish(
        outbox,
        c,
        AGGREGATE_TYPE,
        t.id().value(),
        version,
        t.pendingEvents(),
        e -> ((TeamEvent) e).at());
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcException if the database fails (nothing is written)
   */
  @Override
  public void add(VolunteerTeam t) {
    Objects.requireNonNull(t, "team");
    TeamSnapshot s = t.snapshot();
    check(s);
    if (s.version() != 0) {
      throw StoreRules.conflict(VolunteerTeam.KIND, s.version(), 0);
    }
    try {
      jdbc.inTransaction(
          "add volunteer team",
          c -> {
            try (PreparedStatement st = c.prepareStatement(insert)) {
              st.setString(1, s.id().value());
              st.setLong(2, 1);
              bind(st, 3, s);
              st.executeUpdate();
            }
            writeMembers(c, s, false);
            publish(c, t, 1);
            return null;
          });
    } catch (JdbcException e) {
      if (e.isConflict()) {
        throw StoreRules.duplicate(VolunteerTeam.KIND);
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
  public void update(VolunteerTeam t) {
    Objects.requireNonNull(t, "team");
    TeamSnapshot s = t.snapshot();
    check(s);
    jdbc.inTransaction(
        "update volunteer team",
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
                c, selectVersion, s.id().value(), s.version(), VolunteerTeam.KIND);
          }
          writeMembers(c, s, true);
          publish(c, t, s.version() + 1);
          return null;
        });
  }

  @Override
  public Optional<VolunteerTeam> find(TeamId id) {
    Objects.requireNonNull(id, "id");
    List<VolunteerTeam> found =
        query("SELECT " + COLUMNS + " FROM " + team + " WHERE team_id = ?", 1, id.value());
    return found.stream().findFirst();
  }

  @Override
  public List<VolunteerTeam> ofCommunity(DivisionCode community, TeamId after, int max) {
    Objects.requireNonNull(community, "community");
    StoreRules.checkPage(max);
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + team
            + " WHERE community_code = ?"
            + (after == null ? "" : " AND team_id > ?")
            + " ORDER BY team_id";
    return after == null
        ? query(sql, max, community.value())
        : query(sql, max, community.value(), after.value());
  }

  @Override
  public List<VolunteerTeam> ofMember(PartyId m, TeamId after, int max) {
    Objects.requireNonNull(m, "member");
    StoreRules.checkPage(max);
    String sql =
        "SELECT "
            + COLUMNS.replace("team_id,", "t.team_id,")
            + " FROM "
            + team
            + " t JOIN "
            + member
            + " m ON m.team_id = t.team_id WHERE m.member_id = ? AND t.dissolved_ms IS NULL"
            + (after == null ? "" : " AND t.team_id > ?")
            + " ORDER BY t.team_id";
    return after == null ? query(sql, max, m.value()) : query(sql, max, m.value(), after.value());
  }

  private List<VolunteerTeam> query(String sql, int max, String... args) {
    List<TeamSnapshot> snapshots =
        jdbc.read(
            "read volunteer teams",
            c -> {
              Map<String, Object[]> rows = new LinkedHashMap<>();
              try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setMaxRows(max);
                for (int i = 0; i < args.length; i++) {
                  st.setString(i + 1, args[i]);
                }
                try (ResultSet r = st.executeQuery()) {
                  while (r.next()) {
                    rows.put(r.getString("team_id"), row(r));
                  }
                }
              }
              List<TeamSnapshot> out = new ArrayList<>(rows.size());
              try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT member_id FROM "
                          + member
                          + " WHERE team_id = ? ORDER BY member_id")) {
                for (Map.Entry<String, Object[]> e : rows.entrySet()) {
                  st.setString(1, e.getKey());
                  List<PartyId> members = new ArrayList<>();
                  try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                      members.add(PartyId.of(r.getString(1)));
                    }
                  }
                  out.add(snapshot(e.getValue(), members));
                }
              }
              return out;
            });
    return snapshots.stream().map(VolunteerTeam::restore).toList();
  }

  private Object[] row(ResultSet r) throws SQLException {
    String org = r.getString("org_id");
    String guide = r.getString("guide_id");
    String community = r.getString("community_code");
    if (!DivisionCode.isValid(community)) {
      throw Columns.rowInvalid("community_code", team);
    }
    return new Object[] {
      TeamId.of(r.getString("team_id")),
      r.getLong("version"),
      r.getString("team_name"),
      DivisionCode.parse(community),
      org == null ? null : PartyId.of(org),
      PartyId.of(r.getString("leader_id")),
      guide == null ? null : PartyId.of(guide),
      Volunteering.instant(r, "formed"),
      Volunteering.instant(r, "dissolved")
    };
  }

  private static TeamSnapshot snapshot(Object[] v, List<PartyId> members) {
    return new TeamSnapshot(
        (TeamId) v[0],
        (Long) v[1],
        (String) v[2],
        (DivisionCode) v[3],
        (PartyId) v[4],
        (PartyId) v[5],
        (PartyId) v[6],
        members,
        (java.time.Instant) v[7],
        (java.time.Instant) v[8]);
  }

  @Override
  public String toString() {
    return "JdbcVolunteerTeams[" + team + "]";
  }
}
