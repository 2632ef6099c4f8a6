package org.sanshe.deliberation.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.Objection;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.consultation.Status;
import org.sanshe.deliberation.escalation.AuditEntry;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.migration.Schema;

/**
 * What the affairs stores share: the schema, the stable codes of enums in SMALLINT columns (the
 * position in a fixed table, from 1; never the ordinal, so that a reordered enum keeps its stored
 * codes) and instant columns (epoch milliseconds plus nanoseconds within the millisecond).
 * Stateless and thread-safe.
 */
final class AffairsRows {

  /** The schema of the affairs tables, component {@code affairs}. */
  static final Schema SCHEMA =
      Schema.of(
          "affairs",
          AffairsRows.class.getClassLoader(),
          "META-INF/sanshe/schema/affairs",
          List.of("V1__affairs.sql", "V2__matter_lifecycle.sql", "V3__open_channels.sql"));

  /** The longest free text stored (summaries, reasons, notes, minutes, decisions), in chars. */
  static final int MAX_TEXT = 2000;

  /** The preset channels' stored codes; integrator-defined channels are stored as 0 and text. */
  static final List<Channel> CHANNELS =
      List.of(
          Channel.GRID,
          Channel.VISIT,
          Channel.HOTLINE_12345,
          Channel.WECHAT_ACCOUNT,
          Channel.APP,
          Channel.VOLUNTEER_PATROL,
          Channel.HOTLINE_12349);

  static final List<Urgency> URGENCIES =
      List.of(Urgency.ROUTINE, Urgency.URGENT, Urgency.EMERGENCY);
  static final List<ResolutionPath> PATHS =
      List.of(
          ResolutionPath.COMMUNITY_DELIBERATION,
          ResolutionPath.SOCIAL_ORGANIZATION_SERVICE,
          ResolutionPath.REFERRAL);
  static final List<Level> LEVELS =
      List.of(
          Level.VOLUNTEER,
          Level.SOCIAL_WORKER,
          Level.COMMUNITY_OR_DEPARTMENT,
          Level.HEAD_OFFICE_MEETING);
  static final List<AuditEntry.Action> ACTIONS =
      List.of(
          AuditEntry.Action.OPENED,
          AuditEntry.Action.ESCALATED_OVERDUE,
          AuditEntry.Action.HANDED_UP,
          AuditEntry.Action.CLOSED);

  /** The preset forms in their stored order (codes 1..5); an integrator-defined form is 0. */
  static final List<ConsultationForm> FORMS = ConsultationForm.presets();

  static final List<Status> STATUSES =
      List.of(
          Status.PROPOSED,
          Status.ACCEPTED,
          Status.PUBLISHED,
          Status.DELIBERATING,
          Status.DECIDED,
          Status.PUBLICIZED,
          Status.IMPLEMENTING,
          Status.REVIEWED,
          Status.REJECTED,
          Status.WITHDRAWN);
  static final List<Party> PARTIES =
      List.of(
          Party.PARTY_ORGANIZATION,
          Party.RESIDENTS_COMMITTEE,
          Party.SOCIAL_ORGANIZATION,
          Party.RESIDENT_UNIT,
          Party.RESIDENT,
          Party.OWNERS_COMMITTEE,
          Party.PROPERTY_COMPANY);
  static final List<Objection.Outcome> OUTCOMES =
      List.of(
          Objection.Outcome.PENDING,
          Objection.Outcome.UPHELD,
          Objection.Outcome.DISMISSED,
          Objection.Outcome.MOOT);

  private AffairsRows() {}

  /** Returns the stable code of a value: its position in the table, from 1. */
  static <E> int code(List<E> table, E value) {
    int i = table.indexOf(Objects.requireNonNull(value, "value"));
    if (i < 0) {
      throw new IllegalStateException("no stored code for " + value);
    }
    return i + 1;
  }

  /** Reads a stable code back, refusing a code this version does not know. */
  static <E> E decode(List<E> table, int code, String column, String tableName) {
    if (code < 1 || code > table.size()) {
      throw Columns.rowInvalid(column, tableName);
    }
    return table.get(code - 1);
  }

  /** Binds an instant to two columns; returns the next index. */
  static int setInstant(PreparedStatement s, int i, String field, Instant t) throws SQLException {
    s.setLong(i, Columns.millis(field, t));
    s.setInt(i + 1, Columns.nanosOfMilli(t));
    return i + 2;
  }

  /** Binds a nullable instant to two columns; returns the next index. */
  static int setNullableInstant(PreparedStatement s, int i, String field, Instant t)
      throws SQLException {
    if (t == null) {
      s.setNull(i, Types.BIGINT);
      s.setNull(i + 1, Types.INTEGER);
      return i + 2;
    }
    return setInstant(s, i, field, t);
  }

  /** Reads an instant from two columns. */
  static Instant instant(ResultSet r, int i) throws SQLException {
    return Columns.instant(r.getLong(i), r.getInt(i + 1));
  }

  /** Reads a nullable instant from two columns. */
  static Instant nullableInstant(ResultSet r, int i) throws SQLException {
    long ms = r.getLong(i);
    if (r.wasNull()) {
      return null;
    }
    return Columns.instant(ms, r.getInt(i + 1));
  }

  /** Checks a required free text for its column. */
  static String text(String field, String value) {
    return Columns.text(field, value, MAX_TEXT);
  }

  /** A text stored as NULL when empty (the empty string and NULL are not told apart). */
  static String emptyAsNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Reads a text stored NULL when empty. */
  static String nullAsEmpty(String value) {
    return value == null ? "" : value;
  }
}
