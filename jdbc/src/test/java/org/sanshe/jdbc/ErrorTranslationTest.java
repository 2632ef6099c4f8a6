package org.sanshe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.testing.TestDatabase;

class ErrorTranslationTest {

  private static final String SECRET = "resident-110105194912310021";

  private SansheJdbc jdbc;
  private String table;

  @BeforeEach
  void create_a_table() {
    jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    table = jdbc.table("holder");
    jdbc.inTransaction(
        "create table",
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("create table " + table + " (id varchar(40) not null primary key, n bigint)");
          }
          return null;
        });
  }

  private int insert(Connection c, String id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("insert into " + table + " (id, n) values (?, 0)")) {
      p.setString(1, id);
      return p.executeUpdate();
    }
  }

  private static void assertNoValues(JdbcException e) {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
      assertThat(e.message(locale)).doesNotContain(SECRET).doesNotContain("insert into");
    }
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void a_unique_violation_is_a_conflict_that_keeps_the_cause_but_not_the_value() {
    jdbc.inTransaction("add holder", c -> insert(c, SECRET));

    assertThatThrownBy(() -> jdbc.inTransaction("add holder", c -> insert(c, SECRET)))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_CONFLICT);
              assertThat(e.isConflict()).isTrue();
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.sqlState()).isEqualTo("23505");
              assertThat(e.getMessage()).contains("add holder", "23505");
              assertThat(e.getCause()).isInstanceOf(SQLException.class);
              assertNoValues(e);
            });
  }

  @Test
  void a_serialization_failure_is_retryable() throws SQLException {
    jdbc.inTransaction("add holder", c -> insert(c, "a"));
    try (Connection one = TestDatabase.dataSource().getConnection();
        Connection two = TestDatabase.dataSource().getConnection()) {
      for (Connection c : new Connection[] {one, two}) {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      }
      // write skew: each reads the sum, then writes a row the other's read depended on
      sum(one);
      sum(two);
      insert(one, "b");
      insert(two, "c");
      one.commit();
      SQLException failure =
          org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, two::commit);
      two.rollback();

      JdbcException e = jdbc.translate(failure, "add holder");
      assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_RETRYABLE);
      assertThat(e.isRetryable()).isTrue();
      assertThat(e.sqlState()).isEqualTo("40001");
      assertThat(e.getCause()).isSameAs(failure);
    }
  }

  private long sum(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void other_sql_failures_are_plain_failures() {
    assertThatThrownBy(
            () ->
                jdbc.read(
                    "read holders",
                    c -> c.createStatement().executeQuery("select nothing from " + table)))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_FAILURE);
              assertThat(e.sqlState()).isEqualTo("42703");
              assertThat(e.getMessage()).contains("read holders", "42703");
            });
  }

  @Test
  void sql_states_and_exception_types_map_to_codes() {
    assertThat(code(new SQLException("x", "23503"))).isEqualTo(JdbcError.JDBC_CONFLICT);
    assertThat(code(new SQLException("x", "23000"))).isEqualTo(JdbcError.JDBC_CONFLICT);
    assertThat(code(new SQLException("x", "40001"))).isEqualTo(JdbcError.JDBC_RETRYABLE);
    assertThat(code(new SQLException("x", "40P01"))).isEqualTo(JdbcError.JDBC_RETRYABLE);
    assertThat(code(new SQLException("x", "40002"))).isEqualTo(JdbcError.JDBC_FAILURE);
    assertThat(code(new SQLException("x", "08006"))).isEqualTo(JdbcError.JDBC_UNAVAILABLE);
    assertThat(code(new SQLException("x", "08001"))).isEqualTo(JdbcError.JDBC_UNAVAILABLE);
    assertThat(code(new SQLException("x", "57P01"))).isEqualTo(JdbcError.JDBC_UNAVAILABLE);
    assertThat(code(new SQLNonTransientConnectionException("x")))
        .isEqualTo(JdbcError.JDBC_UNAVAILABLE);
    assertThat(code(new SQLTransientConnectionException("x")))
        .isEqualTo(JdbcError.JDBC_UNAVAILABLE);
    assertThat(code(new SQLIntegrityConstraintViolationException("x")))
        .isEqualTo(JdbcError.JDBC_CONFLICT);
    assertThat(code(new SQLTransactionRollbackException("x"))).isEqualTo(JdbcError.JDBC_RETRYABLE);
    assertThat(code(new SQLException("x", "42P01"))).isEqualTo(JdbcError.JDBC_FAILURE);
    assertThat(code(new SQLException("x"))).isEqualTo(JdbcError.JDBC_FAILURE);
    SQLException chained = new SQLException("batch failed");
    chained.setNextException(new SQLException("x", "23505"));
    assertThat(code(chained)).isEqualTo(JdbcError.JDBC_CONFLICT);
    assertThat(jdbc.translate(new SQLException("x"), "op").getMessage()).contains("op", "-");
  }

  private JdbcError code(SQLException e) {
    return (JdbcError) jdbc.translate(e, "op").errorCode();
  }

  @Test
  void a_data_source_that_refuses_makes_every_call_unavailable() {
    SansheJdbc refused =
        SansheJdbc.builder(Connections.refusing()).dialect(Dialect.POSTGRESQL).build();

    assertThatThrownBy(() -> refused.inTransaction("append journal", c -> 1))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.isUnavailable()).isTrue();
              assertThat(e.getMessage()).contains("append journal").doesNotContain("alice");
            });
    assertThatThrownBy(() -> refused.read("read journal", c -> 1))
        .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
  }

  @Test
  void a_stopped_server_is_unavailable_and_work_resumes_after_it_starts_again() {
    jdbc.inTransaction("add holder", c -> insert(c, "before"));
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> jdbc.inTransaction("add holder", c -> insert(c, "during")))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE);
                assertThat(e.getMessage()).contains("add holder");
              });
    } finally {
      TestDatabase.start();
    }
    jdbc.inTransaction("add holder", c -> insert(c, "after"));
    long count =
        jdbc.read(
            "count",
            c -> {
              try (Statement s = c.createStatement();
                  ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
              }
            });
    assertThat(count).isEqualTo(2L);
  }

  @Test
  void a_connection_lost_in_the_middle_of_work_is_unavailable() throws SQLException {
    Connection victim = TestDatabase.dataSource().getConnection();
    SansheJdbc bound =
        SansheJdbc.builder(Connections.bound(victim)).dialect(Dialect.POSTGRESQL).build();
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> bound.inTransaction("add holder", c -> insert(c, "x")))
          .isInstanceOfSatisfying(
              JdbcException.class, e -> assertThat(e.isUnavailable()).as(e.toString()).isTrue());
    } finally {
      TestDatabase.start();
      victim.close();
    }
  }
}
