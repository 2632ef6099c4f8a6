package org.sanshe.jackson3.internal;

import java.math.BigInteger;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.Fraction;

/**
 * Reads the exact fractions Sanshe writes. {@link Fraction#parse} takes at most 64 digits for each
 * part (typed input); results computed exactly, such as Equal Shares' rounds on a large election,
 * have longer numerators and denominators, which JSON must read back. An {@code a/b} or integer of
 * ASCII digits with at most {@value #MAX_DIGITS} digits for each part is read through {@link
 * Fraction#of(BigInteger, BigInteger)}; anything else goes to {@link Fraction#parse}, whose coded
 * error names the rule. Stateless and thread-safe.
 */
public final class Fractions {

  /** The most digits read for each part of a fraction in JSON. */
  public static final int MAX_DIGITS = 4096;

  private Fractions() {}

  /**
   * Parses a fraction as written by {@link Fraction#toString()}.
   *
   * @param text the text, not null
   * @return the fraction
   * @throws SansheException with the code of {@link Fraction#parse} if the text is no fraction
   */
  public static Fraction parse(String text) {
    int slash = text.indexOf('/');
    String numerator = slash < 0 ? text : text.substring(0, slash);
    String denominator = slash < 0 ? "1" : text.substring(slash + 1);
    int sign = numerator.startsWith("-") ? 1 : 0;
    // Fraction.parse counts the sign in its 64 characters: a negative 64-digit part comes here
    boolean beyondParse = numerator.length() > 64 || denominator.length() > 64;
    if (beyondParse
        && digits(numerator, sign)
        && digits(denominator, 0)
        && numerator.length() - sign <= MAX_DIGITS
        && denominator.length() <= MAX_DIGITS) {
      BigInteger n = integer(numerator, sign);
      return Fraction.of(sign == 1 ? n.negate() : n, integer(denominator, 0));
    }
    return Fraction.parse(text);
  }

  /**
   * The value of the ASCII digits from {@code from} to the end, checked by {@link #digits}: nine
   * digits at a time multiplied into one array of words in place (the JDK's {@code
   * BigInteger(String)} cuts a string for every nine digits).
   */
  static BigInteger integer(String s, int from) {
    int to = s.length();
    int n = to - from;
    if (n <= 18) {
      long v = 0;
      for (int i = from; i < to; i++) {
        v = v * 10 + (s.charAt(i) - '0');
      }
      return BigInteger.valueOf(v);
    }
    int[] words = new int[(int) ((n * 3402L) >>> 15) + 2]; // n * log2(10) / 32 bits, rounded up
    int length = 0;
    int first = n % 9 == 0 ? 9 : n % 9;
    for (int i = from; i < to; ) {
      int end = i == from ? i + first : i + 9;
      long carry = 0;
      for (; i < end; i++) {
        carry = carry * 10 + (s.charAt(i) - '0');
      }
      long scale = end - from == first ? 0 : 1_000_000_000L;
      for (int k = 0; k < length; k++) {
        long p = (words[k] & 0xFFFF_FFFFL) * scale + carry;
        words[k] = (int) p;
        carry = p >>> 32;
      }
      if (carry != 0) {
        words[length++] = (int) carry;
      }
    }
    byte[] bytes = new byte[4 * length];
    for (int k = 0; k < length; k++) {
      int w = words[k];
      int at = bytes.length - 1 - 4 * k;
      bytes[at] = (byte) w;
      bytes[at - 1] = (byte) (w >>> 8);
      bytes[at - 2] = (byte) (w >>> 16);
      bytes[at - 3] = (byte) (w >>> 24);
    }
    return new BigInteger(1, bytes);
  }

  private static boolean digits(String s, int from) {
    if (s.length() <= from) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
