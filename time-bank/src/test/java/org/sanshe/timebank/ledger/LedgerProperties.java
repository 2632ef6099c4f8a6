package org.sanshe.timebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.timebank.Theories.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankException;

/** Invariants of the ledger over random command sequences. */
class LedgerProperties {

  private static final AccountId[] PEOPLE = {
    AccountId.of("a"), AccountId.of("b"), AccountId.of("c"), AccountId.of("d")
  };

  /** One random command: what, who, to whom, how much, and which earlier id to reuse. */
  record Command(int op, int from, int to, long minutes, int reuse) {}

  /** The command every command shrinks to: a refused credit of zero minutes. */
  private static final Command NO_OP = new Command(0, 0, 0, 0, 0);

  /** Sequences of 1 to 60 commands. */
  private static Gen<List<Command>> commands() {
    Gen<Command> one =
        integers()
            .between(0, 7)
            .zip(
                integers().between(0, PEOPLE.length - 1),
                integers().between(0, PEOPLE.length - 1),
                longs().between(-5, 400),
                integers().between(0, 50),
                Command::new);
    return lists().of(one).ofSizeBetween(1, 60).describedAs(LedgerProperties::describe);
  }

  /**
   * Describes a sequence by its length and its commands other than the one every command shrinks to
   * ({@code Command[0, 0, 0, 0, 0]}, a credit of zero minutes that the ledger refuses), so that a
   * shrunk failing sequence reads as the few commands that matter.
   */
  private static String describe(List<Command> commands) {
    StringBuilder s = new StringBuilder(commands.size() + " commands, the others refused no-ops:");
    for (int i = 0; i < commands.size(); i++) {
      if (!commands.get(i).equals(NO_OP)) {
        s.append(System.lineSeparator())
            .append("  #")
            .append(i)
            .append(' ')
            .append(commands.get(i));
      }
    }
    return s.toString();
  }

