package org.sanshe.deliberation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.jdbc.outbox.JdbcOutbox;

/**
 * What the affairs stores share: the kinds of aggregates in conflict messages, the refusal of an
 * update that changed no row, and the publication of a save's events. Stateless.
 */
final class Kinds {

  static final Wording MATTER = Wording.of("matter", "事项");
  static final Wording ESCALATION_CASE = Wording.of("escalation case", "督办案件");
  static final Wording CONSULTATION = Wording.of("consultation", "协商");

  private Kinds() {}

  /** Reads the stored version of a row by id, or null when there is no row. */
  static Long version(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, id);
      try (ResultSet r = st.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  /**
   * Says why an update by id and version changed no row: the aggregate is unknown, or another
   * writer stored a newer version.
   *
   * @param key the id as stored in the row
   * @return the exception to throw: {@code unknown} or {@code AFFAIRS_VERSION_CONFLICT}
   */
  static AffairsException refusedUpdate(
      Connection c,
      String selectVersion,
      String key,
      Object id,
      long read,
      Wording kind,
      AffairsError unknown)
      throws SQLException {
    Long stored = version(c, selectVersion, key);
    return stored == null
        ? new AffairsException(unknown, id)
        : new AffairsException(AffairsError.AFFAIRS_VERSION_CONFLICT, kind, id, read, stored);
  }

  /** Appends the events of one save to the outbox, in the save's transaction; no outbox, no-op. */
  static void publish(
      JdbcOutbox outbox,
      Connection c,
      String aggregateType,
      String id,
      long version,
      List<?> events,
      Function<Object, Instant> at)
      throws SQLException {
    if (outbox != null) {
      outbox.append(c, OutboxEvent.of(aggregateType, id, version, events, at));
    }
  }
}
