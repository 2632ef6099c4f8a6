package org.sanshe.jdbc.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.testing.TestDatabase;

class MigratorTest {

  private static final String BASE = "org/sanshe/jdbc/migration/";
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  private SansheJdbc jdbc;

  @BeforeEach
  void a_fresh_prefix() {
    jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
  }

  @AfterAll
  static void stop_the_pool() {
    POOL.shutdownNow();
  }

  private static Schema schema(String folder, String... files) {
    return Schema.of(
        "ledger-test", MigratorTest.class.getClassLoader(), BASE + folder, List.of(files));
  }

  private static Schema good() {
    return schema("good", "V3__entry_index.sql", "V1__accounts.sql", "V2__entries.sql");
  }

  private List<Integer> history() {
    return jdbc.read(
        "read history",
        c -> {
          List<Integer> versions = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "select version from "
                      + jdbc.table("schema_history")
                      + " where component = ? order by applied_at, version")) {
            p.setString(1, "ledger-test");
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                versions.add(rs.getInt(1));
              }
            }
          }
          return versions;
        });
  }

  private long rows(String table) {
    return jdbc.read(
        "count",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("select count(*) from " + jdbc.table(table))) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private boolean exists(String table) {
    return jdbc.read(
        "exists",
        c -> {
          try (ResultSet rs =
              c.getMetaData().getTables(null, null, jdbc.table(table), new String[] {"TABLE"})) {
            return rs.next();
          }
        });
  }

  private void execute(String sql) {
    jdbc.inTransaction(
        "setup",
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(sql);
          }
          return null;
        });
  }

  @Test
  void versions_are_applied_in_ascending_order_with_the_prefix_filled_in() {
    MigrationResult result = Migrator.of(jdbc).migrate(good());

    assertThat(result.component()).isEqualTo("ledger-test");
    assertThat(result.appliedVersions()).containsExactly(1, 2, 3);
    assertThat(result.version()).isEqualTo(3);
    assertThat(history()).containsExactly(1, 2, 3);
    assertThat(rows("entry")).isEqualTo(1);
    assertThat(rows("schema_lock")).as("the lock is released").isZero();
  }

  @Test
  void migrating_again_applies_nothing() {
    Migrator.of(jdbc).migrate(good());

    MigrationResult again = Migrator.of(jdbc).migrate(good());

    assertThat(again.appliedVersions()).isEmpty();
    assertThat(again.version()).isEqualTo(3);
    assertThat(history()).containsExactly(1, 2, 3);
    assertThat(rows("entry")).isEqualTo(1);
  }

  @Test
  void a_later_release_applies_only_its_new_versions() {
    Migrator.of(jdbc).migrate(schema("good", "V1__accounts.sql"));

    MigrationResult upgrade = Migrator.of(jdbc).migrate(good());

    assertThat(upgrade.appliedVersions()).containsExactly(2, 3);
    assertThat(history()).containsExactly(1, 2, 3);
  }

  @Test
  void migrations_run_in_local_transactions_even_for_an_external_mode_jdbc() {
    SansheJdbc external = jdbc.withTransactionMode(TransactionMode.EXTERNAL);

    assertThat(Migrator.of(external).migrate(good()).appliedVersions()).containsExactly(1, 2, 3);
    assertThat(history()).containsExactly(1, 2, 3);
  }

  @Test
  void two_servers_migrating_at_once_apply_each_version_once() throws Exception {
    for (int round = 0; round < 4; round++) {
      a_fresh_prefix();
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<MigrationResult>> results = new ArrayList<>();
      for (int server = 0; server < 2; server++) {
        results.add(
            POOL.submit(
                () -> {
                  start.await();
                  return Migrator.of(jdbc).migrate(good());
                }));
      }
      List<Integer> applied = new ArrayList<>();
      for (Future<MigrationResult> result : results) {
        applied.addAll(result.get().appliedVersions());
      }

      assertThat(applied).as("round %d", round).containsExactlyInAnyOrder(1, 2, 3);
      assertThat(history()).containsExactly(1, 2, 3);
      assertThat(rows("entry")).isEqualTo(1);
      assertThat(rows("schema_lock")).isZero();
    }
  }

  @Test
  void a_schema_newer_than_the_code_is_refused_and_nothing_changes() {
    Migrator.of(jdbc).migrate(good());

    assertThatThrownBy(
            () -> Migrator.of(jdbc).migrate(schema("good", "V1__accounts.sql", "V2__entries.sql")))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_NEWER);
              assertThat(e.arguments()).containsExactly("ledger-test", 3, 2);
            });
    assertThatThrownBy(
            () -> Migrator.of(jdbc).validate(schema("good", "V1__accounts.sql", "V2__entries.sql")))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_NEWER));
    assertThat(history()).containsExactly(1, 2, 3);
    assertThat(rows("schema_lock")).isZero();
  }

  @Test
  void an_applied_version_whose_file_changed_is_refused_and_nothing_changes() {
    Migrator.of(jdbc).migrate(schema("good", "V1__accounts.sql"));

    assertThatThrownBy(() -> Migrator.of(jdbc).migrate(schema("changed", "V1__accounts.sql")))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_CHECKSUM);
              assertThat(e.arguments()).containsExactly("ledger-test", 1);
            });
    assertThat(history()).containsExactly(1);
    assertThat(rows("schema_lock")).isZero();
  }

  @Test
  void a_missing_resource_is_refused_before_anything_is_created() {
    assertThatThrownBy(
            () -> Migrator.of(jdbc).migrate(schema("good", "V1__accounts.sql", "V4__missing.sql")))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_RESOURCE_MISSING);
              assertThat(e.getMessage()).contains("good/postgresql/V4__missing.sql");
            });
    assertThat(exists("schema_history")).isFalse();
    assertThat(exists("account")).isFalse();
  }

  @Test
  void a_failing_version_is_rolled_back_and_the_versions_before_it_stay() {
    assertThatThrownBy(
            () -> Migrator.of(jdbc).migrate(schema("broken", "V1__accounts.sql", "V2__half.sql")))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_FAILURE);
              assertThat(e.getMessage()).contains("migrate ledger-test V2", "42P01");
            });

    assertThat(history()).containsExactly(1);
    assertThat(exists("half")).as("V2's first statement rolled back").isFalse();
    assertThat(rows("schema_lock")).as("the lock is released after a failure").isZero();
  }

  @Test
  void a_lock_held_by_a_live_server_makes_the_migrator_wait_and_give_up() {
    Migrator.of(jdbc).migrate(schema("good", "V1__accounts.sql"));
    execute(
        "insert into "
            + jdbc.table("schema_lock")
            + " (component, owner, locked_at) values ('ledger-test', 'other', "
            + System.currentTimeMillis()
            + ")");

    assertThatThrownBy(
            () -> Migrator.of(jdbc).withLockTimeout(Duration.ofMillis(300)).migrate(good()))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_LOCK_TIMEOUT);
              assertThat(e.arguments()).containsExactly("ledger-test", 300L);
            });
    assertThat(history()).containsExactly(1);
    assertThat(rows("schema_lock")).as("the other server's lock is left alone").isEqualTo(1);
  }

  @Test
  void a_stale_lock_left_by_a_crashed_server_is_taken_over() {
    Migrator.of(jdbc).migrate(schema("good", "V1__accounts.sql"));
    long elevenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(11).toMillis();
    execute(
        "insert into "
            + jdbc.table("schema_lock")
            + " (component, owner, locked_at) values ('ledger-test', 'crashed', "
            + elevenMinutesAgo
            + ")");

    MigrationResult result =
        Migrator.of(jdbc).withLockTimeout(Duration.ofSeconds(5)).migrate(good());

    assertThat(result.appliedVersions()).containsExactly(2, 3);
    assertThat(rows("schema_lock")).isZero();
  }

  @Test
  void validation_accepts_a_migrated_schema_and_changes_nothing() {
    Migrator.of(jdbc).migrate(good());

    MigrationResult result = Migrator.of(jdbc).validate(good());

    assertThat(result.appliedVersions()).isEmpty();
    assertThat(result.version()).isEqualTo(3);
  }

  @Test
  void validation_refuses_a_database_that_lacks_versions() {
    Migrator.of(jdbc).migrate(schema("good", "V1__accounts.sql"));

    assertThatThrownBy(() -> Migrator.of(jdbc).validate(good()))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_OUTDATED);
              assertThat(e.arguments()).containsExactly("ledger-test", 1, 3);
            });
    assertThat(history()).containsExactly(1);
  }

  @Test
  void validation_of_tables_created_by_another_tool_checks_that_they_exist() throws SQLException {
    assertThatThrownBy(() -> Migrator.of(jdbc).validate(good()))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_TABLE_MISSING);
              assertThat(e.arguments()).containsExactly("ledger-test", jdbc.table("account"));
            });
    assertThat(exists("schema_history")).as("validate creates nothing").isFalse();

    // what Flyway would do with the same files and placeholder
    execute(
        "create table "
            + jdbc.table("account")
            + " (ledger_id varchar(40) not null, account_id varchar(40) not null,"
            + " opened_at bigint not null, primary key (ledger_id, account_id))");
    assertThatThrownBy(() -> Migrator.of(jdbc).validate(good()))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> assertThat(e.arguments()).containsExactly("ledger-test", jdbc.table("entry")));
    execute("create table " + jdbc.table("entry") + " (ledger_id varchar(40))");

    assertThat(Migrator.of(jdbc).validate(good()).version()).isEqualTo(3);
  }

  @Test
  void schemas_refuse_misnamed_files_and_repeated_versions() {
    for (List<String> files :
        List.of(
            List.of("V1_accounts.sql"),
            List.of("v1__accounts.sql"),
            List.of("V0__zero.sql"),
            List.of("V1__accounts.SQL"),
            List.of("V1__Accounts.sql"),
            List.of("V1__accounts.sql", "V01__again.sql"),
            List.<String>of())) {
      assertThatThrownBy(
              () -> Schema.of("ledger-test", getClass().getClassLoader(), BASE + "good", files))
          .as("%s", files)
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_INVALID));
    }
    for (String component : List.of("", "Ledger", "1ledger", "a".repeat(65), "ledger test")) {
      assertThatThrownBy(
              () ->
                  Schema.of(
                      component, getClass().getClassLoader(), BASE, List.of("V1__accounts.sql")))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_COMPONENT_INVALID));
    }
    Schema schema = good();
    assertThat(schema.versionNumbers()).containsExactly(1, 2, 3);
    assertThat(schema.latestVersion()).isEqualTo(3);
  }
}
