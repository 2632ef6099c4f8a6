package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * What the JDBC service records and roles do beyond the contracts: values the tables cannot hold
 * exactly, rows this version cannot read, EXTERNAL transactions, ledgers sharing tables, two
 * servers adding at once, and the upgrade from schema version 1.
 */
class RecordsAndRolesTest {

  private static final PartyId WANG = PartyId.of("wang");
  private static final Instant DAY = Instant.parse("2026-03-02T01:00:00Z");

  private final SansheJdbc jdbc = Durable.freshTables();
  private final JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "320114");

  private static ServiceRecord record(String id, PartyId volunteer, String place, Instant at) {
    return new ServiceRecord(
        ServiceRecordId.of(id),
        new ServiceDraft(
            volunteer,
            AccountId.of("acct-" + volunteer.value()),
            PartyId.of("org"),
            "elder-care",
            null,
            DAY,
            DAY.plusSeconds(3600),
            place,
            PartyId.of("resident-0042")),
        PartyId.of("coord"),
        at,
        ServiceStatus.RECORDED,
        TimeCredit.ZERO,
        null,
        null,
        null);
  }

  private static void assertRefused(
      Runnable write, org.sanshe.core.error.ErrorCode code, String secret) {
    assertThatThrownBy(write::run)
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(secret);
            })
        .hasMessageStartingWith("[" + code.code() + "]")
        .hasMessageNotContaining(secret);
  }

  @Test
  void a_place_the_table_cannot_hold_exactly_is_refused_by_name_without_echo_and_nothing_stored() {
    JdbcServiceRecords records = new JdbcServiceRecords(jdbc, store);
    String secret = "文苑路9号3栋";
    List<String> invalid =
        List.of(
            secret + "\0",
            secret + "\uD800", // a high surrogate at the end
            secret + "\uDC00" + "x", // a low surrogate alone
            secret + "\uD800" + "x"); // a high surrogate without its low half
    // the service draft itself refuses these places now; the store's own check stays behind it
    for (String place : invalid) {
      assertRefused(
          () -> records.add(record("r1", WANG, place, DAY)),
          org.sanshe.timebank.error.TimeBankError.TIMEBANK_PLACE_INVALID,
          secret);
    }
    String tooLong = secret + "x".repeat(JdbcServiceRecords.MAX_PLACE_LENGTH + 1 - secret.length());
    assertRefused(
        () -> records.add(record("r1", WANG, tooLong, DAY)),
        org.sanshe.timebank.error.TimeBankError.TIMEBANK_PLACE_INVALID,
        secret);
    assertRefused(
        () -> records.add(record("r1", WANG, secret, Instant.MAX)),
        TimeBankJdbcError.TIMEBANK_JDBC_TIME_OUT_OF_RANGE,
        secret);
    assertThat(records.find(ServiceRecordId.of("r1"))).isEmpty();
    assertThat(records.ofVolunteer(WANG)).isEmpty();

    ServiceRecord stored = record("r1", WANG, secret, DAY);
    records.add(stored);
    assertRefused(
        () -> records.update(record("r1", WANG, tooLong, DAY)),
        org.sanshe.timebank.error.TimeBankError.TIMEBANK_PLACE_INVALID,
        secret);
    assertRefused(
        () -> records.update(record("r1", WANG, secret, Instant.MIN)),
        TimeBankJdbcError.TIMEBANK_JDBC_TIME_OUT_OF_RANGE,
        secret);
    assertThat(records.find(stored.id())).contains(stored);
    // a valid pair of surrogates at the very end is fine
    ServiceRecord emoji = record("r2", WANG, "x".repeat(198) + "🍚", DAY);
    records.add(emoji);
    assertThat(records.find(emoji.id())).contains(emoji);
  }

  @Test
  void a_duplicate_or_unknown_id_is_refused_without_echoing_it() {
    JdbcServiceRecords records = new JdbcServiceRecords(jdbc, store);
    records.add(record("secret-id", WANG, "", DAY));
    assertThatThrownBy(() -> records.add(record("secret-id", WANG, "", DAY)))
        .isInstanceOf(TimeBankException.class)
        .hasMessageContaining("TIMEBANK_SERVICE_DUPLICATE")
        .hasMessageNotContaining("secret-id");
    assertThatThrownBy(() -> records.update(record("other-id", WANG, "", DAY)))
        .isInstanceOf(TimeBankException.class)
        .hasMessageContaining("TIMEBANK_SERVICE_NOT_STORED")
        .hasMessageNotContaining("other-id");
  }

  @Test
  void a_row_with_a_status_this_version_does_not_know_is_reported_not_guessed() {
    JdbcServiceRecords records = new JdbcServiceRecords(jdbc, store);
    records.add(record("r1", WANG, "x", DAY));
    execute("UPDATE " + jdbc.table("tb_record") + " SET status_code = 9");
    assertThatThrownBy(() -> records.find(ServiceRecordId.of("r1")))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(TimeBankJdbcError.TIMEBANK_JDBC_ROW_INVALID))
        .hasMessageContaining("status_code")
        .hasMessageNotContaining("9 ");
    assertThatThrownBy(() -> records.ofVolunteer(WANG)).isInstanceOf(SansheException.class);
  }

  @Test
  void ledgers_sharing_the_tables_never_see_each_others_records_or_roles() {
    JdbcLedgerStore other = JdbcLedgerStore.open(jdbc, "320115");
    JdbcServiceRecords here = new JdbcServiceRecords(jdbc, store);
    JdbcServiceRecords there = new JdbcServiceRecords(jdbc, other);
    ServiceRecord a = record("r1", WANG, "here", DAY);
    ServiceRecord b = record("r1", WANG, "there", DAY);
    here.add(a);
    there.add(b); // the same id in another ledger is another record
    assertThat(here.find(a.id())).contains(a);
    assertThat(there.find(b.id())).contains(b);
    assertThat(there.ofVolunteer(WANG)).containsExactly(b);
    new JdbcRoles(jdbc, store).operator(WANG).coordinator(WANG, PartyId.of("org"));
    assertThat(new JdbcRoles(jdbc, other).isOperator(WANG)).isFalse();
    assertThat(new JdbcRoles(jdbc, other).isCoordinator(WANG, PartyId.of("org"))).isFalse();
    assertThat(new JdbcRoles(jdbc, store).isOperator(WANG)).isTrue();
  }

  @Test
  void in_external_mode_adds_updates_and_grants_belong_to_the_callers_transaction()
      throws SQLException {
    try (Connection callers = TestDatabase.dataSource().getConnection()) {
      callers.setAutoCommit(false);
      SansheJdbc external =
          SansheJdbc.builder(bound(callers))
              .dialect(jdbc.dialect())
              .tablePrefix(jdbc.tablePrefix())
              .transactionMode(TransactionMode.EXTERNAL)
              .build();
      JdbcServiceRecords inTx = new JdbcServiceRecords(external, store);
      JdbcRoles rolesInTx = new JdbcRoles(external, store);
      JdbcServiceRecords outside = new JdbcServiceRecords(jdbc, store);
      JdbcRoles rolesOutside = new JdbcRoles(jdbc, store);

      ServiceRecord r = record("r1", WANG, "x", DAY);
      inTx.add(r);
      rolesInTx.operator(WANG);
      assertThat(inTx.find(r.id())).as("the caller sees its own writes").contains(r);
      assertThat(rolesInTx.isOperator(WANG)).isTrue();
      assertThat(outside.find(r.id())).as("nobody else before the commit").isEmpty();
      assertThat(rolesOutside.isOperator(WANG)).isFalse();
      callers.rollback();
      assertThat(outside.find(r.id())).isEmpty();
      assertThat(rolesOutside.isOperator(WANG)).isFalse();

      inTx.add(r);
      rolesInTx.guardian(WANG, PartyId.of("grandma"));
      callers.commit();
      ServiceRecord verified =
          new ServiceRecord(
              r.id(),
              r.draft(),
              r.recordedBy(),
              r.recordedAt(),
              ServiceStatus.VERIFIED,
              TimeCredit.ofMinutes(60),
              PartyId.of("coord"),
              null,
              null);
      inTx.update(verified);
      assertThat(outside.find(r.id())).contains(r);
      callers.rollback();
      assertThat(outside.find(r.id())).contains(r);
      assertThat(rolesOutside.isGuardian(WANG, PartyId.of("grandma"))).isTrue();
      assertThat(callers.getAutoCommit()).isFalse();
    }
  }

  @Test
  void two_servers_adding_at_once_store_every_record_once_in_one_order() throws Exception {
    int threads = 4;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger duplicates = new AtomicInteger();
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int server = t;
        work.add(
            () -> {
              // every thread is its own server: its own instances over the same ledger
              JdbcServiceRecords records =
                  new JdbcServiceRecords(jdbc, JdbcLedgerStore.open(jdbc, store.ledgerId()));
              for (int i = 0; i < each; i++) {
                String id = "s" + server + "-" + i;
                records.add(record(id, WANG, "x", DAY));
                acknowledged.add(id);
                try {
                  records.add(record("shared-" + i, WANG, "x", DAY));
                  acknowledged.add("shared-" + i);
                } catch (TimeBankException e) {
                  duplicates.incrementAndGet();
                }
              }
              return null;
            });
      }
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(duplicates.get()).isEqualTo((threads - 1) * each);
    List<String> stored =
        new JdbcServiceRecords(jdbc, store)
            .ofVolunteer(WANG).stream().map(r -> r.id().value()).toList();
    assertThat(stored).hasSize(threads * each + each).doesNotHaveDuplicates();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
    // each server's own records appear in the order it added them
    for (int t = 0; t < threads; t++) {
      String prefix = "s" + t + "-";
      List<String> mine = stored.stream().filter(id -> id.startsWith(prefix)).toList();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        expected.add(prefix + i);
      }
      assertThat(mine).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void a_database_at_schema_version_1_is_upgraded_in_place() {
    SansheJdbc old =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    Migrator.of(old)
        .migrate(
            Schema.of(
                "time_bank",
                JdbcLedgerStore.class.getClassLoader(),
                "META-INF/sanshe/schema/time-bank",
                List.of("V1__time_bank.sql")));
    // the code refuses to open tables at an older version, naming the fix
    assertThatThrownBy(() -> JdbcLedgerStore.open(old, "320114"))
        .hasMessageStartingWith("[JDBC_SCHEMA_OUTDATED]");
    old.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO "
                      + old.table("tb_ledger")
                      + " VALUES (7, '320114', 0, 0, 0, 0, 0, 0)")) {
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO "
                      + old.table("tb_holder")
                      + " VALUES (7, 'acct-wang', '"
                      + WANG.value()
                      + "', 1)")) {
            s.executeUpdate();
          }
          return null;
        });
    JdbcLedgerStore.migrate(old);

    JdbcLedgerStore after = JdbcLedgerStore.open(old, "320114");
    assertThat(after.ledgerNumber()).isEqualTo(7);
    assertThat(new JdbcAccountHolders(old, after).holderOf(AccountId.of("acct-wang")))
        .contains(WANG);
    JdbcServiceRecords records = new JdbcServiceRecords(old, after);
    records.add(record("r1", WANG, "x", DAY));
    assertThat(records.ofVolunteer(WANG)).hasSize(1);
    assertThat(new JdbcRoles(old, after).operator(WANG).isOperator(WANG)).isTrue();
  }

  @Test
  void every_code_has_an_english_and_a_chinese_message() {
    for (TimeBankJdbcError error : TimeBankJdbcError.values()) {
      assertThat(TimeBankJdbcError.catalog().covers(error.code())).as(error.code()).isTrue();
      String english = error.template(Locale.ENGLISH);
      String chinese = error.template(Locale.SIMPLIFIED_CHINESE);
      assertThat(english).as(error.code()).isNotEqualTo(error.code());
      assertThat(chinese).as(error.code()).isNotEqualTo(english);
      assertThat(chinese.replaceAll("\\{\\d}", "")).doesNotContainPattern("[A-Za-z]{2,}");
    }
  }

  private void execute(String sql) {
    jdbc.inTransaction(
        "test",
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
          }
        });
  }

  /** A data source handing out the caller's connection, whose close() does nothing. */
  private static DataSource bound(Connection connection) {
    Connection handle =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return new org.sanshe.jdbc.testing.UrlDataSource(TestDatabase.jdbcUrl()) {
      @Override
      public Connection getConnection() {
        return handle;
      }
    };
  }
}
