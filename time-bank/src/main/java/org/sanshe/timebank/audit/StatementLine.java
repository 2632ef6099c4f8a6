package org.sanshe.timebank.audit;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;

/**
 * One line of a statement: a movement of the posted balance and the balance after it. Amounts and
 * time are held as primitives (a statement of 10,000 lines allocates one object per line); {@link
 * #change()}, {@link #balanceAfter()} and {@link #recordedAt()} give the typed values. Immutable.
 *
 * @param sequence the journal sequence
 * @param recordedAtMillis when it was recorded, epoch milliseconds
 * @param kind why the hours moved
 * @param phase the entry's phase
 * @param counterparty the other account
 * @param changeMinutes the signed change of the balance
 * @param balanceAfterMinutes the running balance after this line
 */
public record StatementLine(
    long sequence,
    long recordedAtMillis,
    TransferKind kind,
    TransferPhase phase,
    AccountId counterparty,
    long changeMinutes,
    long balanceAfterMinutes) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public StatementLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(counterparty, "counterparty");
  }

  /**
   * Returns when the entry was recorded.
   *
   * @return the instant
   */
  public Instant recordedAt() {
    return Instant.ofEpochMilli(recordedAtMillis);
  }

  /**
   * Returns the signed change of the balance.
   *
   * @return the change
   */
  public TimeCredit change() {
    return TimeCredit.ofMinutes(changeMinutes);
  }

  /**
   * Returns the running balance after this line.
   *
   * @return the balance
   */
  public TimeCredit balanceAfter() {
    return TimeCredit.ofMinutes(balanceAfterMinutes);
  }
}
