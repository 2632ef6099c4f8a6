package org.sanshe.jdbc.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessDecisionRecorded;
import org.sanshe.core.registry.access.AccessDecisions;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.Approval;
import org.sanshe.core.registry.access.BurdenReport;
import org.sanshe.core.registry.access.RefusalReason;
import org.sanshe.core.registry.access.ReportInterval;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.core.registry.access.TaskRequest;
import org.sanshe.core.registry.organization.Ids;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * The {@link AccessDecisions} of a district on a relational database (schema component {@code
 * access}): one row per decision in {@code acc_decision}, keyed by community and its number there,
 * the number of each community's decisions in {@code acc_counter}, and counters per community and
 * day in {@code acc_day}.
 *
 * <p>Recording is one transaction: the community's counter row is moved first ({@code UPDATE ...
 * SET n = n + 1}, so two writers on one community take turns and number its decisions without
 * gaps), then the decision row, the day's counters and the optional {@link JdbcOutbox} event, all
 * or nothing. A lost race for a new counter row is retried. The burden report reads the day
 * counters of the range (at most one row per day), never the decisions.
 *
 * <p>Immutable and thread-safe; every call borrows a connection from the data source. Database
 * failures are {@link JdbcException}s with their codes (unavailable, retryable, conflict, failure).
 */
public final class JdbcAccessDecisions implements AccessDecisions {

  /** The schema of the access tables. */
  public static final Schema SCHEMA =
      Schema.of(
          "access",
          JdbcAccessDecisions.class.getClassLoader(),
          "META-INF/sanshe/schema/access",
          List.of("V1__access.sql"));

  private static final int WRITE_ATTEMPTS = 5;
  private static final String COLUMNS =
      "task, department, handed_day, appr_body, appr_day, appr_ref, outcome, reason, e_title,"
          + " e_dept, e_basis, e_fen, e_task";

  private final SansheJdbc jdbc;
  private final Clock clock;
  private final JdbcOutbox outbox;
  private final String counter;
  private final String decision;
  private final String day;

