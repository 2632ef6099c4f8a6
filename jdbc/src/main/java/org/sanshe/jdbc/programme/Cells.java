package org.sanshe.jdbc.programme;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jdbc.Columns;

/** Column helpers of the programme stores. */
final class Cells {

  /** Rows per JDBC batch. */
  static final int BATCH = 1000;

  /** How often a read that raced a writer is tried again. */
  static final int READ_ATTEMPTS = 5;

  private Cells() {}

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

  /** Reads a service domain's code; a malformed or missing one makes the row unreadable. */
  static ServiceDomain domain(String code, String column, String table) {
    if (code == null || !ServiceDomain.isCode(code)) {
      throw Columns.rowInvalid(column, table);
    }
    return ServiceDomain.of(code);
  }

  /**
   * Wraps a domain refusal of a stored row: the row breaks a rule, so the row is corrupt; a cause
   * that already names the corrupt column is kept as it is.
   */
  static SansheException corrupt(String column, String table, SansheException cause) {
    if (cause.errorCode() == org.sanshe.jdbc.JdbcError.JDBC_ROW_INVALID) {
      return cause;
    }
    SansheException e = Columns.rowInvalid(column, table);
    e.addSuppressed(cause);
    return e;
  }

  /** Sets a nullable text column. */
  static void setText(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, java.sql.Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }
}
