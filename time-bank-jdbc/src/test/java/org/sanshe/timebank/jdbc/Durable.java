package org.sanshe.timebank.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;

/** Shared set-up of the durable-ledger tests: a fresh set of tables and accounts. */
final class Durable {

  static final AccountId ISSUANCE = AccountId.of("issuance");
  static final int VOLUNTEERS = 8;

  private Durable() {}

  static SansheJdbc freshTables() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcLedgerStore.migrate(jdbc);
    return jdbc;
  }

  static SansheJdbc tables(String url, String prefix) {
    return SansheJdbc.builder(new org.sanshe.jdbc.testing.UrlDataSource(url))
        .tablePrefix(prefix)
        .build();
  }

  static Clock clock() {
    return Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  }

  static AccountId volunteer(int i) {
    return AccountId.of("v" + i);
  }

  /** Opens the issuance account and the volunteers' accounts unless the journal has them. */
  static Ledger ledger(JdbcLedgerStore store, Clock clock) {
    return ledger(store, clock, 1);
  }

  /** The same, with a number of batches in flight. */
  static Ledger ledger(JdbcLedgerStore store, Clock clock, int depth) {
    Ledger ledger = Ledger.builder(clock, store).appendsInFlight(depth).build();
    if (!ledger.hasAccount(ISSUANCE)) {
      ledger.open(ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    }
    for (int i = 0; i < VOLUNTEERS; i++) {
      if (!ledger.hasAccount(volunteer(i))) {
        ledger.open(volunteer(i), AccountKind.INDIVIDUAL, AccountLimits.standard());
      }
    }
    return ledger;
  }

  static TransferRequest credit(String id, int volunteer, long minutes) {
    return new TransferRequest(
        TransferId.of(id),
        ISSUANCE,
        volunteer(volunteer),
        TimeCredit.ofMinutes(minutes),
        TransferKind.SERVICE_CREDIT);
  }

  static TransferRequest gift(String id, int from, int to, long minutes) {
    return new TransferRequest(
        TransferId.of(id),
        volunteer(from),
        volunteer(to),
        TimeCredit.ofMinutes(minutes),
        TransferKind.GIFT);
  }
}
