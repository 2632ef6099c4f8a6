package org.sanshe.timebank.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.error.TimeBankException;

/** What the volunteering stores share: their schema component and small row helpers. */
final class Volunteering {

  /** The schema component of teams and activities ({@code vo_*} tables). */
  static final Schema SCHEMA =
      Schema.of(
          "volunteering",
          Volunteering.class.getClassLoader(),
          "META-INF/sanshe/schema/volunteering",
          List.of("V1__volunteering.sql", "V2__rotas_and_care.sql", "V3__volunteer_rotas.sql"));

  private Volunteering() {}

  static void migrate(SansheJdbc jdbc) {
    Migrator.of(Objects.requireNonNull(jdbc, "jdbc")).migrate(SCHEMA);
  }

  static void validate(SansheJdbc jdbc) {
    Objects.requireNonNull(jdbc, "jdbc");
    SansheJdbc local = jdbc.withTransactionMode(TransactionMode.LOCAL);
    local.verifyDialect();
    Migrator.of(local).validate(SCHEMA);
  }

  static void publish(
      JdbcOutbox outbox,
      Connection c,
      String type,
      String id,
      long version,
      List<?> events,
      Function<Object, Instant> at)
      throws SQLException {
    if (outbox != null) {
      outbox.append(c, OutboxEvent.of(type, id, version, events, at));
    }
  }

  /** The error of an update that changed no row: unknown id or stale version. */
  static TimeBankException refused(
      Connection c, String selectVersion, String id, long read, Wording kind) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(selectVersion)) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return StoreRules.unknown(kind);
        }
        return StoreRules.conflict(kind, read, r.getLong(1));
      }
    }
  }

  static int setInstant(PreparedStatement s, int i, String field, Instant value)
      throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
      s.setNull(i + 1, Types.INTEGER);
    } else {
      s.setLong(i, Columns.millis(field, value));
      s.setInt(i + 1, Columns.nanosOfMilli(value));
    }
    return i + 2;
  }

  static Instant instant(ResultSet r, String column) throws SQLException {
    long ms = r.getLong(column + "_ms");
    if (r.wasNull()) {
      return null;
    }
    return Columns.instant(ms, r.getInt(column + "_ns"));
  }

  static String text(ResultSet r, String column) throws SQLException {
    String s = r.getString(column);
    return s == null ? "" : s;
  }

  static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
