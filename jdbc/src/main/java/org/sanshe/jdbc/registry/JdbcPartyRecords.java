package org.sanshe.jdbc.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.Ids;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.party.DualReport;
import org.sanshe.core.registry.party.JointBranch;
import org.sanshe.core.registry.party.PartyAffiliation;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyEvent;
import org.sanshe.core.registry.party.PartyOrganizationKind;
import org.sanshe.core.registry.party.PartyRecordId;
import org.sanshe.core.registry.party.PartyRecords;
import org.sanshe.core.registry.party.RecordedAffiliation;
import org.sanshe.core.registry.party.ServiceStation;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link PartyRecords} of a district on a relational database (schema component {@code party}):
 * joint branches in {@code pty_branch}, one row per organization's Party record in {@code
 * pty_affil}, dual reports in {@code pty_dual}, service stations in {@code pty_station}, and the
 * coverage counters in {@code pty_count} (organizations per street and kind, with the district).
 *
 * <p><b>Writes.</b> Each command is one transaction. Recording a Party record checks the joint
 * branch's street, compares the stored version with the one the writer read, writes the row ({@code
 * INSERT} for version 0, else {@code UPDATE ... WHERE version = ?}), moves the counters of the old
 * and the new (street, kind) in key order (so two writers never lock them in opposite orders) and
 * appends the event to the optional {@link JdbcOutbox}, all or nothing. A lost race for a new key
 * or a deadlock is retried a few times; the retry then sees the winner and refuses with the
 * command's code. A refused command changes nothing.
 *
 * <p><b>Reports.</b> {@link #coverage} reads at most four counter rows of a street, or sums the
 * counter rows of a district (four per street) by one grouped query; it never reads the Party
 * records, so its cost does not grow with the number of organizations, and the counters are data:
 * they are there after a restart.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source. Database
 * failures are {@link JdbcException}s with their codes (unavailable, retryable, conflict, failure).
 */
public final class JdbcPartyRecords implements PartyRecords {

  /** The schema of the Party tables. */
  public static final Schema SCHEMA =
      Schema.of(
          "party",
          JdbcPartyRecords.class.getClassLoader(),
          "META-INF/sanshe/schema/party",
          List.of("V1__party.sql"));

  private static final int WRITE_ATTEMPTS = 5;

  private final SansheJdbc jdbc;
  private final Clock clock;
  private final JdbcOutbox outbox;
  private final String branch;
  private final String affil;
  private final String count;
  private final String dual;
  private final String station;

  private JdbcPartyRecords(SansheJdbc jdbc, Clock clock, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.outbox = outbox;
    this.branch = jdbc.table("pty_branch");
    this.affil = jdbc.table("pty_affil");
    this.count = jdbc.table("pty_count");
    this.dual = jdbc.table("pty_dual");
    this.station = jdbc.table("pty_station");
  }

  /**
   * Creates or upgrades the Party tables with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the Party records over existing tables, checking the dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @param clock the clock that stamps records and events, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcPartyRecords open(SansheJdbc jdbc, Clock clock) {
    Objects.requireNonNull(jdbc, "jdbc");
    Objects.requireNonNull(clock, "clock");
    jdbc.verifyDialect();
    Migrator.of(jdbc).validate(SCHEMA);
    return new JdbcPartyRecords(jdbc, clock, null);
  }

  /**
   * Opens the Party records writing the event of every command to an outbox in the same
   * transaction.
   *
   * @param jdbc the database, not null
   * @param clock the clock that stamps records and events, not null
   * @param outbox the outbox in the same database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcPartyRecords open(SansheJdbc jdbc, Clock clock, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    open(jdbc, clock);
    return new JdbcPartyRecords(jdbc, clock, outbox);
  }

  // ------------------------------------------------------------------ writes

  private static String actor(String actor) {
    if (!Ids.valid(actor)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("actor id", "操作人编号"));
    }
    return actor;
  }

  private <T> T write(String operation, Writer<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbc.inTransaction(operation, work::run);
      } catch (JdbcException e) {
        boolean again = e.isConflict() || e.isRetryable();
        if (!again
            || attempt >= WRITE_ATTEMPTS
            || jdbc.transactionMode() == TransactionMode.EXTERNAL) {
          throw e;
        }
      }
    }
  }

  @FunctionalInterface
  private interface Writer<T> {
    T run(Connection c) throws SQLException;
  }

  private void publish(Connection c, String type, String id, long version, PartyEvent event)
      throws SQLException {
    if (outbox != null) {
      outbox.append(c, OutboxEvent.of(type, id, version, List.of(event), e -> event.at()));
    }
  }

  @Override
  public void formJointBranch(JointBranch b, String actor) {
    Objects.requireNonNull(b, "branch");
    actor(actor);
    Rows.text("branch_id", b.id().value(), 64);
    Rows.text("name", b.name(), 200);
    Instant at = clock.instant();
    long ms = Columns.millis("at", at);
    write(
        "form joint branch",
        c -> {
          if (branchStreet(c, b.id()) != null) {
            throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, b.id());
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO "
                      + branch
                      + " (branch_id, name, street, formed_day, recorded_by, at_ms, at_ns)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, b.id().value());
            p.setString(2, b.name());
            p.setString(3, b.street().value());
            Columns.setDate(p, 4, "formedOn", b.formedOn());
            p.setString(5, actor);
            p.setLong(6, ms);
            p.setInt(7, Columns.nanosOfMilli(at));
            p.executeUpdate();
          }
          publish(
              c,
              BRANCH_TYPE,
              b.id().value(),
              1,
              new PartyEvent.JointBranchFormed(b.id(), b.street(), b.formedOn(), actor, at));
          return null;
        });
  }

  @Override
  public RecordedAffiliation record(PartyAffiliation a, long expectedVersion, String actor) {
    Objects.requireNonNull(a, "affiliation");
    actor(actor);
    Rows.text("org_id", a.organization().value(), 64);
    Instant at = clock.instant();
    long ms = Columns.millis("at", at);
    RecordedAffiliation stored = new RecordedAffiliation(a, expectedVersion + 1, actor, at);
    return write(
        "record Party organization",
        c -> {
          if (a.jointBranch() != null) {
            String street = branchStreet(c, a.jointBranch());
            if (street == null) {
              throw new RegistryException(RegistryError.PARTY_BRANCH_UNKNOWN, a.jointBranch());
            }
            if (!street.equals(a.street().value())) {
              throw new RegistryException(
                  RegistryError.PARTY_JOINT_BRANCH_OTHER_STREET, a.organization(), a.jointBranch());
            }
          }
          Optional<RecordedAffiliation> old = affiliation(c, a.organization());
          long current = old.map(RecordedAffiliation::version).orElse(0L);
          if (current != expectedVersion) {
            throw new StaleVersionException(
                RegistryError.PARTY_VERSION_CONFLICT, a.organization(), expectedVersion, current);
          }
          String sql =
              expectedVersion == 0
                  ? "INSERT INTO "
                      + affil
                      + " (street, kind, branch_id, since_day, version, recorded_by, at_ms, at_ns,"
                      + " org_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  : "UPDATE "
                      + affil
                      + " SET street = ?, kind = ?, branch_id = ?, since_day = ?, version = ?,"
                      + " recorded_by = ?, at_ms = ?, at_ns = ? WHERE org_id = ? AND version = ?";
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, a.street().value());
            p.setString(2, a.kind().name());
            Columns.setText(p, 3, a.jointBranch() == null ? null : a.jointBranch().value());
            Columns.setDate(p, 4, "since", a.since());
            p.setLong(5, stored.version());
            p.setString(6, actor);
            p.setLong(7, ms);
            p.setInt(8, Columns.nanosOfMilli(at));
            p.setString(9, a.organization().value());
            if (expectedVersion != 0) {
              p.setLong(10, expectedVersion);
            }
            if (p.executeUpdate() != 1) {
              throw new StaleVersionException(
                  RegistryError.PARTY_VERSION_CONFLICT,
                  a.organization(),
                  expectedVersion,
                  affiliation(c, a.organization()).map(RecordedAffiliation::version).orElse(0L));
            }
          }
          Map<String, long[]> deltas = new TreeMap<>();
          old.ifPresent(o -> deltas.computeIfAbsent(key(o.affiliation()), k -> new long[1])[0]--);
          deltas.computeIfAbsent(key(a), k -> new long[1])[0]++;
          for (Map.Entry<String, long[]> d : deltas.entrySet()) {
            if (d.getValue()[0] != 0) {
              move(c, d.getKey(), d.getValue()[0]);
            }
          }
          publish(
              c,
              AGGREGATE_TYPE,
              a.organization().value(),
              stored.version(),
              new PartyEvent.AffiliationRecorded(a, stored.version(), actor, at));
          return stored;
        });
  }

  private static String key(PartyAffiliation a) {
    return a.street().value() + "/" + a.kind().name();
  }

  private void move(Connection c, String key, long delta) throws SQLException {
    String street = key.substring(0, key.indexOf('/'));
    String kind = key.substring(key.indexOf('/') + 1);
    try (PreparedStatement p =
        c.prepareStatement("UPDATE " + count + " SET n = n + ? WHERE street = ? AND kind = ?")) {
      p.setLong(1, delta);
      p.setString(2, street);
      p.setString(3, kind);
      if (p.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO " + count + " (street, kind, district, n) VALUES (?, ?, ?, ?)")) {
      p.setString(1, street);
      p.setString(2, kind);
      p.setString(3, street.substring(0, 6));
      p.setLong(4, delta);
      p.executeUpdate();
    }
  }

  @Override
  public void recordDualReport(DualReport r, String actor) {
    Objects.requireNonNull(r, "report");
    actor(actor);
    Rows.text("report_id", r.id().value(), 64);
    Instant at = clock.instant();
    long ms = Columns.millis("at", at);
    write(
        "record dual report",
        c -> {
          if (affiliation(c, r.organization()).isEmpty()) {
            throw new RegistryException(RegistryError.PARTY_ORGANIZATION_UNKNOWN, r.organization());
          }
          if (exists(c, dual, "report_id", r.id().value())) {
            throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, r.id());
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO "
                      + dual
                      + " (report_id, member_hash, org_id, community, direction, reported_day,"
                      + " recorded_by, at_ms, at_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, r.id().value());
            p.setString(2, r.member().hex());
            p.setString(3, r.organization().value());
            p.setString(4, r.community().value());
            p.setString(5, r.direction().name());
            Columns.setDate(p, 6, "reportedOn", r.reportedOn());
            p.setString(7, actor);
            p.setLong(8, ms);
            p.setInt(9, Columns.nanosOfMilli(at));
            p.executeUpdate();
          }
          publish(
              c,
              REPORT_TYPE,
              r.id().value(),
              1,
              new PartyEvent.DualReportRecorded(
                  r.id(), r.organization(), r.community(), r.direction(), actor, at));
          return null;
        });
  }

  @Override
  public void openStation(ServiceStation s, String actor) {
    Objects.requireNonNull(s, "station");
    actor(actor);
    Rows.text("station_id", s.id().value(), 64);
    Rows.text("name", s.name(), 200);
    s.hostIfAny().ifPresent(h -> Rows.text("host_id", h.value(), 64));
    Instant at = clock.instant();
    long ms = Columns.millis("at", at);
    write(
        "open service station",
        c -> {
          if (exists(c, station, "station_id", s.id().value())) {
            throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, s.id());
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO "
                      + station
                      + " (station_id, name, community, host_id, opened_day, recorded_by, at_ms,"
                      + " at_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.id().value());
            p.setString(2, s.name());
            p.setString(3, s.community().value());
            Columns.setText(p, 4, s.host() == null ? null : s.host().value());
            Columns.setDate(p, 5, "openedOn", s.openedOn());
            p.setString(6, actor);
            p.setLong(7, ms);
            p.setInt(8, Columns.nanosOfMilli(at));
            p.executeUpdate();
          }
          publish(
              c,
              STATION_TYPE,
              s.id().value(),
              1,
              new PartyEvent.StationOpened(s.id(), s.community(), actor, at));
          return null;
        });
  }

  // ------------------------------------------------------------------ reads

  private String branchStreet(Connection c, PartyRecordId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT street FROM " + branch + " WHERE branch_id = ?")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static boolean exists(Connection c, String table, String column, String key)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + column + " = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private Optional<RecordedAffiliation> affiliation(Connection c, OrganizationId org)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT street, kind, branch_id, since_day, version, recorded_by, at_ms, at_ns FROM "
                + affil
                + " WHERE org_id = ?")) {
      s.setString(1, org.value());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        try {
          String b = r.getString(3);
          PartyAffiliation a =
              new PartyAffiliation(
                  org,
                  DivisionCode.parse(r.getString(1)),
                  Rows.enumOf(PartyOrganizationKind.class, r.getString(2), "kind", affil),
                  b == null ? null : PartyRecordId.of(b),
                  Columns.getDate(r, "since_day"));
          return Optional.of(
              new RecordedAffiliation(
                  a, r.getLong(5), r.getString(6), Columns.instant(r.getLong(7), r.getInt(8))));
        } catch (SansheException e) {
          throw corrupt(e, affil);
        }
      }
    }
  }

  private static SansheException corrupt(SansheException e, String table) {
    return e.errorCode() == JdbcError.JDBC_ROW_INVALID ? e : Rows.corrupt("row", table, e);
  }

  @Override
  public Optional<RecordedAffiliation> affiliation(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return jdbc.read("find Party record", c -> affiliation(c, organization));
  }

  @Override
  public Optional<JointBranch> jointBranch(PartyRecordId id) {
    Objects.requireNonNull(id, "id");
    return jdbc.read(
        "find joint branch",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT name, street, formed_day FROM " + branch + " WHERE branch_id = ?")) {
            s.setString(1, id.value());
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              try {
                return Optional.of(
                    new JointBranch(
                        id,
                        r.getString(1),
                        DivisionCode.parse(r.getString(2)),
                        Columns.getDate(r, "formed_day")));
              } catch (SansheException e) {
                throw corrupt(e, branch);
              }
            }
          }
        });
  }

  @Override
  public List<OrganizationId> members(PartyRecordId b) {
    Objects.requireNonNull(b, "branch");
    return jdbc.read(
        "list joint branch members",
        c -> {
          if (branchStreet(c, b) == null) {
            throw new RegistryException(RegistryError.PARTY_BRANCH_UNKNOWN, b);
          }
          List<OrganizationId> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT org_id FROM " + affil + " WHERE branch_id = ? ORDER BY org_id")) {
            s.setString(1, b.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(OrganizationId.of(r.getString(1)));
              }
            }
          }
          out.sort(null);
          return List.copyOf(out);
        });
  }

  @Override
  public List<DualReport> dualReports(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return jdbc.read(
        "list dual reports",
        c -> {
          List<DualReport> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT report_id, member_hash, community, direction, reported_day FROM "
                      + dual
                      + " WHERE org_id = ? ORDER BY report_id")) {
            s.setString(1, organization.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                try {
                  out.add(
                      new DualReport(
                          PartyRecordId.of(r.getString(1)),
                          new HashedIdentity(r.getString(2)),
                          organization,
                          DivisionCode.parse(r.getString(3)),
                          Rows.enumOf(
                              DualReport.Direction.class, r.getString(4), "direction", dual),
                          Columns.getDate(r, "reported_day")));
                } catch (SansheException e) {
                  throw corrupt(e, dual);
                }
              }
            }
          }
          out.sort((x, y) -> x.id().compareTo(y.id()));
          return List.copyOf(out);
        });
  }

  @Override
  public List<ServiceStation> stations(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    return jdbc.read(
        "list service stations",
        c -> {
          List<ServiceStation> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT station_id, name, community, host_id, opened_day FROM "
                      + station
                      + " WHERE community LIKE ? ORDER BY station_id")) {
            s.setString(1, division.value() + "%");
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                try {
                  String host = r.getString(4);
                  out.add(
                      new ServiceStation(
                          PartyRecordId.of(r.getString(1)),
                          r.getString(2),
                          DivisionCode.parse(r.getString(3)),
                          host == null ? null : OrganizationId.of(host),
                          Columns.getDate(r, "opened_day")));
                } catch (SansheException e) {
                  throw corrupt(e, station);
                }
              }
            }
          }
          out.removeIf(st -> !st.community().isWithin(division));
          out.sort((x, y) -> x.id().compareTo(y.id()));
          return List.copyOf(out);
        });
  }

  @Override
  public PartyCoverage coverage(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    String sql;
    if (division.level() == DivisionLevel.TOWNSHIP) {
      sql = "SELECT street, kind, n FROM " + count + " WHERE street = ?";
    } else if (division.level() == DivisionLevel.COUNTY) {
      sql = "SELECT street, kind, n FROM " + count + " WHERE district = ?";
    } else {
      throw new RegistryException(RegistryError.PARTY_DIVISION_NOT_STREET, division);
    }
    Map<String, long[]> byStreet = counts(sql, division);
    long[] n = new long[PartyOrganizationKind.values().length];
    for (long[] s : byStreet.values()) {
      for (int k = 0; k < n.length; k++) {
        n[k] = Math.addExact(n[k], s[k]);
      }
    }
    return new PartyCoverage(division, n[0], n[1], n[2], n[3]);
  }

  @Override
  public List<PartyCoverage> coverageByStreet(DivisionCode district) {
    Objects.requireNonNull(district, "district");
    Map<String, long[]> byStreet =
        counts("SELECT street, kind, n FROM " + count + " WHERE district = ?", district);
    List<PartyCoverage> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : byStreet.entrySet()) {
      long[] n = e.getValue();
      out.add(new PartyCoverage(DivisionCode.parse(e.getKey()), n[0], n[1], n[2], n[3]));
    }
    return List.copyOf(out);
  }

  private Map<String, long[]> counts(String sql, DivisionCode division) {
    return jdbc.read(
        "read Party coverage",
        c -> {
          Map<String, long[]> out = new LinkedHashMap<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, division.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                PartyOrganizationKind k =
                    Rows.enumOf(PartyOrganizationKind.class, r.getString(2), "kind", count);
                long n = r.getLong(3);
                if (n < 0) {
                  throw Columns.rowInvalid("n", count);
                }
                out.computeIfAbsent(r.getString(1), x -> new long[4])[k.ordinal()] = n;
              }
            }
          }
          return new TreeMap<>(out);
        });
  }

  @Override
  public String toString() {
    return "JdbcPartyRecords[" + affil + "]";
  }
}
