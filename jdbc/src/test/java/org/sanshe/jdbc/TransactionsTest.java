package org.sanshe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.testing.TestDatabase;

class TransactionsTest {

  private SansheJdbc local;
  private String table;

  @BeforeEach
  void create_a_table() {
    local =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    table = local.table("item");
    local.inTransaction(
        "create table",
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "create table " + table + " (id bigint not null primary key, note varchar(40))");
          }
          return null;
        });
  }

  private static int insert(Connection c, String table, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("insert into " + table + " (id) values (?)")) {
      p.setLong(1, id);
      return p.executeUpdate();
    }
  }

  private long count() {
    return local.read(
        "count",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void local_work_is_committed_and_autocommit_is_restored() {
    Connections.Recording recording = new Connections.Recording(TestDatabase.jdbcUrl());
    SansheJdbc jdbc =
        SansheJdbc.builder(recording)
            .dialect(Dialect.POSTGRESQL)
            .tablePrefix(local.tablePrefix())
            .build();

    int rows = jdbc.inTransaction("insert", c -> insert(c, table, 1) + insert(c, table, 2));

    assertThat(rows).isEqualTo(2);
    assertThat(count()).isEqualTo(2);
    assertThat(recording.calls)
        .containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)", "close");
  }

  @Test
  void local_work_that_fails_in_sql_is_rolled_back_entirely() {
    Connections.Recording recording = new Connections.Recording(TestDatabase.jdbcUrl());
    SansheJdbc jdbc =
        SansheJdbc.builder(recording)
            .dialect(Dialect.POSTGRESQL)
            .tablePrefix(local.tablePrefix())
            .build();

    assertThatThrownBy(
            () ->
                jdbc.inTransaction("insert twice", c -> insert(c, table, 7) + insert(c, table, 7)))
        .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isConflict()).isTrue());

    assertThat(count()).isZero();
    assertThat(recording.calls)
        .containsExactly("setAutoCommit(false)", "rollback", "setAutoCommit(true)", "close");
  }

  @Test
  void local_work_that_throws_a_runtime_exception_is_rolled_back_and_the_exception_passes() {
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                local.inTransaction(
                    "insert then fail",
                    c -> {
                      insert(c, table, 1);
                      throw boom;
                    }))
        .isSameAs(boom);
    assertThat(count()).isZero();
  }

  @Test
  void external_mode_never_touches_autocommit_commit_or_rollback() {
    Connections.Recording recording = new Connections.Recording(TestDatabase.jdbcUrl());
    SansheJdbc jdbc =
        SansheJdbc.builder(recording)
            .dialect(Dialect.POSTGRESQL)
            .transactionMode(TransactionMode.EXTERNAL)
            .build();

    jdbc.inTransaction("insert", c -> insert(c, table, 1));
    assertThatThrownBy(() -> jdbc.inTransaction("insert again", c -> insert(c, table, 1)))
        .isInstanceOf(JdbcException.class);
    jdbc.read("count", c -> c.createStatement().executeQuery("select 1").next());

    assertThat(recording.calls).containsExactly("close", "close", "close");
  }

  @Test
  void external_writes_belong_to_the_callers_transaction_and_its_rollback_undoes_them()
      throws SQLException {
    try (Connection callers = TestDatabase.dataSource().getConnection()) {
      callers.setAutoCommit(false);
      DataSource bound = Connections.bound(callers);
      SansheJdbc jdbc =
          SansheJdbc.builder(bound)
              .dialect(Dialect.POSTGRESQL)
              .transactionMode(TransactionMode.EXTERNAL)
              .build();

      jdbc.inTransaction("insert", c -> insert(c, table, 1));
      jdbc.inTransaction("insert", c -> insert(c, table, 2));
      assertThat(count()).as("not visible before the caller commits").isZero();
      assertThat(callers.getAutoCommit()).isFalse();
      callers.rollback();
      assertThat(count()).isZero();

      jdbc.inTransaction("insert", c -> insert(c, table, 3));
      callers.commit();
      assertThat(count()).isEqualTo(1);
    }
  }

  @Test
  void a_local_read_runs_in_a_read_transaction_and_leaves_none_open() {
    long n = local.read("count", c -> 5L);
    assertThat(n).isEqualTo(5L);
    Connections.Recording recording = new Connections.Recording(TestDatabase.jdbcUrl());
    SansheJdbc jdbc = SansheJdbc.builder(recording).dialect(Dialect.POSTGRESQL).build();

    jdbc.read("select", c -> c.createStatement().executeQuery("select 1").next());

    assertThat(recording.calls)
        .containsExactly("setAutoCommit(false)", "rollback", "setAutoCommit(true)", "close");
  }

  @Test
  void a_local_read_that_fails_still_leaves_no_transaction_open() {
    Connections.Recording recording = new Connections.Recording(TestDatabase.jdbcUrl());
    SansheJdbc jdbc = SansheJdbc.builder(recording).dialect(Dialect.POSTGRESQL).build();

    assertThatThrownBy(
            () -> jdbc.read("select", c -> c.createStatement().executeQuery("select * from nil")))
        .isInstanceOf(JdbcException.class);

    assertThat(recording.calls)
        .containsExactly("setAutoCommit(false)", "rollback", "setAutoCommit(true)", "close");
  }

  /**
   * A read of several statements sees one moment: a row committed by another connection between its
   * two statements is not seen by the second (under autocommit each statement would see it).
   */
  @Test
  void a_local_read_of_several_statements_sees_one_snapshot() throws SQLException {
    local.inTransaction("seed", c -> insert(c, table, 1));
    DataSource other = TestDatabase.dataSource();
    long[] counts =
        local.read(
            "count twice",
            c -> {
              long first = countIn(c);
              try (Connection writer = other.getConnection()) {
                writer.setAutoCommit(true);
                insert(writer, table, 2);
              }
              return new long[] {first, countIn(c)};
            });
    assertThat(counts).containsExactly(1, 1);
    assertThat(count()).isEqualTo(2);
  }

  private long countIn(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
