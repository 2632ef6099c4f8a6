package org.sanshe.timebank.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.timebank.ledger.LedgerFixture.ALICE;
import static org.sanshe.timebank.ledger.LedgerFixture.BOB;
import static org.sanshe.timebank.ledger.LedgerFixture.ISSUANCE;
import static org.sanshe.timebank.ledger.LedgerFixture.credit;
import static org.sanshe.timebank.ledger.LedgerFixture.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.LedgerFixture;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.JournalEntry;

class AuditTest {

  private final LedgerFixture.MovableClock clock = LedgerFixture.clock();
  private final Ledger ledger = LedgerFixture.ledger(clock);
  private final Audit audit = new Audit(ledger);

  private List<JournalEntry> journalOfSix() {
    for (int i = 1; i <= 6; i++) {
      credit(ledger, "s" + i, i % 2 == 0 ? ALICE : BOB, 10 * i);
      clock.advance(Duration.ofHours(1));
    }
    List<JournalEntry> entries = new ArrayList<>();
    Audit.paged(ledger.store()).forEach(entries::add);
    return entries; // the fixture's account openings first, then the six credits
  }

  @Test
  void an_untouched_journal_verifies() {
    List<JournalEntry> entries = journalOfSix();
    Verification v = JournalVerifier.verify(entries);
    assertThat(v).isEqualTo(new Verification.Intact(entries.size(), ledger.head()));
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void a_changed_entry_is_named() {
    List<JournalEntry> entries = journalOfSix();
    entries.set(3, entries.get(3).withAmount(999));
    assertThat(JournalVerifier.verify(entries))
        .isInstanceOfSatisfying(
            Verification.Broken.class, b -> assertThat(b.firstBadSequence()).isEqualTo(4));
  }

  @Test
  void a_changed_entry_with_a_recomputed_hash_breaks_the_next_link() {
    List<JournalEntry> entries = journalOfSix();
    org.sanshe.timebank.store.HashChain chain = new org.sanshe.timebank.store.HashChain();
    chain.reset(entries.get(1).hash());
    JournalEntry forged = entries.get(2).withAmount(999);
    chain.next(forged);
    entries.set(2, forged.withHash(chain.head()));
    assertThat(((Verification.Broken) JournalVerifier.verify(entries)).firstBadSequence())
        .isEqualTo(4);
  }

  @Test
  void a_removed_entry_is_named() {
    List<JournalEntry> entries = journalOfSix();
    entries.remove(2);
    assertThat(((Verification.Broken) JournalVerifier.verify(entries)).firstBadSequence())
        .isEqualTo(3);
  }

  @Test
  void reordered_entries_are_named() {
    List<JournalEntry> entries = journalOfSix();
    Collections.swap(entries, 4, 5);
    assertThat(((Verification.Broken) JournalVerifier.verify(entries)).firstBadSequence())
        .isEqualTo(5);
  }

  @Test
  void an_inserted_entry_is_named() {
    List<JournalEntry> entries = journalOfSix();
    JournalEntry template = entries.get(1);
    JournalEntry inserted =
        new JournalEntry(
            2,
            template.timestampMillis(),
            12345,
            null,
            template.debitAccount(),
            template.creditAccount(),
            600,
            template.kind(),
            template.phase(),
            0,
            new ChainHash(1, 2, 3, 4));
    entries.add(1, inserted);
    assertThat(((Verification.Broken) JournalVerifier.verify(entries)).firstBadSequence())
        .isEqualTo(2);
  }

  @Test
  void a_statement_shows_running_balances_between_two_instants() {
    Instant start = clock.instant();
    credit(ledger, "s1", ALICE, 100);
    clock.advance(Duration.ofHours(1));
    Instant from = clock.instant();
    ledger.transfer(request("g1", ALICE, BOB, 30, TransferKind.GIFT));
    clock.advance(Duration.ofHours(1));
    credit(ledger, "s2", ALICE, 15);
    clock.advance(Duration.ofHours(1));
    Instant to = clock.instant();
    credit(ledger, "s3", ALICE, 1);
    Statement s = audit.statement(ALICE, from, to);
    assertThat(s.opening()).isEqualTo(TimeCredit.ofMinutes(100));
    assertThat(s.lines())
        .extracting(StatementLine::change, StatementLine::balanceAfter, StatementLine::counterparty)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TimeCredit.ofMinutes(-30), TimeCredit.ofMinutes(70), BOB),
            org.assertj.core.groups.Tuple.tuple(
                TimeCredit.ofMinutes(15), TimeCredit.ofMinutes(85), ISSUANCE));
    assertThat(s.closing()).isEqualTo(TimeCredit.ofMinutes(85));
    assertThat(audit.statement(ALICE, start, from).lines()).hasSize(1);
  }

  @Test
  void a_sound_ledger_reconciles() {
    long opened = journalOfSix().size() - 6;
    ledger.reserve(request("p1", ALICE, BOB, 5, TransferKind.REDEMPTION), Duration.ofHours(1));
    ReconciliationReport report = audit.reconcile();
    assertThat(report.balanced()).isTrue();
    assertThat(report.accounts()).isEqualTo(5);
    assertThat(report.lastSequence()).isEqualTo(opened + 7);
  }

  @Test
  void star_levels_count_verified_service_but_not_gifts() {
    StarLevelPolicy stars = StarLevelPolicy.national();
    credit(ledger, "s1", ALICE, 99 * 60);
    assertThat(audit.starRating(ALICE, stars).stars()).isZero();
    credit(ledger, "s2", BOB, 400 * 60);
    ledger.transfer(request("g1", BOB, ALICE, 300 * 60, TransferKind.GIFT));
    assertThat(audit.verifiedService(ALICE)).isEqualTo(TimeCredit.ofHours(99));
    credit(ledger, "s3", ALICE, 60);
    assertThat(audit.starRating(ALICE, stars).stars()).isEqualTo(1);
    assertThat(audit.starRating(BOB, stars).stars()).isEqualTo(2);
  }

  @Test
  void the_star_thresholds_are_100_300_600_1000_and_1500_hours() {
    StarLevelPolicy stars = StarLevelPolicy.national();
    long[][] cases = {
      {0, 0}, {99, 0}, {100, 1}, {299, 1}, {300, 2}, {600, 3}, {999, 3}, {1000, 4}, {1499, 4},
      {1500, 5}, {9000, 5}
    };
    for (long[] c : cases) {
      assertThat(stars.rate(TimeCredit.ofHours(c[0])).stars())
          .as("%s hours", c[0])
          .isEqualTo((int) c[1]);
    }
    assertThat(stars.rate(TimeCredit.ofMinutes(100 * 60 - 1)).stars()).isZero();
    assertThat(stars.rate(TimeCredit.ofHours(1500)).nextThreshold()).isNull();
  }
}
