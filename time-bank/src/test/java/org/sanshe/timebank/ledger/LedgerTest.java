package org.sanshe.timebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.ledger.LedgerFixture.ALICE;
import static org.sanshe.timebank.ledger.LedgerFixture.BOB;
import static org.sanshe.timebank.ledger.LedgerFixture.CAROL;
import static org.sanshe.timebank.ledger.LedgerFixture.ISSUANCE;
import static org.sanshe.timebank.ledger.LedgerFixture.POOL;
import static org.sanshe.timebank.ledger.LedgerFixture.credit;
import static org.sanshe.timebank.ledger.LedgerFixture.request;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.AccountStatus;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

class LedgerTest {

  private final LedgerFixture.MovableClock clock = LedgerFixture.clock();
  private final Ledger ledger = LedgerFixture.ledger(clock);

  /** The entries the fixture's account openings took: transfers follow them. */
  private final long opened = ledger.lastSequence();

  private long balance(AccountId id) {
    return ledger.account(id).balance().toMinutes();
  }

  private void assertRefused(Runnable command, TimeBankError code) {
    long before = ledger.lastSequence();
    BalanceSnapshot snapshot = ledger.balances();
    assertThatThrownBy(command::run)
        .isInstanceOf(TimeBankException.class)
        .extracting(e -> ((TimeBankException) e).error())
        .isEqualTo(code);
    assertThat(ledger.lastSequence()).isEqualTo(before);
    assertThat(ledger.balances().balances()).isEqualTo(snapshot.balances());
    assertThat(ledger.balances().pendingDebits()).isEqualTo(snapshot.pendingDebits());
    assertThat(ledger.balances().pendingCredits()).isEqualTo(snapshot.pendingCredits());
  }

  @Test
  void verified_service_is_credited_from_issuance_so_balances_sum_to_zero() {
    credit(ledger, "s1", ALICE, 90);
    assertThat(balance(ALICE)).isEqualTo(90);
    assertThat(balance(ISSUANCE)).isEqualTo(-90);
    assertThat(ledger.sumOfBalances()).isZero();
  }

  @Test
  void a_retry_with_the_same_id_and_content_returns_the_first_result_and_changes_nothing() {
    Transfer first = credit(ledger, "s1", ALICE, 90);
    clock.advance(Duration.ofMinutes(5));
    Transfer again = credit(ledger, "s1", ALICE, 90);
    assertThat(again).isEqualTo(first);
    assertThat(balance(ALICE)).isEqualTo(90);
    assertThat(ledger.lastSequence()).isEqualTo(opened + 1);
  }

  @Test
  void the_same_id_with_other_content_is_refused() {
    credit(ledger, "s1", ALICE, 90);
    assertRefused(() -> credit(ledger, "s1", ALICE, 91), TimeBankError.LEDGER_ID_REUSED);
    assertRefused(() -> credit(ledger, "s1", BOB, 90), TimeBankError.LEDGER_ID_REUSED);
  }

  @Test
  void the_numeric_fast_path_is_idempotent_too() {
    int issuance = ledger.accountNumber(ISSUANCE);
    int alice = ledger.accountNumber(ALICE);
    long seq = ledger.transfer(7, issuance, alice, 30, TransferKind.SERVICE_CREDIT);
    assertThat(ledger.transfer(7, issuance, alice, 30, TransferKind.SERVICE_CREDIT)).isEqualTo(seq);
    assertRefused(
        () -> ledger.transfer(7, issuance, alice, 31, TransferKind.SERVICE_CREDIT),
        TimeBankError.LEDGER_ID_REUSED);
    assertRefused(
        () -> ledger.transfer(0, issuance, alice, 31, TransferKind.SERVICE_CREDIT),
        TimeBankError.LEDGER_ID_INVALID);
    assertThat(balance(ALICE)).isEqualTo(30);
  }

