package org.sanshe.timebank.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored journal entry: a single double-entry movement, as the store keeps it. Kind and phase
 * are the ledger's codes ({@code TransferKind.code()}, {@code TransferPhase.code()}); the store
 * does not interpret them. Immutable.
 *
 * @param sequence the position in the journal, from 1
 * @param timestampMillis when it was recorded, epoch milliseconds, never decreasing
 * @param clientKey the 64-bit idempotency key (0 for entries the ledger made itself)
 * @param clientId the full client id string when one was given, else null
 * @param debitAccount the debited account number
 * @param creditAccount the credited account number
 * @param amountMinutes the amount, positive
 * @param kind the transfer kind code
 * @param phase the phase code
 * @param reference a pending entry's deadline (for pending entries) or the related entry's sequence
 * @param hash the chain hash after this entry ({@link ChainHash#GENESIS} if not chained)
 */
public record JournalEntry(
    long sequence,
    long timestampMillis,
    long clientKey,
    String clientId,
    int debitAccount,
    int creditAccount,
    long amountMinutes,
    byte kind,
    byte phase,
    long reference,
    ChainHash hash) {

  /**
   * Checks the hash is present.
   *
   * @throws NullPointerException if hash is null
   */
  public JournalEntry {
    Objects.requireNonNull(hash, "hash");
  }

  /**
   * Returns when the entry was recorded.
   *
   * @return the instant
   */
  public Instant recordedAt() {
    return Instant.ofEpochMilli(timestampMillis);
  }

  /**
   * Returns a copy with another hash, for tests and migrations.
   *
   * @param newHash the hash, not null
   * @return the copy
   */
  public JournalEntry withHash(ChainHash newHash) {
    return new JournalEntry(
        sequence,
        timestampMillis,
        clientKey,
        clientId,
        debitAccount,
        creditAccount,
        amountMinutes,
        kind,
        phase,
        reference,
        newHash);
  }

  /**
   * Returns a copy with another amount, for tamper tests.
   *
   * @param minutes the amount
   * @return the copy
   */
  public JournalEntry withAmount(long minutes) {
    return new JournalEntry(
        sequence,
        timestampMillis,
        clientKey,
        clientId,
        debitAccount,
        creditAccount,
        minutes,
        kind,
        phase,
        reference,
        hash);
  }
}
