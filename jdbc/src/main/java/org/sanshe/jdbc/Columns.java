package org.sanshe.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.organization.ServiceDomain;

/**
 * Checks and conversions for the column types of Sanshe's portable SQL subset, shared by the
 * stores: bounded texts (no NUL, no unpaired surrogate), instants as epoch milliseconds, dates as
 * epoch days, nullable columns. Every refusal is a coded {@link SansheException} naming the field,
 * never the value.
 *
 * <p>Stateless and thread-safe. Null arguments are refused with a {@link NullPointerException}
 * where not documented as allowed.
 */
public final class Columns {

  private Columns() {}

  /**
   * Checks that a text fits its column and can be stored by every supported database.
   *
   * @param field the field name, for the error, not null
   * @param value the text, or null (allowed, returned as is)
   * @param maxLength the column's length in characters (Unicode code points, as PostgreSQL's {@code
   *     VARCHAR(n)} and the domain's limits count them; a character outside the Basic Multilingual
   *     Plane is one)
   * @return the value
   * @throws SansheException with {@code JDBC_TEXT_TOO_LONG} or {@code JDBC_TEXT_INVALID}
   */
  public static String text(String field, String value, int maxLength) {
    Objects.requireNonNull(field, "field");
    if (value == null) {
      return null;
    }
    if (value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
      throw new SansheException(JdbcError.JDBC_TEXT_TOO_LONG, field, maxLength);
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      boolean unpaired;
      if (Character.isHighSurrogate(ch)) {
        unpaired = i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        i++;
      } else {
        unpaired = Character.isLowSurrogate(ch);
      }
      if (ch == '\0' || unpaired) {
        throw new SansheException(JdbcError.JDBC_TEXT_INVALID, field);
      }
    }
    return value;
  }

  /**
   * Converts an instant to epoch milliseconds, the portable time column (sub-millisecond parts are
   * dropped; store {@link #nanosOfMilli(Instant)} beside it to keep them).
   *
   * @param field the field name, for the error, not null
   * @param value the instant, not null
   * @return the epoch milliseconds
   * @throws SansheException with {@code JDBC_TIME_OUT_OF_RANGE}
   */
  public static long millis(String field, Instant value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    try {
      return value.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new SansheException(JdbcError.JDBC_TIME_OUT_OF_RANGE, field);
    }
  }

  /**
   * Returns the nanoseconds of an instant below the millisecond, 0 to 999,999.
   *
   * @param value the instant, not null
   * @return the nanoseconds
   */
  public static int nanosOfMilli(Instant value) {
    return value.getNano() % 1_000_000;
  }

  /**
   * Rebuilds an instant from epoch milliseconds and nanoseconds below the millisecond.
   *
   * @param millis the epoch milliseconds
   * @param nanos the nanoseconds, 0 to 999,999
   * @return the instant
   */
  public static Instant instant(long millis, int nanos) {
    return Instant.ofEpochMilli(millis).plusNanos(nanos);
  }

