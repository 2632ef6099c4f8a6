package org.sanshe.timebank.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.credit.TimeCredit;

/** Builds ledgers and requests for tests. */
public final class LedgerFixture {

  public static final AccountId ISSUANCE = AccountId.of("issuance");
  public static final AccountId POOL = AccountId.of("pool");
  public static final AccountId ALICE = AccountId.of("alice");
  public static final AccountId BOB = AccountId.of("bob");
  public static final AccountId CAROL = AccountId.of("carol");

  private LedgerFixture() {}

  /** A clock that tests can move. */
  public static final class MovableClock extends Clock {
    private Instant now;

    public MovableClock(Instant start) {
      this.now = start;
    }

    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  public static MovableClock clock() {
    return new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
  }

  /** Issuance, a pool, and alice, bob and carol with standard limits. */
  public static Ledger ledger(Clock clock) {
    Ledger ledger =
        Ledger.builder(clock, new org.sanshe.timebank.memory.MemoryLedgerStore()).build();
    ledger.open(ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(POOL, AccountKind.COMMUNITY_POOL, AccountLimits.standard());
    ledger.designateDonationPool(POOL);
    ledger.open(ALICE, AccountKind.INDIVIDUAL, AccountLimits.standard());
    ledger.open(BOB, AccountKind.INDIVIDUAL, AccountLimits.standard());
    ledger.open(CAROL, AccountKind.INDIVIDUAL, capped(10, ExcessPolicy.REJECT));
    return ledger;
  }

  public static Ledger ledger() {
    return ledger(clock());
  }

  public static AccountLimits capped(long hours, ExcessPolicy policy) {
    return AccountLimits.standard().withStorageCap(TimeCredit.ofHours(hours), policy);
  }

  public static TransferRequest request(
      String id, AccountId from, AccountId to, long minutes, TransferKind kind) {
    return new TransferRequest(TransferId.of(id), from, to, TimeCredit.ofMinutes(minutes), kind);
  }

  public static Transfer credit(Ledger ledger, String id, AccountId to, long minutes) {
    return ledger.transfer(request(id, ISSUANCE, to, minutes, TransferKind.SERVICE_CREDIT));
  }
}
