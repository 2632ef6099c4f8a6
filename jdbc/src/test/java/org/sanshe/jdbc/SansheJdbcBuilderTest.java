package org.sanshe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;

class SansheJdbcBuilderTest {

  private static final UrlDataSource NOWHERE = new UrlDataSource("jdbc:unused:");

  @Test
  void the_defaults_are_the_sanshe_prefix_and_local_transactions_with_a_detected_dialect() {
    SansheJdbc jdbc = SansheJdbc.builder(TestDatabase.dataSource()).build();

    assertThat(jdbc.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(jdbc.tablePrefix()).isEqualTo("sanshe_");
    assertThat(jdbc.transactionMode()).isEqualTo(TransactionMode.LOCAL);
    assertThat(jdbc.table("journal")).isEqualTo("sanshe_journal");
  }

  @Test
  void an_explicit_dialect_is_not_detected_so_no_connection_is_borrowed() {
    SansheJdbc jdbc =
        SansheJdbc.builder(Connections.refusing())
            .dialect(Dialect.DAMENG)
            .tablePrefix("gov_")
            .transactionMode(TransactionMode.EXTERNAL)
            .build();

    assertThat(jdbc.dialect()).isEqualTo(Dialect.DAMENG);
    assertThat(jdbc.dialect().schemaFolder()).isEqualTo("dameng");
    assertThat(jdbc.tablePrefix()).isEqualTo("gov_");
    assertThat(jdbc.transactionMode()).isEqualTo(TransactionMode.EXTERNAL);
    assertThat(jdbc.withTransactionMode(TransactionMode.LOCAL).transactionMode())
        .isEqualTo(TransactionMode.LOCAL);
  }

  @Test
  void a_refusing_data_source_makes_detection_fail_as_unavailable() {
    assertThatThrownBy(() -> SansheJdbc.builder(Connections.refusing()).build())
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE);
              assertThat(e.getMessage()).contains("detect dialect").doesNotContain("alice");
            });
  }

  @Test
  void table_prefixes_must_be_lower_snake_and_at_most_ten_characters() {
    for (String bad :
        List.of("", "Sanshe_", "1abc", "_abc", "abc-def", "abc def", "abcdefghijk", "前缀")) {
      assertThatThrownBy(() -> SansheJdbc.builder(NOWHERE).tablePrefix(bad))
          .as("prefix [%s]", bad)
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TABLE_PREFIX_INVALID);
                assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("最多 10 个字符");
                if (bad.length() > 1) {
                  assertThat(e.getMessage()).doesNotContain(bad);
                }
              });
    }
    for (String good : List.of("a", "abcdefghij", "s1_", "gov_x_")) {
      assertThat(
              SansheJdbc.builder(NOWHERE)
                  .dialect(Dialect.POSTGRESQL)
                  .tablePrefix(good)
                  .build()
                  .tablePrefix())
          .isEqualTo(good);
    }
  }

  @Test
  void table_names_are_lower_snake_and_at_most_thirty_characters_with_the_prefix() {
    SansheJdbc jdbc =
        SansheJdbc.builder(NOWHERE).dialect(Dialect.POSTGRESQL).tablePrefix("abcdefghij").build();

    assertThat(jdbc.table("x".repeat(20))).hasSize(30);
    assertThatThrownBy(() -> jdbc.table("x".repeat(21)))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TABLE_NAME_INVALID);
              assertThat(e.arguments()).containsExactly(30, 31);
            });
    for (String bad : List.of("", "Journal", "9lives", "a-b", "a;drop")) {
      assertThatThrownBy(() -> jdbc.table(bad))
          .as("name [%s]", bad)
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TABLE_NAME_INVALID));
    }
  }

  @Test
  void dialects_are_chosen_from_the_product_name() {
    assertThat(Dialect.forProductName("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.forProductName("openGauss")).isEqualTo(Dialect.OPENGAUSS);
    assertThat(Dialect.forProductName("KingbaseES")).isEqualTo(Dialect.KINGBASE);
    assertThat(Dialect.forProductName("DM DBMS")).isEqualTo(Dialect.DAMENG);
    assertThat(Dialect.OPENGAUSS.schemaFolder()).isEqualTo("postgresql");
    assertThat(Dialect.KINGBASE.schemaFolder()).isEqualTo("postgresql");
    assertThat(Dialect.POSTGRESQL.schemaFolder()).isEqualTo("postgresql");
    for (String unknown : new String[] {"MySQL", "Oracle", "H2", "", null}) {
      assertThatThrownBy(() -> Dialect.forProductName(unknown))
          .as("product %s", unknown)
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_DIALECT_UNKNOWN));
    }
  }

  @Test
  void the_real_server_is_detected_as_postgresql() {
    assertThat(Dialect.detect(TestDatabase.dataSource())).isEqualTo(Dialect.POSTGRESQL);
  }
}