  @Test
  void bad_input_is_refused_with_a_specific_code_and_changes_nothing() {
    credit(ledger, "s1", ALICE, 60);
    assertRefused(
        () -> ledger.transfer(request("g0", ALICE, BOB, 0, TransferKind.GIFT)),
        TimeBankError.LEDGER_AMOUNT_NOT_POSITIVE);
    assertRefused(
        () -> ledger.transfer(request("g1", ALICE, BOB, -5, TransferKind.GIFT)),
        TimeBankError.LEDGER_AMOUNT_NOT_POSITIVE);
    assertRefused(
        () -> ledger.transfer(request("g2", ALICE, AccountId.of("nobody"), 5, TransferKind.GIFT)),
        TimeBankError.LEDGER_ACCOUNT_UNKNOWN);
    assertRefused(
        () -> ledger.transfer(request("g3", ALICE, ALICE, 5, TransferKind.GIFT)),
        TimeBankError.LEDGER_SAME_ACCOUNT);
    assertRefused(
        () -> ledger.transfer(request("g4", ALICE, BOB, 61, TransferKind.GIFT)),
        TimeBankError.LEDGER_MINIMUM_BALANCE);
    assertRefused(
        () -> ledger.transfer(request("g5", ISSUANCE, ALICE, Long.MAX_VALUE, TransferKind.GIFT)),
        TimeBankError.LEDGER_AMOUNT_OVERFLOW);
    ledger.freeze(BOB);
    assertRefused(
        () -> ledger.transfer(request("g6", ALICE, BOB, 5, TransferKind.GIFT)),
        TimeBankError.LEDGER_ACCOUNT_FROZEN);
    ledger.unfreeze(BOB);
    ledger.close(BOB);
    assertRefused(
        () -> ledger.transfer(request("g7", ALICE, BOB, 5, TransferKind.GIFT)),
        TimeBankError.LEDGER_ACCOUNT_CLOSED);
    assertRefused(
        () -> ledger.transfer(99, 0, 1234, 5, TransferKind.GIFT),
        TimeBankError.LEDGER_ACCOUNT_UNKNOWN);
    assertThat(ledger.account(BOB).status()).isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void an_account_with_a_balance_cannot_be_closed() {
    credit(ledger, "s1", ALICE, 60);
    assertRefused(() -> ledger.close(ALICE), TimeBankError.LEDGER_ACCOUNT_NOT_EMPTY);
    assertThat(ledger.account(ALICE).status()).isEqualTo(AccountStatus.OPEN);
  }

  @Test
  void a_storage_cap_with_reject_refuses_the_excess() {
    credit(ledger, "s1", CAROL, 600);
    assertRefused(() -> credit(ledger, "s2", CAROL, 1), TimeBankError.LEDGER_STORAGE_CAP);
  }

  @Test
  void a_storage_cap_with_divert_moves_the_excess_to_the_donation_pool() {
    AccountId dave = AccountId.of("dave");
    ledger.open(
        dave,
        AccountKind.INDIVIDUAL,
        LedgerFixture.capped(1, ExcessPolicy.DIVERT_TO_DONATION_POOL));
    credit(ledger, "s1", dave, 50);
    Transfer t = credit(ledger, "s2", dave, 30);
    assertThat(t.amount()).isEqualTo(TimeCredit.ofMinutes(30));
    assertThat(balance(dave)).isEqualTo(60);
    assertThat(balance(POOL)).isEqualTo(20);
    List<LedgerEvent> events = ledger.events(1, 10);
    assertThat(events).last().isInstanceOf(LedgerEvent.ExcessDiverted.class);
    assertThat(((LedgerEvent.ExcessDiverted) events.get(events.size() - 1)).causeSequence())
        .isEqualTo(t.sequence());
    assertThat(ledger.sumOfBalances()).isZero();
  }

  @Test
  void divert_without_a_donation_pool_is_refused() {
    Ledger bare = Ledger.builder(clock, new org.sanshe.timebank.memory.MemoryLedgerStore()).build();
    bare.open(ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    bare.open(
        ALICE,
        AccountKind.INDIVIDUAL,
        LedgerFixture.capped(1, ExcessPolicy.DIVERT_TO_DONATION_POOL));
    assertThatThrownBy(() -> credit(bare, "s1", ALICE, 61))
        .extracting(e -> ((TimeBankException) e).error())
        .isEqualTo(TimeBankError.LEDGER_NO_DONATION_POOL);
    assertThat(bare.lastSequence()).isEqualTo(2); // the two account openings
  }

  @Test
  void a_linked_batch_succeeds_or_fails_as_a_whole() {
    credit(ledger, "s1", ALICE, 60);
    List<TransferRequest> batch =
        List.of(
            request("b1", ALICE, BOB, 30, TransferKind.GIFT),
            request("b2", BOB, CAROL, 30, TransferKind.GIFT),
            request("b3", ALICE, BOB, 31, TransferKind.GIFT));
    assertThatThrownBy(() -> ledger.transferLinked(batch))
        .isInstanceOfSatisfying(
            LedgerException.class,
            e -> {
              assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_LINKED_TRANSFER_FAILED);
              assertThat(e.arguments().get(0)).isEqualTo(2);
              assertThat(((TimeBankException) e.getCause()).error())
                  .isEqualTo(TimeBankError.LEDGER_MINIMUM_BALANCE);
            });
    assertThat(balance(ALICE)).isEqualTo(60);
    assertThat(balance(BOB)).isZero();
    assertThat(ledger.lastSequence()).isEqualTo(opened + 1);
    List<Transfer> done = ledger.transferLinked(batch.subList(0, 2));
    assertThat(done).extracting(Transfer::sequence).containsExactly(opened + 2, opened + 3);
    assertThat(ledger.transferLinked(batch.subList(0, 2))).isEqualTo(done);
    assertThat(balance(CAROL)).isEqualTo(30);
  }

  @Test
  void a_linked_batch_posted_without_results_records_what_transfer_linked_records() {
    credit(ledger, "s1", ALICE, 60);
    Ledger twin = LedgerFixture.ledger(LedgerFixture.clock());
    credit(twin, "s1", ALICE, 60);
    List<TransferRequest> batch =
        List.of(
            request("b1", ALICE, BOB, 30, TransferKind.GIFT),
            request("b2", BOB, CAROL, 30, TransferKind.GIFT),
            request("b3", ALICE, BOB, 31, TransferKind.GIFT));
    assertRefused(() -> ledger.postLinked(batch), TimeBankError.LEDGER_LINKED_TRANSFER_FAILED);
    long[] posted = ledger.postLinked(batch.subList(0, 2));
    List<Transfer> done = twin.transferLinked(batch.subList(0, 2));
    assertThat(posted).containsExactly(opened + 2, opened + 3);
    assertThat(done).extracting(Transfer::sequence).containsExactly(opened + 2, opened + 3);
    for (long s : posted) {
      assertThat(ledger.transferAt(s)).isEqualTo(twin.transferAt(s));
    }
    assertThat(ledger.head()).isEqualTo(twin.head());
    // a retry of the whole batch returns the first sequences and changes nothing
    assertThat(ledger.postLinked(batch.subList(0, 2))).containsExactly(posted);
    assertThat(ledger.lastSequence()).isEqualTo(opened + 3);
    assertThat(balance(CAROL)).isEqualTo(30);
  }

  @Test
  void a_linked_batch_may_not_repeat_an_id() {
    credit(ledger, "s1", ALICE, 60);
    assertThatThrownBy(
            () ->
                ledger.transferLinked(
                    List.of(
                        request("b1", ALICE, BOB, 1, TransferKind.GIFT),
                        request("b1", ALICE, BOB, 1, TransferKind.GIFT))))
        .extracting(e -> ((TimeBankException) e.getCause()).error())
        .isEqualTo(TimeBankError.LEDGER_ID_DUPLICATE_IN_BATCH);
    assertThat(ledger.lastSequence()).isEqualTo(opened + 1);
  }

  @Test
  void pending_amounts_count_against_limits_and_post_in_part() {
    credit(ledger, "s1", ALICE, 60);
    Transfer hold =
        ledger.reserve(request("p1", ALICE, BOB, 40, TransferKind.REDEMPTION), Duration.ofHours(1));
    assertThat(hold.phase()).isEqualTo(TransferPhase.PENDING);
    assertThat(ledger.account(ALICE).available()).isEqualTo(TimeCredit.ofMinutes(20));
    assertRefused(
        () -> ledger.transfer(request("g1", ALICE, BOB, 21, TransferKind.GIFT)),
        TimeBankError.LEDGER_MINIMUM_BALANCE);
    assertRefused(
        () -> ledger.post(TransferId.of("p1-post"), TransferId.of("p1"), TimeCredit.ofMinutes(41)),
        TimeBankError.LEDGER_POST_EXCEEDS_PENDING);
    Transfer post =
        ledger.post(TransferId.of("p1-post"), TransferId.of("p1"), TimeCredit.ofMinutes(25));
    assertThat(post.reference()).isEqualTo(hold.sequence());
    assertThat(balance(ALICE)).isEqualTo(35);
    assertThat(balance(BOB)).isEqualTo(25);
    assertThat(ledger.account(ALICE).pendingDebits()).isEqualTo(TimeCredit.ZERO);
    assertThat(ledger.post(TransferId.of("p1-post"), TransferId.of("p1"), TimeCredit.ofMinutes(25)))
        .isEqualTo(post);
    assertRefused(
        () -> ledger.voidReservation(TransferId.of("p1-void"), TransferId.of("p1")),
        TimeBankError.LEDGER_PENDING_CLOSED);
  }

  @Test
  void a_pending_credit_counts_against_the_storage_cap() {
    credit(ledger, "s1", ALICE, 600);
    ledger.reserve(request("p1", ALICE, CAROL, 500, TransferKind.REDEMPTION), Duration.ofHours(1));
    assertRefused(() -> credit(ledger, "s2", CAROL, 101), TimeBankError.LEDGER_STORAGE_CAP);
    credit(ledger, "s3", CAROL, 100);
  }

  @Test
  void a_reservation_made_before_a_freeze_can_still_be_posted() {
    credit(ledger, "s1", ALICE, 60);
    ledger.reserve(request("p1", ALICE, BOB, 60, TransferKind.REDEMPTION), Duration.ofHours(1));
    ledger.freeze(ALICE);
    assertRefused(
        () -> ledger.transfer(request("g1", ALICE, BOB, 1, TransferKind.GIFT)),
        TimeBankError.LEDGER_ACCOUNT_FROZEN);
    ledger.post(TransferId.of("p1-post"), TransferId.of("p1"));
    assertThat(balance(BOB)).isEqualTo(60);
  }

  @Test
  void a_void_releases_the_reservation_and_moves_nothing() {
    credit(ledger, "s1", ALICE, 60);
    ledger.reserve(request("p1", ALICE, BOB, 60, TransferKind.REDEMPTION), Duration.ofHours(1));
    Transfer v = ledger.voidReservation(TransferId.of("v1"), TransferId.of("p1"));
    assertThat(v.phase()).isEqualTo(TransferPhase.VOID_PENDING);
    assertThat(ledger.account(ALICE).available()).isEqualTo(TimeCredit.ofMinutes(60));
    assertThat(balance(BOB)).isZero();
    assertRefused(
        () -> ledger.post(TransferId.of("x"), TransferId.of("unknown")),
        TimeBankError.LEDGER_PENDING_UNKNOWN);
  }

  @Test
  void a_reservation_expires_when_the_clock_passes_its_deadline() {
    credit(ledger, "s1", ALICE, 60);
    ledger.reserve(request("p1", ALICE, BOB, 60, TransferKind.REDEMPTION), Duration.ofMinutes(30));
    clock.advance(Duration.ofMinutes(29));
    assertThat(ledger.expireOverdue()).isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(ledger.expireOverdue()).isEqualTo(1);
    assertThat(ledger.account(ALICE).available()).isEqualTo(TimeCredit.ofMinutes(60));
    assertThat(ledger.events(1, 10)).last().isInstanceOf(LedgerEvent.ReservationExpired.class);
    assertRefused(
        () -> ledger.post(TransferId.of("late"), TransferId.of("p1")),
        TimeBankError.LEDGER_PENDING_CLOSED);
  }

  @Test
  void a_timeout_must_be_positive() {
    assertRefused(
        () ->
            ledger.reserve(
                request("p1", ISSUANCE, BOB, 60, TransferKind.REDEMPTION), Duration.ZERO),
        TimeBankError.LEDGER_TIMEOUT_INVALID);
  }

  @Test
  void an_account_id_can_be_opened_once() {
    assertThatThrownBy(() -> ledger.open(ALICE, AccountKind.INDIVIDUAL, AccountLimits.standard()))
        .extracting(e -> ((TimeBankException) e).error())
        .isEqualTo(TimeBankError.LEDGER_ACCOUNT_EXISTS);
  }

  @Test
  void many_accounts_are_found_by_id() {
    for (int i = 0; i < 500; i++) {
      ledger.open(AccountId.of("v" + i), AccountKind.INDIVIDUAL, AccountLimits.standard());
    }
    for (int i = 0; i < 500; i++) {
      assertThat(ledger.account(AccountId.of("v" + i)).id()).isEqualTo(AccountId.of("v" + i));
    }
    assertThat(ledger.accountCount()).isEqualTo(505);
  }
}
