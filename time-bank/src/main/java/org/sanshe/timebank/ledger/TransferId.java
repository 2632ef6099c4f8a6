package org.sanshe.timebank.ledger;

import org.sanshe.timebank.error.IdRules;

/**
 * A client-supplied transfer id, the key of idempotent retries: submitting the same id with the
 * same content returns the first result, with other content it is refused. Immutable.
 *
 * @param value the id (see {@link IdRules})
 */
public record TransferId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public TransferId {
    IdRules.check("transferId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static TransferId of(String value) {
    return new TransferId(value);
  }

  /**
   * Returns the 64-bit idempotency key of this id: a hash of the string with the top bit set, so
   * that it never equals a numeric id of the fast path (those are positive). Different strings may
   * share a key; the ledger compares the full string on a match.
   *
   * @return the key, always negative
   */
  public long key() {
    return keyOf(value);
  }

  static long keyOf(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    return h | Long.MIN_VALUE;
  }

  @Override
  public String toString() {
    return value;
  }
}
