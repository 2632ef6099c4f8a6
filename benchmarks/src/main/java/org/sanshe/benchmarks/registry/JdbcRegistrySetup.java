package org.sanshe.benchmarks.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sanshe.jdbc.SansheJdbc;

/**
 * Where the registry benchmarks find PostgreSQL: {@code -Dsanshe.bench.jdbc.url=...}, by default
 * the throwaway server of {@code ../shared/tools/pg-throwaway start} (fsync on), and how they clear
 * their tables.
 */
final class JdbcRegistrySetup {

  static final String URL =
      System.getProperty(
          "sanshe.bench.jdbc.url", "jdbc:postgresql://127.0.0.1:55432/postgres?user=sanshe");

  private JdbcRegistrySetup() {}

  /** Drops every table whose name starts with the prefix (PostgreSQL catalogue). */
  static void dropTables(SansheJdbc jdbc) {
    jdbc.inTransaction(
        "drop benchmark tables",
        c -> {
          List<String> tables = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT table_name FROM information_schema.tables"
                      + " WHERE table_schema = current_schema() AND table_name LIKE ?")) {
            s.setString(1, jdbc.tablePrefix().replace("_", "\\_") + "%");
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                tables.add(r.getString(1));
              }
            }
          }
          drop(c, tables);
          return null;
        });
  }

  private static void drop(Connection c, List<String> tables) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
    }
  }
}
