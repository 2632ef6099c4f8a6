package org.sanshe.deliberation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sanshe.core.error.Wording;

/** The kinds of aggregates in conflict messages, and the version look-up. Stateless. */
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
}
