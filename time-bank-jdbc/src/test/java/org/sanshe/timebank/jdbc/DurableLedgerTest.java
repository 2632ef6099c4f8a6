package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.jdbc.Durable.credit;
import static org.sanshe.timebank.jdbc.Durable.gift;
import static org.sanshe.timebank.jdbc.Durable.volunteer;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.TimeBankConfiguration;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.AccountChange;
import org.sanshe.timebank.ledger.BalanceSnapshot;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.memory.MemoryRoles;
import org.sanshe.timebank.memory.MemoryServiceRecords;
import org.sanshe.timebank.store.JournalEntry;

/** The ledger on a real PostgreSQL: restarts, outages, tampering and two writers. */
class DurableLedgerTest {

  private final Clock clock = Durable.clock();
  private final SansheJdbc jdbc = Durable.freshTables();

  private static final PartyId OPERATOR = PartyId.of("operator");
  private static final PartyId WANG = PartyId.of("wang");

  private TimeBank bank(Ledger ledger, JdbcLedgerStore store) {
    return TimeBank.builder(ledger, TimeBankConfiguration.nanjing())
        .operator(OPERATOR)
        .roles(new MemoryRoles().operator(OPERATOR))
        .kinship((a, b) -> Optional.empty())
        .ages((party, on) -> OptionalInt.of(45))
        .ids(IdSource.sequential("record"))
        .serviceRecords(new MemoryServiceRecords())
        .accountHolders(new JdbcAccountHolders(jdbc, store))
        .build();
  }

  @Test
  void a_time_bank_restarted_over_the_database_has_every_account_holder_status_and_hour() {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "320114");
    TimeBank first = bank(Ledger.builder(clock, store).build(), store);
    AccountId wang = AccountId.of("acct-wang");
    AccountId li = AccountId.of("acct-li");
    first.openAccount(OPERATOR, wang, AccountKind.INDIVIDUAL, WANG);
    first.openAccount(OPERATOR, li, AccountKind.INDIVIDUAL, PartyId.of("li"));
    first
        .ledger()
        .transfer(
            new org.sanshe.timebank.ledger.TransferRequest(
                TransferId.of("svc-1"),
                TimeBank.ISSUANCE,
                wang,
                TimeCredit.ofHours(3),
                org.sanshe.timebank.ledger.TransferKind.SERVICE_CREDIT));
    first.freeze(OPERATOR, li);
    BalanceSnapshot before = first.ledger().balances();

    JdbcLedgerStore reopened = JdbcLedgerStore.open(jdbc, "320114");
    TimeBank second = bank(Ledger.builder(clock, reopened).build(), reopened);

