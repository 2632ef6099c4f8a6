package org.sanshe.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The database families Sanshe's SQL runs on, chosen once from {@link
 * DatabaseMetaData#getDatabaseProductName()} or set by the integrator.
 *
 * <p>All share one portable SQL subset (see the {@code org.sanshe.jdbc} package documentation);
 * only the DDL differs, in type names, so each dialect names the folder of its DDL resources.
 * PostgreSQL is the tested dialect. Enum constants are immutable and thread-safe.
 */
public enum Dialect {
  /** PostgreSQL. */
  POSTGRESQL("postgresql"),
  /** openGauss (华为), derived from PostgreSQL: the PostgreSQL DDL. */
  OPENGAUSS("postgresql"),
  /** KingbaseES (人大金仓), derived from PostgreSQL: the PostgreSQL DDL. */
  KINGBASE("postgresql"),
  /** Dameng DM (达梦), Oracle-flavoured: its own DDL. */
  DAMENG("dameng");

  private final String schemaFolder;

  Dialect(String schemaFolder) {
    this.schemaFolder = schemaFolder;
  }

  /**
   * Returns the folder of this dialect's DDL resources, such as {@code postgresql}.
   *
   * @return the folder name, never null
   */
  public String schemaFolder() {
    return schemaFolder;
  }

  /**
   * Returns the statement that opens a read transaction keeping one snapshot for all its
   * statements, run as the first statement after autocommit is set off: {@code SET TRANSACTION
   * ISOLATION LEVEL REPEATABLE READ} on the PostgreSQL family (a snapshot taken at the first query,
   * which a read-only transaction never has to retry) and {@code SET TRANSACTION ISOLATION LEVEL
   * SERIALIZABLE} on Dameng (Oracle-flavoured: transaction-level read consistency). The Dameng
   * statement has not been run against a Dameng server.
   *
   * @return the SQL statement, never null
   */
  public String snapshotReadStatement() {
    return this == DAMENG
        ? "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"
        : "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
  }

  /**
   * Chooses the dialect for a product name as reported by {@link
   * DatabaseMetaData#getDatabaseProductName()}: {@code PostgreSQL}, {@code openGauss}, {@code
   * KingbaseES}, {@code DM DBMS} (case-insensitive).
   *
   * @param productName the product name, may be null
   * @return the dialect
   * @throws JdbcException {@link JdbcError#JDBC_DIALECT_UNKNOWN} for any other product
   */
  public static Dialect forProductName(String productName) {
    String name = productName == null ? "" : productName.trim().toLowerCase(Locale.ROOT);
    if (name.contains("opengauss")) {
      return OPENGAUSS;
    }
    if (name.contains("kingbase")) {
      return KINGBASE;
    }
    if (name.equals("dm") || name.startsWith("dm dbms") || name.contains("dameng")) {
      return DAMENG;
    }
    if (name.equals("postgresql")) {
      return POSTGRESQL;
    }
    throw new JdbcException(
        JdbcError.JDBC_DIALECT_UNKNOWN, productName == null ? "(none)" : productName.trim());
  }

  /**
   * Detects the dialect of the database behind a data source, borrowing one connection.
   *
   * @param dataSource the data source, not null
   * @return the dialect
   * @throws JdbcException {@link JdbcError#JDBC_DIALECT_UNKNOWN} for an unsupported product, {@link
   *     JdbcError#JDBC_UNAVAILABLE} when no connection is handed out
   */
  public static Dialect detect(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw SqlStates.unavailable(e, "detect dialect");
    }
    try (connection) {
      return forProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw SqlStates.translate(e, "detect dialect");
    }
  }
}
