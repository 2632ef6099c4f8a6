package org.sanshe.timebank.ledger;

/**
 * The account lifecycle as the journal records it: each change is a journal entry under the hash
 * chain, so that a ledger rebuilds its accounts from the store alone. The codes share the journal's
 * phase column with {@link TransferPhase} and never overlap it.
 *
 * <p>Encoding of an account entry ({@link org.sanshe.timebank.store.JournalEntry}): debit and
 * credit both the account's number, client key 0, client id the account id, kind {@code 2 *
 * AccountKind.ordinal() + 1} if excess above a storage cap is diverted to the donation pool (else
 * {@code 2 * ordinal}); for {@link #OPENED} and {@link #LIMITS_CHANGED} the amount is the storage
 * cap in minutes ({@code Long.MAX_VALUE}: none) and the reference the minimum balance ({@code
 * Long.MIN_VALUE}: none); for status changes the amount is 0 and the reference the previous status
 * ordinal; for {@link #DONATION_POOL_DESIGNATED} the amount is 0 and the reference the previous
 * pool's number (-1: none).
 *
 * <p>Immutable and thread-safe.
 */
public enum AccountChange {
  /** An account was opened with a kind and limits. */
  OPENED(8),
  /** An open account was frozen. */
  FROZEN(9),
  /** A frozen account was unfrozen. */
  UNFROZEN(10),
  /** An empty account was closed for ever. */
  CLOSED(11),
  /** An account's limits changed. */
  LIMITS_CHANGED(12),
  /** The account became the donation pool that receives diverted excess. */
  DONATION_POOL_DESIGNATED(13);

  private final byte code;

  AccountChange(int code) {
    this.code = (byte) code;
  }

  /**
   * Returns the code stored in the journal's phase column.
   *
   * @return the code
   */
  public byte code() {
    return code;
  }

  /**
   * Tells whether a stored phase code is an account change rather than a transfer phase.
   *
   * @param code a phase code
   * @return true for an account change
   */
  public static boolean isAccountChange(byte code) {
    return code >= OPENED.code && code <= DONATION_POOL_DESIGNATED.code;
  }

  /**
   * Returns the change of a code.
   *
   * @param code a code for which {@link #isAccountChange(byte)} holds
   * @return the change
   * @throws IllegalArgumentException for another code
   */
  public static AccountChange ofCode(byte code) {
    if (!isAccountChange(code)) {
      throw new IllegalArgumentException("no account change code: " + code);
    }
    return values()[code - OPENED.code];
  }
}
