package org.sanshe.core.fund;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.sanshe.core.money.Money;

/**
 * The SHA-256 hash chain of a fund's journal, the tamper evidence the time bank's journal gives
 * hours: each movement's hash is {@code SHA-256(previous hash, every field of the movement)}, each
 * field written as its length and its UTF-8 bytes so that no two movements write the same bytes.
 * The chain starts at {@link #GENESIS}. Stateless and thread-safe.
 */
public final class FundChain {

  /** The hash before a fund's first movement: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private FundChain() {}

  /**
   * Tells whether a text is 64 lower-case hex digits.
   *
   * @param text the text, may be null
   * @return true for a hash
   */
  public static boolean isHash(String text) {
    if (text == null || text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Computes the hash of a movement after the previous hash.
   *
   * @param previous the previous hash (or {@link #GENESIS})
   * @param fund the fund
   * @param seq the sequence number
   * @param kind the kind
   * @param debited the debited account
   * @param credited the credited account
   * @param amount the amount
   * @param counterparty the counterparty
   * @param actor the actor
   * @param at the time
   * @param reverses the reversed movement or 0
   * @return the hash, 64 lower-case hex digits
   */
  public static String hash(
      String previous,
      FundId fund,
      long seq,
      FundMovementKind kind,
      FundAccountId debited,
      FundAccountId credited,
      Money amount,
      Counterparty counterparty,
      String actor,
      Instant at,
      long reverses) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
    field(sha, previous);
    field(sha, fund.value());
    field(sha, Long.toString(seq));
    field(sha, kind.name());
    field(sha, debited.value());
    field(sha, credited.value());
    field(sha, Long.toString(amount.fen()));
    field(sha, counterparty.kind().name());
    field(sha, counterparty.id());
    field(sha, actor);
    field(sha, Long.toString(at.toEpochMilli()));
    field(sha, Long.toString(reverses));
    byte[] d = sha.digest();
    char[] out = new char[64];
    for (int i = 0; i < 32; i++) {
      out[2 * i] = HEX[(d[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[d[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * Recomputes a movement's hash after the previous hash.
   *
   * @param previous the previous hash
   * @param m the movement
   * @return what its hash must be
   */
  public static String hashOf(String previous, FundMovement m) {
    return hash(
        previous,
        m.fund(),
        m.seq(),
        m.kind(),
        m.debited(),
        m.credited(),
        m.amount(),
        m.counterparty(),
        m.actor(),
        m.at(),
        m.reverses());
  }

  private static void field(MessageDigest sha, String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    int n = b.length;
    sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    sha.update(b);
  }
}
