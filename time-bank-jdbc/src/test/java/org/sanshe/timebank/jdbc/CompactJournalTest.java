package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.audit.Verification;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.JournalEntry;

/**
 * The compact journal (schema version 5) keeps no hash per row: entries read back with exactly the
 * hashes the ledger computed, tampering anywhere is still found (at the next mark or the head), and
 * a journal written by schema version 4 (a hash in every row) is copied over and verifies.
 */
class CompactJournalTest {

  private static final int ENTRIES = 700; // marks at 256 and 512, the head after them

  private final Clock clock = Durable.clock();

  /** A ledger in memory with the same entries as the stores below, for reference. */
  private static Ledger fill(Ledger ledger, long seed) {
    ledger.open(Durable.ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    for (int i = 0; i < Durable.VOLUNTEERS; i++) {
      ledger.open(Durable.volunteer(i), AccountKind.INDIVIDUAL, AccountLimits.unbounded());
    }
    SplittableRandom random = new SplittableRandom(seed);
    int issuance = ledger.accountNumber(Durable.ISSUANCE);
    while (ledger.lastSequence() < ENTRIES) {
      int v = random.nextInt(Durable.VOLUNTEERS);
      if (random.nextBoolean()) {
        ledger.transfer(Durable.credit("s" + ledger.lastSequence(), v, 1 + random.nextInt(90)));
      } else {
        ledger.transfer(
            100_000 + ledger.lastSequence(),
            issuance,
            ledger.accountNumber(Durable.volunteer(v)),
            1 + random.nextInt(90),
            TransferKind.SERVICE_CREDIT);
      }
    }
    return ledger;
  }

  private static void execute(SansheJdbc jdbc, String sql) {
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
          }
          return null;
        });
  }

  @Test
  void entries_read_back_with_the_hashes_the_ledger_computed() {
    SansheJdbc jdbc = Durable.freshTables();
    MemoryLedgerStore memory = new MemoryLedgerStore();
    fill(Ledger.builder(clock, memory).build(), 5);
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "compact");
    fill(Ledger.builder(clock, store).build(), 5);

    JdbcLedgerStore reopened = JdbcLedgerStore.open(jdbc, "compact");
    assertThat(reopened.readRange(1, 10_000)).isEqualTo(memory.readRange(1, 10_000));
    // single reads and pages that start anywhere (between marks, at a mark, after one)
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 40; i++) {
      long from = 1 + random.nextInt((int) memory.lastSequence());
      int n = 1 + random.nextInt(300);
      assertThat(JdbcLedgerStore.open(jdbc, "compact").readRange(from, n))
          .as("from %d, %d entries", from, n)
          .isEqualTo(memory.readRange(from, n));
    }
    assertThat(reopened.read(256)).isEqualTo(memory.read(256));
    assertThat(reopened.read(ENTRIES)).isEqualTo(memory.read(ENTRIES));
  }

  @Test
  void a_changed_row_anywhere_is_found_at_the_next_mark_or_the_head() {
    SansheJdbc jdbc = Durable.freshTables();
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, "tamper");
    Ledger ledger = fill(Ledger.builder(clock, store).build(), 9);
    long last = ledger.lastSequence();
    assertThat(new Audit(ledger).verify().intact()).isTrue();
    String entry = jdbc.table("tb_entry");

    execute(jdbc, "UPDATE " + entry + " SET amount = amount + 1 WHERE seq = 20");
    assertThat(new Audit(ledger).verify())
        .isInstanceOfSatisfying(
            Verification.Broken.class, b -> assertThat(b.firstBadSequence()).isEqualTo(256));
    execute(jdbc, "UPDATE " + entry + " SET amount = amount - 1 WHERE seq = 20");
    assertThat(new Audit(ledger).verify().intact()).isTrue();

    long renamed = firstWithStringId(store, 300);
    execute(jdbc, "UPDATE " + entry + " SET client_id = 'renamed' WHERE seq = " + renamed);
    assertThat(new Audit(ledger).verify())
        .isInstanceOfSatisfying(
            Verification.Broken.class, b -> assertThat(b.firstBadSequence()).isEqualTo(512));
    execute(
        jdbc,
        "UPDATE "
            + entry
            + " SET client_id = 's"
            + (renamed - 1)
            + "'"
            + " WHERE seq = "
            + renamed);
    assertThat(new Audit(ledger).verify().intact()).isTrue();

    execute(jdbc, "UPDATE " + entry + " SET debit = credit, credit = debit WHERE seq = 600");
    assertThat(new Audit(ledger).verify())
        .isInstanceOfSatisfying(
            Verification.Broken.class, b -> assertThat(b.firstBadSequence()).isEqualTo(last));
    execute(jdbc, "UPDATE " + entry + " SET debit = credit, credit = debit WHERE seq = 600");
    assertThat(new Audit(ledger).verify().intact()).isTrue();

    // a removed mark does not hide a change: the next mark or the head still finds it
    execute(jdbc, "DELETE FROM " + jdbc.table("tb_mark") + " WHERE seq = 256");
    assertThat(new Audit(ledger).verify().intact()).isTrue();
    execute(jdbc, "UPDATE " + entry + " SET ts = ts + 1 WHERE seq = 100");
    assertThat(new Audit(ledger).verify())
        .isInstanceOfSatisfying(
            Verification.Broken.class, b -> assertThat(b.firstBadSequence()).isEqualTo(512));
  }

  private static long firstWithStringId(JdbcLedgerStore store, long from) {
    for (JournalEntry e : store.readRange(from, 200)) {
      if (e.clientId() != null) {
        return e.sequence();
      }
    }
    throw new AssertionError("no string id after " + from);
  }

  @Test
  void a_journal_written_at_schema_version_4_is_copied_over_and_verifies() {
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
                List.of(
                    "V1__time_bank.sql",
                    "V2__records_and_roles.sql",
                    "V3__checkpoints.sql",
                    "V4__records_awaiting.sql")));
    MemoryLedgerStore memory = new MemoryLedgerStore();
    Ledger reference = fill(Ledger.builder(clock, memory).build(), 13);
    List<JournalEntry> entries = memory.readRange(1, 10_000);
    ChainHash head = memory.head();
    old.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO "
                      + old.table("tb_ledger")
                      + " VALUES (3, 'v4', ?, ?, ?, ?, ?, 0)")) {
            s.setLong(1, memory.lastSequence());
            s.setLong(2, head.w0());
            s.setLong(3, head.w1());
            s.setLong(4, head.w2());
            s.setLong(5, head.w3());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO "
                      + old.table("tb_journal")
                      + " (ledger_no, seq, ts, client_key, client_id, debit, credit, amount, kind,"
                      + " phase, ref, h0, h1, h2, h3)"
                      + " VALUES (3, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JournalEntry e : entries) {
              s.setLong(1, e.sequence());
              s.setLong(2, e.timestampMillis());
              s.setLong(3, e.clientKey());
              s.setString(4, e.clientId()); // NULL for none, as version 4 wrote it
              s.setInt(5, e.debitAccount());
              s.setInt(6, e.creditAccount());
              s.setLong(7, e.amountMinutes());
              s.setShort(8, e.kind());
              s.setShort(9, e.phase());
              s.setLong(10, e.reference());
              s.setLong(11, e.hash().w0());
              s.setLong(12, e.hash().w1());
              s.setLong(13, e.hash().w2());
              s.setLong(14, e.hash().w3());
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });

    JdbcLedgerStore.migrate(old);

    JdbcLedgerStore store = JdbcLedgerStore.open(old, "v4");
    assertThat(store.ledgerNumber()).isEqualTo(3);
    assertThat(store.readRange(1, 10_000)).isEqualTo(entries);
    Ledger ledger = Ledger.builder(clock, store).build();
    assertThat(ledger.accounts()).isEqualTo(reference.accounts());
    assertThat(new Audit(ledger).verify().intact()).isTrue();
    Transfer old42 = reference.transferAt(42);
    assertThat(ledger.transferAt(42)).isEqualTo(old42);
    long before = ledger.lastSequence();
    Transfer next = ledger.transfer(Durable.credit("after-upgrade", 1, 5));
    assertThat(next.sequence()).isEqualTo(before + 1);
    assertThat(
            new Audit(Ledger.builder(clock, JdbcLedgerStore.open(old, "v4")).build())
                .verify()
                .intact())
        .isTrue();
  }
}