  private JdbcAccessDecisions(SansheJdbc jdbc, Clock clock, JdbcOutbox outbox) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.outbox = outbox;
    this.counter = jdbc.table("acc_counter");
    this.decision = jdbc.table("acc_decision");
    this.day = jdbc.table("acc_day");
  }

  /**
   * Creates or upgrades the access tables with the built-in migrator.
   *
   * @param jdbc the database, not null
   * @throws JdbcException if the schema is newer than this code, was changed, or cannot be applied
   */
  public static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  /**
   * Opens the decisions over existing tables, checking the dialect and the schema version.
   *
   * @param jdbc the database, not null
   * @param clock the clock that stamps events, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcAccessDecisions open(SansheJdbc jdbc, Clock clock) {
    Objects.requireNonNull(jdbc, "jdbc");
    Objects.requireNonNull(clock, "clock");
    jdbc.verifyDialect();
    Migrator.of(jdbc).validate(SCHEMA);
    return new JdbcAccessDecisions(jdbc, clock, null);
  }

  /**
   * Opens the decisions writing an event per decision to an outbox in the same transaction.
   *
   * @param jdbc the database, not null
   * @param clock the clock that stamps events, not null
   * @param outbox the outbox in the same database, not null
   * @return the store
   * @throws JdbcException if the tables are missing or at another version, or the database refuses
   */
  public static JdbcAccessDecisions open(SansheJdbc jdbc, Clock clock, JdbcOutbox outbox) {
    Objects.requireNonNull(outbox, "outbox");
    open(jdbc, clock);
    return new JdbcAccessDecisions(jdbc, clock, outbox);
  }

  @Override
  public long record(AccessDecision d, String actor) {
    Objects.requireNonNull(d, "decision");
    if (!Ids.valid(actor)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("actor id", "操作人编号"));
    }
    TaskRequest r = d.request();
    Rows.text("task", r.task().value(), 64);
    if (d instanceof AccessDecision.Listed l) {
      Rows.text("e_task", l.entry().task().value(), 64);
    }
    Instant at = clock.instant();
    long ms = Columns.millis("at", at);
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbc.inTransaction(
            "record access decision",
            c -> {
              long seq = next(c, r.community().value());
              insert(c, d, seq, actor, ms, Columns.nanosOfMilli(at));
              count(c, d);
              if (outbox != null) {
                outbox.append(
                    c,
                    OutboxEvent.of(
                        AGGREGATE_TYPE,
                        r.community().value(),
                        seq,
                        List.of(new AccessDecisionRecorded(d, seq, actor, at)),
                        e -> at));
              }
              return seq;
            });
      } catch (JdbcException e) {
        if (!(e.isConflict() || e.isRetryable())
            || attempt >= WRITE_ATTEMPTS
            || jdbc.transactionMode() == TransactionMode.EXTERNAL) {
          throw e;
        }
      }
    }
  }

  private long next(Connection c, String community) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE " + counter + " SET n = n + 1 WHERE community = ?")) {
      p.setString(1, community);
      if (p.executeUpdate() == 0) {
        try (PreparedStatement i =
            c.prepareStatement("INSERT INTO " + counter + " (community, n) VALUES (?, 1)")) {
          i.setString(1, community);
          i.executeUpdate();
        }
        return 1;
      }
    }
    try (PreparedStatement s =
        c.prepareStatement("SELECT n FROM " + counter + " WHERE community = ?")) {
      s.setString(1, community);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw Columns.rowInvalid("n", counter);
        }
        return rs.getLong(1);
      }
    }
  }

  private void insert(Connection c, AccessDecision d, long seq, String actor, long ms, int ns)
      throws SQLException {
    TaskRequest r = d.request();
    Approval a = r.approval();
    AccessEntry e = d instanceof AccessDecision.Listed l ? l.entry() : null;
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO "
                + decision
                + " (community, seq, "
                + COLUMNS
                + ", recorded_by, at_ms, at_ns)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, r.community().value());
      p.setLong(2, seq);
      p.setString(3, r.task().value());
      p.setString(4, r.department());
      Columns.setDate(p, 5, "handedOn", r.handedOn());
      Columns.setText(p, 6, a == null ? null : a.approvingBody());
      Columns.setDate(p, 7, "approvedOn", a == null ? null : a.approvedOn());
      Columns.setText(p, 8, a == null ? null : a.reference());
      p.setString(9, outcome(d));
      Columns.setText(p, 10, d instanceof AccessDecision.Refused f ? f.reason().name() : null);
      Columns.setText(p, 11, e == null ? null : e.title());
      Columns.setText(p, 12, e == null ? null : e.department());
      Columns.setText(p, 13, e == null ? null : e.legalBasis());
      if (e == null) {
        p.setNull(14, Types.BIGINT);
      } else {
        p.setLong(14, e.funding().fen());
      }
      Columns.setText(p, 15, e == null ? null : e.task().value());
      p.setString(16, actor);
      p.setLong(17, ms);
      p.setInt(18, ns);
      p.executeUpdate();
    }
  }

  private static String outcome(AccessDecision d) {
    if (d instanceof AccessDecision.Listed) {
      return "LISTED";
    }
    return d instanceof AccessDecision.Approved ? "APPROVED" : "REFUSED";
  }

  private void count(Connection c, AccessDecision d) throws SQLException {
    BurdenReport.DayCount n = BurdenReport.DayCount.of(d.request().handedOn(), d);
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE "
                + day
                + " SET listed = listed + ?, approved = approved + ?, refused = refused + ?"
                + " WHERE community = ? AND epoch_day = ?")) {
      p.setInt(1, n.listed());
      p.setInt(2, n.approved());
      p.setInt(3, n.refused());
      p.setString(4, d.request().community().value());
      Columns.setDate(p, 5, "handedOn", n.day());
      if (p.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO "
                + day
                + " (community, epoch_day, listed, approved, refused) VALUES (?, ?, ?, ?, ?)")) {
      p.setString(1, d.request().community().value());
      Columns.setDate(p, 2, "handedOn", n.day());
      p.setInt(3, n.listed());
      p.setInt(4, n.approved());
      p.setInt(5, n.refused());
      p.executeUpdate();
    }
  }

  @Override
  public List<AccessDecision> inCommunity(DivisionCode community, LocalDate from, LocalDate until) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    return jdbc.read(
        "list access decisions",
        c -> {
          List<AccessDecision> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM "
                      + decision
                      + " WHERE community = ? AND handed_day >= ? AND handed_day < ?"
                      + " ORDER BY seq")) {
            s.setString(1, community.value());
            Columns.setDate(s, 2, "from", from);
            Columns.setDate(s, 3, "until", until);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(read(r, community));
              }
            }
          }
          return List.copyOf(out);
        });
  }

  private AccessDecision read(ResultSet r, DivisionCode community) throws SQLException {
    try {
      String body = r.getString(4);
      if (body != null && (r.getString(6) == null || Columns.getDate(r, "appr_day") == null)) {
        throw Columns.rowInvalid("appr_ref", decision);
      }
      Approval approval =
          body == null ? null : new Approval(body, Columns.getDate(r, "appr_day"), r.getString(6));
      TaskRequest request =
          new TaskRequest(
              TaskCode.of(r.getString(1)),
              r.getString(2),
              community,
              Columns.getDate(r, "handed_day"),
              approval);
      String outcome = r.getString(7);
      switch (outcome) {
        case "LISTED":
          long fen = r.getLong(12);
          if (r.wasNull()
              || r.getString(9) == null
              || r.getString(10) == null
              || r.getString(11) == null) {
            throw Columns.rowInvalid("e_fen", decision);
          }
          return new AccessDecision.Listed(
              request,
              new AccessEntry(
                  TaskCode.of(r.getString(13)),
                  r.getString(9),
                  r.getString(10),
                  r.getString(11),
                  Money.of(fen)));
        case "APPROVED":
          if (approval == null) {
            throw Columns.rowInvalid("appr_body", decision);
          }
          return new AccessDecision.Approved(request, approval);
        case "REFUSED":
          return new AccessDecision.Refused(
              request, Rows.enumOf(RefusalReason.class, r.getString(8), "reason", decision));
        default:
          throw Columns.rowInvalid("outcome", decision);
      }
    } catch (SansheException e) {
      if (e.errorCode() == JdbcError.JDBC_ROW_INVALID) {
        throw e;
      }
      throw Rows.corrupt("row", decision, e);
    }
  }

  @Override
  public BurdenReport report(
      DivisionCode community, LocalDate from, LocalDate until, ReportInterval period) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(period, "period");
    if (!until.isAfter(from)) {
      throw new RegistryException(RegistryError.ORGANIZATION_DATE_ORDER, until, from);
    }
    List<BurdenReport.DayCount> days =
        jdbc.read(
            "read burden report",
            c -> {
              List<BurdenReport.DayCount> out = new ArrayList<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT epoch_day, listed, approved, refused FROM "
                          + day
                          + " WHERE community = ? AND epoch_day >= ? AND epoch_day < ?")) {
                s.setString(1, community.value());
                Columns.setDate(s, 2, "from", from);
                Columns.setDate(s, 3, "until", until);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    try {
                      out.add(
                          new BurdenReport.DayCount(
                              Columns.getDate(r, "epoch_day"),
                              r.getInt(2),
                              r.getInt(3),
                              r.getInt(4)));
                    } catch (SansheException e) {
                      throw Rows.corrupt("epoch_day", day, e);
                    }
                  }
                }
              }
              return out;
            });
    return BurdenReport.ofDays(community, days, from, until, period);
  }

  @Override
  public String toString() {
    return "JdbcAccessDecisions[" + decision + "]";
  }
}
