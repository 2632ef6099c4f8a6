package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.Dialect;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/** Opening a ledger's store with a wrong set-up gives a specific code and changes nothing. */
class JdbcLedgerStoreBadInputTest {

  @Test
  void tables_that_were_never_created_are_named_as_missing() {
    SansheJdbc bare =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    assertThatThrownBy(() -> JdbcLedgerStore.open(bare, "320114"))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_TABLE_MISSING));
  }

  @Test
  void a_dialect_that_does_not_fit_the_database_is_refused() {
    SansheJdbc jdbc = Durable.freshTables();
    SansheJdbc wrong =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(jdbc.tablePrefix())
            .dialect(Dialect.DAMENG)
            .build();
    assertThatThrownBy(() -> JdbcLedgerStore.open(wrong, "320114"))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_DIALECT_MISMATCH));
    // a PostgreSQL-derived dialect chosen by hand shares the SQL and is accepted
    SansheJdbc kin =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(jdbc.tablePrefix())
            .dialect(Dialect.OPENGAUSS)
            .build();
    assertThat(JdbcLedgerStore.open(kin, "320114").lastSequence()).isZero();
  }

  @Test
  void a_malformed_ledger_id_is_refused_without_being_echoed() {
    SansheJdbc jdbc = Durable.freshTables();
    assertThatThrownBy(() -> JdbcLedgerStore.open(jdbc, "13905170002 王小明"))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_ID_INVALID))
        .hasMessageNotContaining("13905170002");
  }
}