  private static Ledger ledger(LedgerFixture.MovableClock clock) {
    Ledger ledger =
        Ledger.builder(clock, new org.sanshe.timebank.memory.MemoryLedgerStore()).build();
    ledger.open(LedgerFixture.ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    ledger.open(LedgerFixture.POOL, AccountKind.COMMUNITY_POOL, AccountLimits.standard());
    ledger.designateDonationPool(LedgerFixture.POOL);
    ledger.open(PEOPLE[0], AccountKind.INDIVIDUAL, AccountLimits.standard());
    ledger.open(PEOPLE[1], AccountKind.INDIVIDUAL, LedgerFixture.capped(5, ExcessPolicy.REJECT));
    ledger.open(
        PEOPLE[2],
        AccountKind.INDIVIDUAL,
        LedgerFixture.capped(4, ExcessPolicy.DIVERT_TO_DONATION_POOL));
    ledger.open(
        PEOPLE[3], AccountKind.ORGANIZATION, AccountLimits.ofMinimum(TimeCredit.ofMinutes(-120)));
    return ledger;
  }

  /** Runs one command, ignoring refusals; returns the request made, if any, for retries. */
  private static Object run(
      Ledger ledger, LedgerFixture.MovableClock clock, Command c, int n, List<Object> made) {
    String id = "t" + n;
    AccountId from = PEOPLE[c.from()];
    AccountId to = PEOPLE[c.to()];
    try {
      switch (c.op()) {
        case 0, 1 -> {
          TransferRequest r =
              LedgerFixture.request(
                  id, LedgerFixture.ISSUANCE, to, c.minutes(), TransferKind.SERVICE_CREDIT);
          ledger.transfer(r);
          return r;
        }
        case 2 -> {
          TransferRequest r = LedgerFixture.request(id, from, to, c.minutes(), TransferKind.GIFT);
          ledger.transfer(r);
          return r;
        }
        case 3 -> {
          TransferRequest r =
              LedgerFixture.request(id, from, to, c.minutes(), TransferKind.REDEMPTION);
          ledger.reserve(r, Duration.ofMinutes(30));
          return r;
        }
        case 4 -> {
          if (!made.isEmpty()) {
            Object earlier = made.get(c.reuse() % made.size());
            if (earlier instanceof TransferRequest r) {
              if (c.minutes() % 2 == 0) {
                ledger.post(
                    TransferId.of(id), r.id(), TimeCredit.ofMinutes(Math.max(1, c.minutes() / 4)));
              } else {
                ledger.voidReservation(TransferId.of(id), r.id());
              }
            }
          }
        }
        case 5 -> clock.advance(Duration.ofMinutes(c.minutes() < 0 ? 1 : c.minutes() / 10));
        case 6 -> {
          List<TransferRequest> batch =
              List.of(
                  LedgerFixture.request(id + "x", from, to, c.minutes(), TransferKind.GIFT),
                  LedgerFixture.request(id + "y", to, from, c.minutes() / 2, TransferKind.GIFT));
          ledger.transferLinked(batch);
          return batch;
        }
        default -> {
          if (!made.isEmpty()) {
            retryChangesNothing(ledger, made.get(c.reuse() % made.size()));
          }
        }
      }
    } catch (TimeBankException refused) {
      // refusals are part of the game; the invariants below still hold
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static void retryChangesNothing(Ledger ledger, Object earlier) {
    ledger.expireOverdue();
    long before = ledger.lastSequence();
    BalanceSnapshot snapshot = ledger.balances();
    try {
      if (earlier instanceof TransferRequest r) {
        Transfer first = ledger.find(r.id());
        if (first != null && first.phase() == TransferPhase.POSTED) {
          assertThat(ledger.transfer(r)).isEqualTo(first);
        }
      } else if (earlier instanceof List<?> batch) {
        ledger.transferLinked((List<TransferRequest>) batch);
      }
    } catch (TimeBankException refused) {
      // a refused original is re-evaluated; it may still be refused
    }
    if (ledger.lastSequence() != before) {
      return; // a refused original now went through: not a retry
    }
    assertThat(ledger.balances().balances()).isEqualTo(snapshot.balances());
  }

  private static void assertWithinLimits(Ledger ledger) {
    assertThat(ledger.sumOfBalances()).isZero();
    for (Account a : ledger.accounts()) {
      long balance = a.balance().toMinutes();
      if (a.limits().hasMinimum()) {
        assertThat(balance - a.pendingDebits().toMinutes())
            .as("minimum of %s", a.id())
            .isGreaterThanOrEqualTo(a.limits().minimumMinutes());
      }
      if (a.limits().hasStorageCap()) {
        assertThat(balance + a.pendingCredits().toMinutes())
            .as("cap of %s", a.id())
            .isLessThanOrEqualTo(a.limits().capMinutes());
      }
      assertThat(a.pendingDebits().toMinutes()).isNotNegative();
      assertThat(a.pendingCredits().toMinutes()).isNotNegative();
    }
  }

  @Test
  void the_total_is_zero_and_no_limit_is_crossed_after_every_command() {
    qt().forAll(commands()).checkAssert(LedgerProperties::totalZeroAndLimitsHold);
  }

  private static void totalZeroAndLimitsHold(List<Command> commands) {
    LedgerFixture.MovableClock clock = LedgerFixture.clock();
    Ledger ledger = ledger(clock);
    List<Object> made = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      Object r = run(ledger, clock, commands.get(i), i, made);
      if (r != null) {
        made.add(r);
      }
      assertWithinLimits(ledger);
    }
  }

  @Test
  void replaying_the_journal_reproduces_every_balance_and_the_chain_verifies() {
    qt().forAll(commands()).checkAssert(LedgerProperties::replayReproducesBalances);
  }

  private static void replayReproducesBalances(List<Command> commands) {
    LedgerFixture.MovableClock clock = LedgerFixture.clock();
    Ledger ledger = ledger(clock);
    List<Object> made = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      Object r = run(ledger, clock, commands.get(i), i, made);
      if (r != null) {
        made.add(r);
      }
    }
    Audit audit = new Audit(ledger);
    assertThat(audit.reconcile().balanced()).isTrue();
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void retrying_every_successful_command_changes_nothing() {
    qt().forAll(commands()).checkAssert(LedgerProperties::retriesChangeNothing);
  }

  private static void retriesChangeNothing(List<Command> commands) {
    LedgerFixture.MovableClock clock = LedgerFixture.clock();
    Ledger ledger = ledger(clock);
    List<Object> made = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      Object r = run(ledger, clock, commands.get(i), i, made);
      if (r != null) {
        made.add(r);
      }
    }
    ledger.expireOverdue(); // expiry is a consequence of time, recorded before any command
    long last = ledger.lastSequence();
    BalanceSnapshot before = ledger.balances();
    for (Object earlier : made) {
      if (earlier instanceof TransferRequest r) {
        Transfer first = ledger.find(r.id());
        if (first != null && first.phase() == TransferPhase.POSTED) {
          assertThat(ledger.transfer(r)).isEqualTo(first);
        }
      }
    }
    assertThat(ledger.lastSequence()).isEqualTo(last);
    assertThat(ledger.balances().balances()).isEqualTo(before.balances());
  }
}
