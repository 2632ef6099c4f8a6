package org.sanshe.timebank.store;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes the journal's hash chain: {@code hash(n) = SHA-256(hash(n-1) || encoding(entry n))},
 * with {@code hash(0)} all zeros. The canonical encoding is fixed-width big-endian, {@value
 * #ENCODING_LENGTH} bytes: version (1), sequence (8), timestamp (8), client key (8), debit account
 * (4), credit account (4), amount (8), kind (1), phase (1), reference (8), followed by the client
 * id string: its length in characters (4, -1 for none) and each character as two bytes. The full id
 * is under the hash, not only its 64-bit key, so renaming a stored id breaks the chain.
 *
 * <p>One instance reuses one {@link MessageDigest} and one encoding buffer, so hashing allocates
 * nothing. Mutable and not thread-safe: give each thread its own.
 */
public final class HashChain {

  /** The version byte of the encoding. */
  public static final byte VERSION = 2;

  /** The length of the fixed part of the canonical encoding (the client id follows it). */
  public static final int ENCODING_LENGTH = 55;

  private final MessageDigest digest;
  private byte[] buffer = new byte[32 + ENCODING_LENGTH + 64];
  private final byte[] out = new byte[32];
  private long w0;
  private long w1;
  private long w2;
  private long w3;

  /** Creates a chain positioned at genesis. */
  public HashChain() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Positions the chain after a known hash.
   *
   * @param previous the hash of the last entry, not null
   */
  public void reset(ChainHash previous) {
    w0 = previous.w0();
    w1 = previous.w1();
    w2 = previous.w2();
    w3 = previous.w3();
  }

  /**
   * Returns the current head.
   *
   * @return the hash of the last entry hashed
   */
  public ChainHash head() {
    return new ChainHash(w0, w1, w2, w3);
  }

  /**
   * Hashes the next entry and advances the head.
   *
   * @param sequence the sequence
   * @param timestamp the time
   * @param clientKey the key
   * @param debit the debit account
   * @param credit the credit account
   * @param amount the amount
   * @param kind the kind code
   * @param phase the phase code
   * @param reference the reference
   * @param clientId the full client id, or null
   */
  public void next(
      long sequence,
      long timestamp,
      long clientKey,
      int debit,
      int credit,
      long amount,
      byte kind,
      byte phase,
      long reference,
      String clientId) {
    int idLength = clientId == null ? 0 : clientId.length();
    int length = 32 + ENCODING_LENGTH + 2 * idLength;
    if (buffer.length < length) {
      buffer = new byte[length];
    }
    byte[] b = buffer;
    putLong(b, 0, w0);
    putLong(b, 8, w1);
    putLong(b, 16, w2);
    putLong(b, 24, w3);
    b[32] = VERSION;
    putLong(b, 33, sequence);
    putLong(b, 41, timestamp);
    putLong(b, 49, clientKey);
    putInt(b, 57, debit);
    putInt(b, 61, credit);
    putLong(b, 65, amount);
    b[73] = kind;
    b[74] = phase;
    putLong(b, 75, reference);
    putInt(b, 83, clientId == null ? -1 : idLength);
    for (int i = 0; i < idLength; i++) {
      char ch = clientId.charAt(i);
      b[87 + 2 * i] = (byte) (ch >>> 8);
      b[88 + 2 * i] = (byte) ch;
    }
    digest.update(b, 0, length);
    try {
      digest.digest(out, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException("a 32-byte buffer holds SHA-256", e);
    }
    w0 = getLong(out, 0);
    w1 = getLong(out, 8);
    w2 = getLong(out, 16);
    w3 = getLong(out, 24);
  }

  /**
   * Hashes a stored entry after the current head.
   *
   * @param e the entry, not null
   */
  public void next(JournalEntry e) {
    next(
        e.sequence(),
        e.timestampMillis(),
        e.clientKey(),
        e.debitAccount(),
        e.creditAccount(),
        e.amountMinutes(),
        e.kind(),
        e.phase(),
        e.reference(),
        e.clientId());
  }

  /**
   * Tells whether the head equals a hash.
   *
   * @param h the hash, not null
   * @return true if equal
   */
  public boolean headEquals(ChainHash h) {
    return h.w0() == w0 && h.w1() == w1 && h.w2() == w2 && h.w3() == w3;
  }

  /**
   * Returns one word of the head.
   *
   * @param word 0 to 3
   * @return the word
   */
  public long headWord(int word) {
    return switch (word) {
      case 0 -> w0;
      case 1 -> w1;
      case 2 -> w2;
      default -> w3;
    };
  }

  private static void putLong(byte[] b, int at, long v) {
    for (int i = 7; i >= 0; i--) {
      b[at + i] = (byte) v;
      v >>>= 8;
    }
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  private static long getLong(byte[] b, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[at + i] & 0xffL);
    }
    return v;
  }
}