  /**
   * Binds a nullable text.
   *
   * @param s the statement, not null
   * @param index the parameter index
   * @param value the text, or null
   * @throws SQLException from the driver
   */
  public static void setText(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  /**
   * Binds a nullable date as epoch days (INTEGER column).
   *
   * @param s the statement, not null
   * @param index the parameter index
   * @param field the field name, for the error, not null
   * @param value the date, or null
   * @throws SQLException from the driver
   * @throws SansheException with {@code JDBC_TIME_OUT_OF_RANGE} beyond 32-bit epoch days
   */
  public static void setDate(PreparedStatement s, int index, String field, LocalDate value)
      throws SQLException {
    Objects.requireNonNull(field, "field");
    if (value == null) {
      s.setNull(index, Types.INTEGER);
      return;
    }
    long day = value.toEpochDay();
    if (day != (int) day) {
      throw new SansheException(JdbcError.JDBC_TIME_OUT_OF_RANGE, field);
    }
    s.setInt(index, (int) day);
  }

  /**
   * Reads a nullable date stored as epoch days.
   *
   * @param r the result set, not null
   * @param column the column label, not null
   * @return the date, or null
   * @throws SQLException from the driver
   */
  public static LocalDate getDate(ResultSet r, String column) throws SQLException {
    int day = r.getInt(column);
    return r.wasNull() ? null : LocalDate.ofEpochDay(day);
  }

  /**
   * Returns the error for a stored value this version cannot read.
   *
   * @param column the column, not null
   * @param table the table (without values), not null
   * @return the exception to throw
   */
  public static SansheException rowInvalid(String column, String table) {
    return new SansheException(JdbcError.JDBC_ROW_INVALID, column, table);
  }

  /**
   * Returns the preset service domains of a set as the bit mask the tables held before domains were
   * open (bit = index in {@link ServiceDomain#presets()}, the former enum's ordinal);
   * integrator-defined domains have no bit. Written beside {@link #domainCodes} so that rows stay
   * readable by the mask alone for the presets.
   *
   * @param domains the domains, not null
   * @return the mask, 0 for none
   */
  public static int presetDomainMask(Set<ServiceDomain> domains) {
    int mask = 0;
    List<ServiceDomain> presets = ServiceDomain.presets();
    for (ServiceDomain d : domains) {
      int bit = presets.indexOf(d);
      if (bit >= 0) {
        mask |= 1 << bit;
      }
    }
    return mask;
  }

  /**
   * Returns a set of service domains as one text column: the codes in code order, separated by
   * {@code ,} (codes hold no comma), or null for none.
   *
   * @param domains the domains, not null
   * @return the text, or null for an empty set
   */
  public static String domainCodes(Set<ServiceDomain> domains) {
    if (domains.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (ServiceDomain d : ServiceDomain.sortedSet(domains)) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(d.code());
    }
    return b.toString();
  }

  /**
   * Reads a set of service domains from its text column and the preset mask beside it. A row
   * written before the text column existed (text null or empty) is read from the mask alone; a
   * newer row from the text, whose presets must agree with the mask.
   *
   * @param codes the text column's value, or null
   * @param mask the mask column's value
   * @param codesColumn the text column's name, for errors, not null
   * @param maskColumn the mask column's name, for errors, not null
   * @param table the table, for errors, not null
   * @return the domains, sorted by code, unmodifiable
   * @throws SansheException with {@code JDBC_ROW_INVALID} naming the column for a malformed code, a
   *     code listed twice or out of order, a bit no preset has, or a mask that disagrees
   */
  public static Set<ServiceDomain> domains(
      String codes, int mask, String codesColumn, String maskColumn, String table) {
    Objects.requireNonNull(codesColumn, "codesColumn");
    Objects.requireNonNull(maskColumn, "maskColumn");
    Objects.requireNonNull(table, "table");
    List<ServiceDomain> presets = ServiceDomain.presets();
    if (mask < 0 || mask >>> presets.size() != 0) {
      throw rowInvalid(maskColumn, table);
    }
    List<ServiceDomain> out = new ArrayList<>();
    if (codes == null || codes.isEmpty()) {
      for (int bit = 0; bit < presets.size(); bit++) {
        if ((mask & (1 << bit)) != 0) {
          out.add(presets.get(bit));
        }
      }
      return ServiceDomain.sortedSet(out);
    }
    int from = 0;
    ServiceDomain previous = null;
    while (from <= codes.length()) {
      int comma = codes.indexOf(',', from);
      int to = comma < 0 ? codes.length() : comma;
      String code = codes.substring(from, to);
      if (!ServiceDomain.isCode(code)) {
        throw rowInvalid(codesColumn, table);
      }
      ServiceDomain d = ServiceDomain.of(code);
      if (previous != null && previous.compareTo(d) >= 0) {
        throw rowInvalid(codesColumn, table);
      }
      out.add(d);
      previous = d;
      from = to + 1;
    }
    Set<ServiceDomain> set = ServiceDomain.sortedSet(out);
    if (presetDomainMask(set) != mask) {
      throw rowInvalid(maskColumn, table);
    }
    return set;
  }
}
