package org.sanshe.deliberation.pabulib;

import java.math.BigDecimal;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * Exact, bounded number parsing for Pabulib fields: ASCII digits only, an optional leading minus,
 * an optional decimal point followed by at most {@link #MAX_DECIMALS} digits, at most {@link
 * #MAX_LENGTH} characters after white space is stripped; no exponent, no grouping, no other
 * script's digits. Trailing zeros after the point are dropped, so {@code 1200.00} reads as the
 * whole number 1200. Errors name the line and the field, never the text. Stateless.
 */
final class PabulibNumbers {

  /** The longest number accepted, in characters. */
  static final int MAX_LENGTH = 40;

  /** The most decimals accepted after the point. */
  static final int MAX_DECIMALS = 9;

  private PabulibNumbers() {}

  /**
   * A decimal number as an unscaled long and a number of decimals.
   *
   * @param unscaled the digits as a whole number
   * @param scale the number of decimals, 0 to {@link #MAX_DECIMALS}
   */
  record Decimal(long unscaled, int scale) {

    /**
     * Returns the value in units of 10^-scale, exactly.
     *
     * @param to the scale wanted, at least {@link #scale()}
     * @param line the line, for the error
     * @param field the field, for the error
     * @return the scaled value
     * @throws VotingException {@code PABULIB_NUMBER_INVALID} when it does not fit a long
     */
    long scaledTo(int to, int line, String field) {
      long v = unscaled;
      try {
        for (int i = scale; i < to; i++) {
          v = Math.multiplyExact(v, 10L);
        }
      } catch (ArithmeticException e) {
        throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
      }
      return v;
    }

    /**
     * Returns the exact value.
     *
     * @return the value
     */
    BigDecimal toBigDecimal() {
      return BigDecimal.valueOf(unscaled, scale);
    }
  }

  /**
   * Parses a whole number.
   *
   * @param text the field
   * @param line the line, for the error
   * @param field the field name, for the error
   * @return the value
   * @throws VotingException {@code PABULIB_NUMBER_INVALID}
   */
  static long whole(String text, int line, String field) {
    Decimal d = decimal(text, line, field);
    if (d.scale() != 0) {
      throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
    }
    return d.unscaled();
  }

  /**
   * Parses a decimal number.
   *
   * @param text the field
   * @param line the line, for the error
   * @param field the field name, for the error
   * @return the value
   * @throws VotingException {@code PABULIB_NUMBER_INVALID}
   */
  static Decimal decimal(String text, int line, String field) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    if (to - from == 0 || to - from > MAX_LENGTH) {
      throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
    }
    boolean negative = text.charAt(from) == '-';
    int i = negative ? from + 1 : from;
    long value = 0;
    int scale = 0;
    boolean point = false;
    int digits = 0;
    int pendingZeros = 0;
    try {
      for (; i < to; i++) {
        char c = text.charAt(i);
        if (c == '.' && !point) {
          if (digits == 0) {
            throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
          }
          point = true;
          digits = 0;
          continue;
        }
        if (c < '0' || c > '9') {
          throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
        }
        digits++;
        if (point) {
          if (c == '0') {
            pendingZeros++;
            continue;
          }
          for (; pendingZeros > 0; pendingZeros--) {
            value = Math.multiplyExact(value, 10L);
            scale++;
          }
          scale++;
          if (scale > MAX_DECIMALS) {
            throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
          }
        }
        value = Math.addExact(Math.multiplyExact(value, 10L), c - '0');
      }
    } catch (ArithmeticException e) {
      throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
    }
    if (digits == 0) {
      throw new VotingException(VotingError.PABULIB_NUMBER_INVALID, line, field);
    }
    return new Decimal(negative ? -value : value, scale);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0';
  }
}
