package org.sanshe.testkit.assertion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.testkit.SansheAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.fixture.TimeBankFixture;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Statement;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.store.EntryBatch;
import org.sanshe.timebank.store.EntryVisitor;
import org.sanshe.timebank.store.JournalEntry;
import org.sanshe.timebank.store.LedgerStore;

class LedgerAndStatementAssertTest {

  /** A store that shows one entry with an altered amount once asked to. */
  private static final class TamperingStore implements LedgerStore {
    private final MemoryLedgerStore inner = new MemoryLedgerStore();
    private boolean tamper;
    private long target;

    @Override
    public long lastSequence() {
      return inner.lastSequence();
    }

    @Override
    public void append(EntryBatch batch) {
      inner.append(batch);
    }

    @Override
    public JournalEntry read(long sequence) {
      JournalEntry e = inner.read(sequence);
      return tamper && sequence == target ? e.withAmount(e.amountMinutes() + 60) : e;
    }

    @Override
    public List<JournalEntry> readRange(long fromSequence, int maxEntries) {
      List<JournalEntry> out = new ArrayList<>();
      for (JournalEntry e : inner.readRange(fromSequence, maxEntries)) {
        out.add(tamper && e.sequence() == target ? e.withAmount(e.amountMinutes() + 60) : e);
      }
      return out;
    }

    @Override
    public void scan(long fromSequence, EntryVisitor visitor) {
      inner.scan(fromSequence, visitor);
    }

    @Override
    public void scanAccountBackward(int account, long maxSequence, EntryVisitor visitor) {
      inner.scanAccountBackward(account, maxSequence, visitor);
    }

    @Override
    public org.sanshe.timebank.store.ChainHash head() {
      return inner.head();
    }

    @Override
    public void saveCheckpoint(org.sanshe.timebank.store.Checkpoint checkpoint) {
      inner.saveCheckpoint(checkpoint);
    }

    @Override
    public java.util.Optional<org.sanshe.timebank.store.Checkpoint> latestCheckpoint() {
      return inner.latestCheckpoint();
    }
  }

  private static final AccountId POOL = AccountId.of("pool");
  private static final AccountId ALICE = AccountId.of("alice");

  private static Ledger twoCredits(LedgerStore store) {
    MutableClock clock = DistrictFixture.clock();
    Ledger ledger = Ledger.builder(clock, store).build();
    ledger.open(POOL, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(ALICE, AccountKind.INDIVIDUAL, AccountLimits.standard());
    for (int i = 1; i <= 3; i++) {
      ledger.transfer(
          new TransferRequest(
              TransferId.of("t" + i),
              POOL,
              ALICE,
              TimeCredit.ofHours(i),
              TransferKind.SERVICE_CREDIT));
      clock.advance(Duration.ofHours(1));
    }
    return ledger;
  }

  @Test
  void a_sound_ledger_is_balanced_with_an_intact_chain() {
    TimeBankFixture f = new TimeBankFixture();
    f.verifiedService(Duration.ofHours(2));
    assertThat(f.bank())
        .isBalanced()
        .hasIntactChain()
        .hasBalance(TimeBankFixture.VOLUNTEER_ACCOUNT, TimeCredit.ofHours(2));
    assertThat(f.bank().ledger()).isBalanced();
  }

  @Test
  void a_tampered_journal_fails_both_checks_saying_where() {
    TamperingStore store = new TamperingStore();
    Ledger ledger = twoCredits(store);
    assertThat(ledger).isBalanced().hasIntactChain();
    store.target = ledger.lastSequence(); // the second credit
    store.tamper = true;
    assertThatThrownBy(() -> assertThat(ledger).hasIntactChain())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the ledger's hash chain to verify")
        .hasMessageContaining("broken at sequence " + store.target);
    assertThatThrownBy(() -> assertThat(ledger).isBalanced())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the ledger to be balanced")
        .hasMessageContaining("mismatches");
  }

  @Test
  void a_wrong_balance_is_reported_with_the_balance_found() {
    TimeBankFixture f = new TimeBankFixture();
    f.verifiedService(Duration.ofHours(2));
    assertThatThrownBy(
            () ->
                assertThat(f.bank())
                    .hasBalance(TimeBankFixture.VOLUNTEER_ACCOUNT, TimeCredit.ofHours(3)))
        .hasMessageContaining("Expected account acct-wang to have balance 3h00m")
        .hasMessageContaining("but it was 2h00m");
    assertThatThrownBy(
            () -> assertThat(f.bank()).hasBalance(AccountId.of("nobody"), TimeCredit.ZERO))
        .hasMessageContaining("no such account");
  }

  @Test
  void a_statement_has_its_lines() {
    TimeBankFixture f = new TimeBankFixture();
    Instant start = f.clock().instant();
    f.verifiedService(Duration.ofHours(2));
    f.verifiedService(Duration.ofMinutes(30));
    TimeBank bank = f.bank();
    Statement s =
        bank.audit().statement(TimeBankFixture.VOLUNTEER_ACCOUNT, start, f.clock().instant());
    assertThat(s)
        .hasLineCount(2)
        .hasLines(TimeCredit.ofHours(2), TimeCredit.ofMinutes(30))
        .hasLinesOfKinds(TransferKind.SERVICE_CREDIT, TransferKind.SERVICE_CREDIT)
        .opensAndCloses(TimeCredit.ZERO, TimeCredit.ofHoursAndMinutes(2, 30))
        .addsUp();
    assertThatThrownBy(() -> assertThat(s).hasLines(TimeCredit.ofHours(2)))
        .hasMessageContaining("to have the lines [2h00m] but they were [2h00m, 0h30m]");
    assertThatThrownBy(() -> assertThat(s).hasLineCount(3))
        .hasMessageContaining("to have 3 lines but it had 2");
    assertThatThrownBy(() -> assertThat(s).opensAndCloses(TimeCredit.ZERO, TimeCredit.ZERO))
        .hasMessageContaining("closed at 2h30m");
    assertThatThrownBy(() -> assertThat(s).hasLinesOfKinds(TransferKind.SERVICE_CREDIT))
        .hasMessageContaining("lines of kinds [SERVICE_CREDIT] but they were");
  }

  @Test
  void a_statement_whose_running_balance_is_wrong_does_not_add_up() {
    TimeBankFixture f = new TimeBankFixture();
    Instant start = f.clock().instant();
    f.verifiedService(Duration.ofHours(2));
    Statement s =
        f.bank().audit().statement(TimeBankFixture.VOLUNTEER_ACCOUNT, start, f.clock().instant());
    Statement wrong =
        new Statement(s.account(), s.from(), s.to(), TimeCredit.ofHours(1), s.lines(), s.closing());
    assertThatThrownBy(() -> assertThat(wrong).addsUp())
        .hasMessageContaining("Expected the running balance after line")
        .hasMessageContaining("to be 3h00m but the statement says 2h00m");
  }
}