    assertThat(second.ledger().accounts()).isEqualTo(first.ledger().accounts());
    assertThat(second.ledger().account(li).status().name()).isEqualTo("FROZEN");
    assertThat(second.holderOf(wang)).isEqualTo(WANG);
    assertThat(second.ledger().balances().balances()).isEqualTo(before.balances());
    assertThat(second.ledger().head()).isEqualTo(first.ledger().head());
    // opening an account again for the same holder after a crash completes, never duplicates
    assertThat(second.openAccount(OPERATOR, wang, AccountKind.INDIVIDUAL, WANG).balance())
        .isEqualTo(TimeCredit.ofHours(3));
    assertThatThrownBy(() -> second.openAccount(OPERATOR, wang, AccountKind.INDIVIDUAL, OPERATOR))
        .hasMessageStartingWith("[LEDGER_ACCOUNT_EXISTS]");
    assertThat(second.audit().verify().intact()).isTrue();
  }

  @Test
  void a_stopped_database_refuses_the_command_changes_nothing_and_the_ledger_continues_after() {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "outage");
    Ledger ledger = Durable.ledger(store, clock);
    ledger.transfer(credit("c1", 0, 120));
    BalanceSnapshot before = ledger.balances();
    List<org.sanshe.timebank.account.Account> accounts = ledger.accounts();

    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> ledger.transfer(gift("g1", 0, 1, 30)))
          .isInstanceOfSatisfying(
              TimeBankException.class,
              e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_STORE_FAILED))
          .hasMessageNotContaining("g1");
      assertThat(ledger.accounts()).isEqualTo(accounts);
      assertThat(ledger.find(TransferId.of("g1"))).isNull();
      assertThatThrownBy(() -> ledger.transfer(gift("g1", 0, 1, 30)))
          .isInstanceOf(TimeBankException.class);
    } finally {
      TestDatabase.start();
    }

    ledger.transfer(gift("g1", 0, 1, 30));
    assertThat(ledger.account(volunteer(0)).balance()).isEqualTo(TimeCredit.ofMinutes(90));
    assertThat(ledger.balances().lastSequence()).isEqualTo(before.lastSequence() + 1);
    Ledger restored = Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "outage")).build();
    assertThat(restored.accounts()).isEqualTo(ledger.accounts());
    assertThat(new Audit(restored).verify().intact()).isTrue();
  }

  @Test
  void a_journal_whose_tail_was_deleted_is_not_restored() throws Exception {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "tail");
    Ledger ledger = Durable.ledger(store, clock);
    ledger.transfer(credit("c1", 0, 60));
    ledger.transfer(credit("c2", 1, 60));
    long last = ledger.lastSequence();
    execute("DELETE FROM " + jdbc.table("tb_entry") + " WHERE seq = " + last);
    assertThatThrownBy(() -> Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "tail")).build())
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_JOURNAL_TRUNCATED));
  }

  @Test
  void rows_forged_after_the_anchored_head_and_a_changed_row_are_found() throws Exception {
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "forged");
    Ledger ledger = Durable.ledger(store, clock);
    ledger.transfer(credit("c1", 0, 60));
    long last = ledger.lastSequence();
    JournalEntry e = store.read(last);
    execute(
        "INSERT INTO "
            + jdbc.table("tb_entry")
            + " (seq, ts, client_key, amount, ref, ledger_no, debit, credit, blk, kind, phase,"
            + " client_id) SELECT seq + 1, ts, client_key + 1, 6000, ref, ledger_no, debit,"
            + " credit, blk, kind, phase, 'c9' FROM "
            + jdbc.table("tb_entry")
            + " WHERE seq = "
            + last);
    assertThat(new Audit(ledger).verify().intact()).isFalse();
    execute("DELETE FROM " + jdbc.table("tb_entry") + " WHERE seq = " + (last + 1));
    assertThat(new Audit(ledger).verify().intact()).isTrue();
    execute(
        "UPDATE "
            + jdbc.table("tb_entry")
            + " SET client_id = 'renamed' WHERE seq = "
            + e.sequence());
    assertThat(new Audit(ledger).verify().intact()).isFalse();
    assertThatThrownBy(() -> Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "forged")).build())
        .isInstanceOfSatisfying(
            TimeBankException.class,
            x -> assertThat(x.error()).isEqualTo(TimeBankError.LEDGER_JOURNAL_BROKEN));
  }

  @Test
  void two_servers_writing_to_one_ledger_at_once_lose_duplicate_and_fork_nothing()
      throws Exception {
    Ledger setup = Durable.ledger(JdbcLedgerStore.open(jdbc, "two"), clock);
    setup.transfer(credit("seed", 0, 100_000));
    Ledger a = Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "two")).build();
    Ledger b = Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "two")).build();
    int perServer = 150;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (Ledger server : List.of(a, b)) {
        for (int t = 0; t < 2; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    int ok = 0;
                    for (int i = 0; i < perServer / 2; i++) {
                      // the same ids on both servers: each must be recorded once
                      server.transfer(gift("t" + thread + "-" + i, 0, 1 + (i % 7), 1));
                      ok++;
                    }
                    return ok;
                  }));
        }
      }
      for (Future<Integer> f : done) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(perServer / 2);
      }
    } finally {
      pool.shutdownNow();
    }
    a.refresh();
    b.refresh();
    Ledger fresh = Ledger.builder(clock, JdbcLedgerStore.open(jdbc, "two")).build();
    assertThat(a.accounts()).isEqualTo(fresh.accounts());
    assertThat(b.accounts()).isEqualTo(fresh.accounts());
    assertThat(fresh.sumOfBalances()).isZero();
    // 2 threads x 75 distinct ids, sent to both servers: 150 gifts of 1 minute, each once
    assertThat(fresh.account(volunteer(0)).balance())
        .isEqualTo(TimeCredit.ofMinutes(100_000 - perServer));
    Set<String> ids = new HashSet<>();
    for (JournalEntry e : Audit.paged(fresh.store())) {
      if (!AccountChange.isAccountChange(e.phase())) {
        assertThat(ids.add(e.clientId())).as("%s recorded once", e.clientId()).isTrue();
      }
    }
    assertThat(new Audit(fresh).verify().intact()).isTrue();
  }

  private void execute(String sql) throws Exception {
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
          }
          return null;
        });
  }
}
