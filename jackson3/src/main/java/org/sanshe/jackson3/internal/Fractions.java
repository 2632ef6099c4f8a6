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
    boolean beyondParse = numerator.length() - sign > 64 || denominator.length() > 64;
    if (beyondParse
        && digits(numerator, sign)
        && digits(denominator, 0)
        && numerator.length() - sign <= MAX_DIGITS
        && denominator.length() <= MAX_DIGITS) {
      return Fraction.of(new BigInteger(numerator), new BigInteger(denominator));
    }
    return Fraction.parse(text);
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
