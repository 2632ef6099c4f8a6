package org.sanshe.core.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.Localizable;
import org.sanshe.core.error.SansheException;

/**
 * Bounded readers for caller-supplied text: plain ASCII decimals with a maximum length and
 * exponent, and names or free text with a maximum length after NFC normalization and without
 * invisible or bidirectional-control characters.
 *
 * <p>Every method looks at the length before anything else, so a hostile input of a megabyte is
 * refused in time independent of its length, and each is linear in the input otherwise. Refusals
 * name the field and the rule, never the text. Stateless and thread-safe; arguments must not be
 * null.
 */
public final class BoundedText {

  /** The longest number any Sanshe parser reads, in characters: {@value}. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The largest absolute decimal exponent any Sanshe parser reads: {@value}. */
  public static final int MAX_EXPONENT = 100;

  /** The longest name (of an organization, a person, a project, a place), in code points. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest free text (a description, minutes, a reason), in code points. */
  public static final int MAX_FREE_TEXT_LENGTH = 10_000;

  private BoundedText() {}

  /**
   * Reads a plain decimal: an optional sign, ASCII digits with at most one point, and, when {@code
   * maxExponent > 0}, an optional exponent {@code e±n} with {@code |n| <= maxExponent}. Leading and
   * trailing ASCII spaces are ignored. Unicode digits (such as {@code ٣} or {@code ９}) are refused.
   *
   * @param text the text, not null
   * @param maxLength the longest text accepted, in characters
   * @param maxExponent the largest absolute exponent accepted, 0 for none
   * @return the decimal, or empty when the text is not such a number or is too long
   */
  public static Optional<BigDecimal> decimal(CharSequence text, int maxLength, int maxExponent) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length > maxLength) {
      return Optional.empty();
    }
    int start = 0;
    int end = length;
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    int i = start;
    boolean negative = false;
    if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    StringBuilder digits = new StringBuilder(end - i);
    int scale = 0;
    boolean point = false;
    while (i < end) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        if (point) {
          scale++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
      i++;
    }
    if (digits.length() == 0) {
      return Optional.empty();
    }
    if (i < end) {
      char e = text.charAt(i);
      if (maxExponent <= 0 || (e != 'e' && e != 'E')) {
        return Optional.empty();
      }
      i++;
      boolean negativeExponent = false;
      if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      if (i == end || end - i > 9) {
        return Optional.empty();
      }
      int exponent = 0;
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return Optional.empty();
        }
        exponent = exponent * 10 + (c - '0');
      }
      if (exponent > maxExponent) {
        return Optional.empty();
      }
      scale += negativeExponent ? exponent : -exponent;
    }
    BigInteger unscaled = new BigInteger(digits.toString());
    return Optional.of(new BigDecimal(negative ? unscaled.negate() : unscaled, scale));
  }

  /**
   * Checks a name: NFC-normalized, stripped of surrounding white space, not blank, at most {@code
   * maxLength} code points, with no control, format (such as zero-width or bidirectional-control),
   * unassigned, private-use, lone surrogate or otherwise invisible characters, and no line breaks.
   *
   * @param text the text, not null
   * @param field the field's name in both languages, for the message, not null
   * @param maxLength the longest name accepted, in code points after normalization
   * @return the normalized, stripped name
   * @throws SansheException with {@code TEXT_BLANK}, {@code TEXT_TOO_LONG} or {@code
   *     TEXT_CHARACTER}
   */
  public static String name(CharSequence text, Localizable field, int maxLength) {
    return check(text, field, maxLength, false);
  }

  /**
   * Checks free text as {@link #name} does, but allows line breaks and tabs.
   *
   * @param text the text, not null
   * @param field the field's name in both languages, for the message, not null
   * @param maxLength the longest text accepted, in code points after normalization
   * @return the normalized, stripped text
   * @throws SansheException with {@code TEXT_BLANK}, {@code TEXT_TOO_LONG} or {@code
   *     TEXT_CHARACTER}
   */
  public static String freeText(CharSequence text, Localizable field, int maxLength) {
    return check(text, field, maxLength, true);
  }

  private static String check(
      CharSequence text, Localizable field, int maxLength, boolean lineBreaks) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    // NFC merges at most a few characters into one (a Hangul syllable from three jamo), so text
    // four times longer than the limit cannot fit after normalization: refuse it before reading.
    if (text.length() > 4L * maxLength + 16) {
      throw new SansheException(CoreError.TEXT_TOO_LONG, field, maxLength);
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (s.isEmpty()) {
      throw new SansheException(CoreError.TEXT_BLANK, field);
    }
    int count = 0;
    boolean visible = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      count++;
      if (!allowed(cp, lineBreaks)) {
        throw new SansheException(CoreError.TEXT_CHARACTER, field, count);
      }
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        visible = true;
      }
      i += Character.charCount(cp);
    }
    if (count > maxLength) {
      throw new SansheException(CoreError.TEXT_TOO_LONG, field, maxLength);
    }
    if (!visible) {
      throw new SansheException(CoreError.TEXT_BLANK, field);
    }
    return s;
  }

  /**
   * Tells whether a code point may appear in a name or an identifier: no control, format,
   * unassigned, private-use or surrogate code point, no line or paragraph separator, no invisible
   * filler or variation selector.
   *
   * @param codePoint the code point
   * @return true when the code point is visible text or an ordinary space
   */
  public static boolean isVisible(int codePoint) {
    return allowed(codePoint, false);
  }

  private static boolean allowed(int cp, boolean lineBreaks) {
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      return lineBreaks;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL,
      Character.FORMAT,
      Character.UNASSIGNED,
      Character.PRIVATE_USE,
      Character.SURROGATE,
      Character.LINE_SEPARATOR,
      Character.PARAGRAPH_SEPARATOR:
        return false;
      default:
        break;
    }
    return !(cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0
        || cp == 0x034F
        || cp == 0x2800
        || (cp >= 0x180B && cp <= 0x180F)
        || cp == 0x17B4
        || cp == 0x17B5
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF));
  }
}
