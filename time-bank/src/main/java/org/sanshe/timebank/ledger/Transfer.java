package org.sanshe.timebank.ledger;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * A recorded journal entry in domain terms: the result of a command. Immutable.
 *
 * @param sequence the journal sequence
 * @param recordedAt when it was recorded
 * @param id the client id, or null for numeric ids and entries the ledger made itself
 * @param clientKey the idempotency key (0 for the ledger's own entries)
 * @param kind why the hours moved
 * @param phase the phase
 * @param debit the debited account
 * @param credit the credited account
 * @param amount the amount
 * @param reference the deadline in epoch milliseconds for pending entries; the related entry's
 *     sequence for post, void, expire and diverted entries; otherwise 0
 */
public record Transfer(
    long sequence,
    Instant recordedAt,
    TransferId id,
    long clientKey,
    TransferKind kind,
    TransferPhase phase,
    AccountId debit,
    AccountId credit,
    TimeCredit amount,
    long reference) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a required component is null
   */
  public Transfer {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(amount, "amount");
  }
}
