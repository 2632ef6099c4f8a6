package org.sanshe.core.money;

import java.util.Objects;

/**
 * An amount of Chinese yuan (CNY) held exactly as a {@code long} number of fen (1 yuan = 100 fen).
 *
 * <p>Immutable and thread-safe, in the manner of {@code java.time}: private constructor, {@link
 * #of(long)}, {@link #ofYuan(long)} and {@link #parse(CharSequence)} factories, arithmetic that
 * throws {@link MoneyException} ({@code MONEY_OVERFLOW}) instead of wrapping around, and {@link
 * #toString()} in the form {@code 300000.00} (or {@code -0.05}) that {@link #parse(CharSequence)}
 * reads back. Ordered by amount. Percentages are computed with integer arithmetic only.
 */
public final class Money implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  /**
   * Returns an amount in fen.
   *
   * @param fen the amount in fen, may be negative but not {@link Long#MIN_VALUE}
   * @return the amount
   * @throws MoneyException with {@code MONEY_OVERFLOW} for {@link Long#MIN_VALUE}, so that every
   *     amount can be negated
   */
  public static Money of(long fen) {
    if (fen == Long.MIN_VALUE) {
      throw new MoneyException(MoneyError.MONEY_OVERFLOW, "of");
    }
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * Returns an amount of whole yuan.
   *
   * @param yuan the amount in yuan
   * @return the amount
   * @throws MoneyException with {@code MONEY_OVERFLOW} when the fen do not fit a long
   */
  public static Money ofYuan(long yuan) {
    return of(exact(() -> Math.multiplyExact(yuan, 100L), "ofYuan"));
  }

  /**
   * The longest text {@link #parse(CharSequence)} reads, in characters: {@value} (a sign, 19 digits
   * of yuan, a point and two of fen fit with room to spare).
   */
  public static final int MAX_TEXT_LENGTH = 32;

  /**
   * Parses an amount written as yuan with at most two decimals: {@code 300000}, {@code 12.5},
   * {@code -0.05}. No grouping separators, no currency sign, ASCII digits only, at most {@link
   * #MAX_TEXT_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the amount
   * @throws MoneyException with {@code MONEY_REQUIRED}, {@code MONEY_FORMAT} or {@code
   *     MONEY_OVERFLOW}
   */
  public static Money parse(CharSequence text) {
    if (text == null) {
      throw new MoneyException(MoneyError.MONEY_REQUIRED);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new MoneyException(MoneyError.MONEY_FORMAT, "length");
    }
    String s = text.toString();
    if (s.isBlank()) {
      throw new MoneyException(MoneyError.MONEY_REQUIRED);
    }
    int i = 0;
    boolean negative = false;
    if (s.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    int dot = s.indexOf('.');
    int intEnd = dot < 0 ? s.length() : dot;
    if (intEnd == i) {
      throw new MoneyException(MoneyError.MONEY_FORMAT, "format");
    }
    long yuan = 0;
    for (int k = i; k < intEnd; k++) {
      int d = digit(s, k);
      final long acc = yuan;
      yuan = exact(() -> Math.addExact(Math.multiplyExact(acc, 10L), d), "parse");
    }
    long cents = 0;
    if (dot >= 0) {
      int decimals = s.length() - dot - 1;
      if (decimals < 1 || decimals > 2) {
        throw new MoneyException(MoneyError.MONEY_FORMAT, "format");
      }
      cents = digit(s, dot + 1) * 10L + (decimals == 2 ? digit(s, dot + 2) : 0);
    }
    final long y = yuan;
    final long c = cents;
    long total = exact(() -> Math.addExact(Math.multiplyExact(y, 100L), c), "parse");
    return of(negative ? -total : total);
  }

  private static int digit(String s, int k) {
    char ch = s.charAt(k);
    if (ch < '0' || ch > '9') {
      throw new MoneyException(MoneyError.MONEY_FORMAT, "format");
    }
    return ch - '0';
  }

  private static long exact(java.util.function.LongSupplier op, String operation) {
    try {
      return op.getAsLong();
    } catch (ArithmeticException e) {
      throw new MoneyException(MoneyError.MONEY_OVERFLOW, operation);
    }
  }

  /**
   * Returns the amount in fen.
   *
   * @return the fen
   */
  public long fen() {
    return fen;
  }

  /**
   * Returns the sum.
   *
   * @param other the amount to add, not null
   * @return this plus other
   * @throws MoneyException with {@code MONEY_OVERFLOW}
   */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    return of(exact(() -> Math.addExact(fen, other.fen), "plus"));
  }

  /**
   * Returns the difference.
   *
   * @param other the amount to subtract, not null
   * @return this minus other
   * @throws MoneyException with {@code MONEY_OVERFLOW}
   */
  public Money minus(Money other) {
    Objects.requireNonNull(other, "other");
    return of(exact(() -> Math.subtractExact(fen, other.fen), "minus"));
  }

  /**
   * Returns this amount times a whole number.
   *
   * @param factor the factor
   * @return the product
   * @throws MoneyException with {@code MONEY_OVERFLOW}
   */
  public Money times(long factor) {
    return of(exact(() -> Math.multiplyExact(fen, factor), "times"));
  }

  /**
   * Returns the negated amount.
   *
   * @return minus this
   */
  public Money negated() {
    return of(-fen);
  }

  /**
   * Returns a percentage of this amount, rounded down to the fen (towards negative infinity).
   *
   * @param percent 0 to 100
   * @return {@code floor(this * percent / 100)}
   * @throws MoneyException with {@code MONEY_PERCENT_RANGE} or {@code MONEY_OVERFLOW}
   */
  public Money percent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new MoneyException(MoneyError.MONEY_PERCENT_RANGE, "percent");
    }
    return of(Math.floorDiv(exact(() -> Math.multiplyExact(fen, (long) percent), "percent"), 100L));
  }

  /**
   * Tells whether this amount is at least a percentage of a whole: {@code this * 100 >= whole *
   * percent}, compared exactly.
   *
   * @param whole the whole, not null
   * @param percent 0 to 100
   * @return true when the share is reached
   * @throws MoneyException with {@code MONEY_PERCENT_RANGE} or {@code MONEY_OVERFLOW}
   */
  public boolean isAtLeastPercentOf(Money whole, int percent) {
    Objects.requireNonNull(whole, "whole");
    if (percent < 0 || percent > 100) {
      throw new MoneyException(MoneyError.MONEY_PERCENT_RANGE, "percent");
    }
    long left = exact(() -> Math.multiplyExact(fen, 100L), "isAtLeastPercentOf");
    long right = exact(() -> Math.multiplyExact(whole.fen, (long) percent), "isAtLeastPercentOf");
    return left >= right;
  }

  /**
   * Returns this amount's share of a whole in basis points (1/100 of a percent), rounded down.
   *
   * @param whole a positive whole, not null
   * @return {@code floor(this * 10000 / whole)}
   * @throws MoneyException with {@code MONEY_PERCENT_RANGE} when the whole is not positive, or
   *     {@code MONEY_OVERFLOW}
   */
  public long basisPointsOf(Money whole) {
    Objects.requireNonNull(whole, "whole");
    if (whole.fen <= 0) {
      throw new MoneyException(MoneyError.MONEY_PERCENT_RANGE, "whole");
    }
    return Math.floorDiv(exact(() -> Math.multiplyExact(fen, 10_000L), "basisPointsOf"), whole.fen);
  }

  /**
   * Tells whether this amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return fen == 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && fen == other.fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /**
   * Returns the amount as yuan with two decimals, such as {@code 300000.00} or {@code -0.05}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    long yuan = Math.abs(fen / 100);
    long cents = Math.abs(fen % 100);
    return (fen < 0 ? "-" : "") + yuan + "." + (cents < 10 ? "0" : "") + cents;
  }
}
