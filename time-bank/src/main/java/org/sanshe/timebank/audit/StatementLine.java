package org.sanshe.timebank.audit;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;

/**
 * One line of a statement: a movement of the posted balance and the balance after it. Immutable.
 *
 * @param sequence the journal sequence
 * @param recordedAt when it was recorded
 * @param kind why the hours moved
 * @param phase the entry's phase
 * @param counterparty the other account
 * @param change the signed change of the balance
 * @param balanceAfter the running balance after this line
 */
public record StatementLine(
    long sequence,
    Instant recordedAt,
    TransferKind kind,
    TransferPhase phase,
    AccountId counterparty,
    TimeCredit change,
    TimeCredit balanceAfter) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public StatementLine {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(balanceAfter, "balanceAfter");
  }
}
