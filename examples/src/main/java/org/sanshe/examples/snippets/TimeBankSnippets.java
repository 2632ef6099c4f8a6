package org.sanshe.examples.snippets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.memory.MemoryLedgerStore;

/**
 * The README's time-bank snippet; {@code ReadmeSnippetsTest} checks that the README shows the
 * tagged region verbatim and that it does what its comments say.
 */
public final class TimeBankSnippets {

  private TimeBankSnippets() {}

  /**
   * Credits service hours, books a service in two phases, and verifies the hash chain.
   *
   * @return the volunteer's balance, the provider's balance, and whether the chain verifies
   */
  public static List<Object> ledger() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    AccountId issuance = AccountId.of("issuance");
    AccountId wang = AccountId.of("acct-wang");
    AccountId care = AccountId.of("acct-home-care");
    // tag::time-bank[]
    Ledger ledger = Ledger.builder(clock, new MemoryLedgerStore()).build();
    ledger.open(issuance, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(wang, AccountKind.INDIVIDUAL, AccountLimits.standard());
    ledger.open(care, AccountKind.PROVIDER, AccountLimits.standard());
    TimeCredit served = TimeCredit.ofHoursAndMinutes(3, 30);
    ledger.transfer(
        new TransferRequest(
            TransferId.of("t1"), issuance, wang, served, TransferKind.SERVICE_CREDIT));
    TimeCredit booked = TimeCredit.ofHours(2);
    TransferRequest booking =
        new TransferRequest(TransferId.of("b1"), wang, care, booked, TransferKind.REDEMPTION);
    ledger.reserve(booking, Duration.ofDays(2)); // holds 2h; posting 1h releases the other
    ledger.post(TransferId.of("b1-done"), TransferId.of("b1"), TimeCredit.ofHours(1));
    TimeCredit left = ledger.account(wang).balance(); // 2h30m
    boolean intact = new Audit(ledger).verify().intact(); // true: the hash chain verifies
    // end::time-bank[]
    return List.of(left, ledger.account(care).balance(), intact);
  }
}
