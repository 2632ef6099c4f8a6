package org.sanshe.jdbc.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.sanshe.core.error.SansheException;
import org.sanshe.jdbc.Columns;
import org.sanshe.jdbc.JdbcError;

/** Small helpers shared by the registry stores: IN lists in chunks, enum columns. Stateless. */
final class Rows {

  /** The most keys bound in one IN list. */
  static final int CHUNK = 500;

  /** Statements queued before a batch is sent. */
  static final int BATCH = 1000;

  private Rows() {}

  /** Reads the rows of a query whose last clause is {@code IN} over a chunk of keys. */
  interface RowReader {
    void read(ResultSet r) throws SQLException;
  }

  /**
   * Runs {@code head + "(?, ?, ...)" + tail} for every chunk of keys, handing each row to a reader.
   */
  static void inChunks(
      Connection c, String head, String tail, Collection<String> keys, RowReader reader)
      throws SQLException {
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      StringJoiner marks = new StringJoiner(", ", "(", ")");
      for (int i = 0; i < chunk.size(); i++) {
        marks.add("?");
      }
      try (PreparedStatement s = c.prepareStatement(head + marks + tail)) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            reader.read(r);
          }
        }
      }
    }
  }

  /**
   * Checks text for a {@code VARCHAR(n)} column, whose length counts characters (code points), as
   * the domain's own limits do: {@link Columns#text} for NUL and unpaired surrogates, then at most
   * {@code maxCodePoints} code points.
   */
  static String text(String field, String value, int maxCodePoints) {
    Columns.text(field, value, Integer.MAX_VALUE);
    if (value != null && value.codePointCount(0, value.length()) > maxCodePoints) {
      throw new SansheException(JdbcError.JDBC_TEXT_TOO_LONG, field, maxCodePoints);
    }
    return value;
  }

  /**
   * Reads the rows of a child table joined to its parents: {@code sql} selects the parent id, the
   * parent's version and then the child's columns, with one string parameter ({@code key}). Rows of
   * parents not in {@code versions} (saved after the parents were read) are skipped.
   *
   * @return false if a parent's version is not the one read before (a writer came in between: read
   *     again), true when every row was handed to the reader
   */
  static boolean joined(
      Connection c, String sql, String key, Map<String, Long> versions, RowReader reader)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(1000);
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Long version = versions.get(r.getString(1));
          if (version == null) {
            continue;
          }
          if (version != r.getLong(2)) {
            return false;
          }
          reader.read(r);
        }
      }
    }
    return true;
  }

  /** Reads an enum stored by its constant name; an unknown name is a corrupt row. */
  static <E extends Enum<E>> E enumOf(Class<E> type, String name, String column, String table) {
    if (name == null) {
      throw Columns.rowInvalid(column, table);
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw Columns.rowInvalid(column, table);
    }
  }

  /** Wraps a domain refusal of a stored row: the row breaks a rule, so the row is corrupt. */
  static SansheException corrupt(String column, String table, SansheException cause) {
    SansheException e = Columns.rowInvalid(column, table);
    e.addSuppressed(cause);
    return e;
  }
}
