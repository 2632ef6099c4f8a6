package org.sanshe.timebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.ledger.LedgerFixture.ALICE;
import static org.sanshe.timebank.ledger.LedgerFixture.BOB;
import static org.sanshe.timebank.ledger.LedgerFixture.credit;
import static org.sanshe.timebank.ledger.LedgerFixture.request;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.store.EntryBatch;

/** A ledger rebuilt from its stored journal is the same ledger. */
class LedgerRestoreTest {

  private final LedgerFixture.MovableClock clock = LedgerFixture.clock();

  @Test
  void replaying_the_store_reproduces_balances_reservations_retries_and_the_chain() {
    Ledger original = LedgerFixture.ledger(clock);
    AccountId dave = AccountId.of("dave");
    original.open(
        dave,
        AccountKind.INDIVIDUAL,
        LedgerFixture.capped(1, ExcessPolicy.DIVERT_TO_DONATION_POOL));
    credit(original, "s1", ALICE, 120);
    credit(original, "s2", dave, 90);
    original.reserve(request("p1", ALICE, BOB, 30, TransferKind.REDEMPTION), Duration.ofHours(1));
    original.reserve(request("p2", ALICE, BOB, 20, TransferKind.REDEMPTION), Duration.ofHours(2));
    original.post(TransferId.of("p1-post"), TransferId.of("p1"));
    original.transfer(
        42, original.accountNumber(ALICE), original.accountNumber(BOB), 5, TransferKind.GIFT);

    Ledger restored =
        Ledger.builder(clock, original.store()).build(); // accounts come from the journal

    assertThat(restored.accounts()).isEqualTo(original.accounts());
    assertThat(restored.head()).isEqualTo(original.head());
    assertThat(restored.lastSequence()).isEqualTo(original.lastSequence());
    assertThat(
            restored.transfer(
                request("s1", LedgerFixture.ISSUANCE, ALICE, 120, TransferKind.SERVICE_CREDIT)))
        .isEqualTo(original.find(TransferId.of("s1")));
    assertThat(
            restored.transfer(
                42,
                restored.accountNumber(ALICE),
                restored.accountNumber(BOB),
                5,
                TransferKind.GIFT))
        .isEqualTo(original.find(TransferId.of("s1")).sequence() + 6);
    assertThat(restored.account(ALICE).available()).isEqualTo(TimeCredit.ofMinutes(65));

    clock.advance(Duration.ofHours(3));
    assertThat(restored.expireOverdue()).isEqualTo(1);
    restored.transfer(request("g2", ALICE, BOB, 10, TransferKind.GIFT));
    Audit audit = new Audit(restored);
    assertThat(audit.verify().intact()).isTrue();
    assertThat(audit.reconcile().balanced()).isTrue();
  }

  @Test
  void a_broken_chain_is_not_restored() {
    MemoryLedgerStore store = new MemoryLedgerStore();
    Ledger original = Ledger.builder(clock, store).build();
    original.open(
        LedgerFixture.ISSUANCE,
        AccountKind.ISSUANCE,
        org.sanshe.timebank.account.AccountLimits.unbounded());
    original.open(
        ALICE, AccountKind.INDIVIDUAL, org.sanshe.timebank.account.AccountLimits.standard());
    credit(original, "s1", ALICE, 60);
    long forgedSequence = store.lastSequence() + 1;
    EntryBatch forged = new EntryBatch();
    forged.reset(forgedSequence);
    forged.add(
        clock.millis(),
        5,
        null,
        0,
        1,
        600,
        TransferKind.SERVICE_CREDIT.code(),
        TransferPhase.POSTED.code(),
        0);
    store.append(forged);
    assertThatThrownBy(() -> Ledger.builder(clock, store).build())
        .hasMessageStartingWith("[LEDGER_JOURNAL_BROKEN]")
        .hasMessageContaining(String.valueOf(forgedSequence));
  }
}
