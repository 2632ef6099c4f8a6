package org.sanshe.timebank.store;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 value of the journal's hash chain, held as four big-endian longs. The genesis value
 * (before the first entry) is all zeros. Immutable.
 *
 * @param w0 bytes 0 to 7
 * @param w1 bytes 8 to 15
 * @param w2 bytes 16 to 23
 * @param w3 bytes 24 to 31
 */
public record ChainHash(long w0, long w1, long w2, long w3) {

  /** The value before the first entry. */
  public static final ChainHash GENESIS = new ChainHash(0, 0, 0, 0);

  /**
   * Reads 64 hex digits.
   *
   * @param hex the digits, not null
   * @return the hash
   * @throws IllegalArgumentException if not 64 hex digits
   */
  public static ChainHash parse(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != 64) {
      throw new IllegalArgumentException("a chain hash has 64 hex digits");
    }
    return new ChainHash(
        Long.parseUnsignedLong(hex, 0, 16, 16),
        Long.parseUnsignedLong(hex, 16, 32, 16),
        Long.parseUnsignedLong(hex, 32, 48, 16),
        Long.parseUnsignedLong(hex, 48, 64, 16));
  }

  @Override
  public String toString() {
    HexFormat f = HexFormat.of();
    return f.toHexDigits(w0) + f.toHexDigits(w1) + f.toHexDigits(w2) + f.toHexDigits(w3);
  }
}
