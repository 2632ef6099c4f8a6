package org.sanshe.timebank.ledger;

import java.time.Instant;

/**
 * What happened in a ledger, in the past tense, derived from its journal ({@link
 * Ledger#events(long, int)}). Immutable.
 */
public sealed interface LedgerEvent {

  /**
   * Returns the journal entry behind the event.
   *
   * @return the transfer
   */
  Transfer transfer();

  /**
   * Creates the event of a journal entry.
   *
   * @param t the entry, not null
   * @return the event
   */
  static LedgerEvent of(Transfer t) {
    return switch (t.phase()) {
      case POSTED -> new HoursTransferred(t);
      case PENDING -> new HoursReserved(t, Instant.ofEpochMilli(t.reference()));
      case POST_PENDING -> new ReservationPosted(t, t.reference());
      case VOID_PENDING -> new ReservationVoided(t, t.reference());
      case EXPIRE_PENDING -> new ReservationExpired(t, t.reference());
      case DIVERTED -> new ExcessDiverted(t, t.reference());
    };
  }

  /**
   * Hours moved at once.
   *
   * @param transfer the entry
   */
  record HoursTransferred(Transfer transfer) implements LedgerEvent {}

  /**
   * Hours were reserved until a deadline.
   *
   * @param transfer the entry
   * @param expiresAt when the reservation expires
   */
  record HoursReserved(Transfer transfer, Instant expiresAt) implements LedgerEvent {}

  /**
   * A reservation was posted, in full or in part.
   *
   * @param transfer the entry
   * @param pendingSequence the reservation's sequence
   */
  record ReservationPosted(Transfer transfer, long pendingSequence) implements LedgerEvent {}

  /**
   * A reservation was voided.
   *
   * @param transfer the entry
   * @param pendingSequence the reservation's sequence
   */
  record ReservationVoided(Transfer transfer, long pendingSequence) implements LedgerEvent {}

  /**
   * A reservation expired.
   *
   * @param transfer the entry
   * @param pendingSequence the reservation's sequence
   */
  record ReservationExpired(Transfer transfer, long pendingSequence) implements LedgerEvent {}

  /**
   * The excess above a storage cap was diverted to the donation pool.
   *
   * @param transfer the entry
   * @param causeSequence the credit that caused it
   */
  record ExcessDiverted(Transfer transfer, long causeSequence) implements LedgerEvent {}
}
