package org.sanshe.timebank.credit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * An exact amount of time credit in whole minutes (1 hour of service = 60 credit minutes), the unit
 * of the time bank. Arithmetic is exact and throws {@code TIMEBANK_CREDIT_OVERFLOW} instead of
 * wrapping; there is no floating point anywhere.
 *
 * <p>The text form is {@code [-]<hours>h<mm>m}, for example {@code 12h05m} or {@code -0h30m};
 * {@link #parse(CharSequence)} reads back exactly what {@link #toString()} writes. Ordered by
 * amount. Immutable and thread-safe.
 */
public final class TimeCredit implements Comparable<TimeCredit>, Serializable {

  private static final long serialVersionUID = 1L;

  /** No credit. */
  public static final TimeCredit ZERO = new TimeCredit(0);

  /**
   * Credits of 1 to this many minutes (a day; our own default, not a figure from a source) are
   * shared instances, so that the credits of thousands of service records and attendances of a few
   * hours each keep no object per record.
   */
  static final int SHARED_MINUTES = 1440;

  private static final TimeCredit[] SHARED = new TimeCredit[SHARED_MINUTES + 1];

  static {
    SHARED[0] = ZERO;
    for (int m = 1; m <= SHARED_MINUTES; m++) {
      SHARED[m] = new TimeCredit(m);
    }
  }

  private final long minutes;

  private TimeCredit(long minutes) {
    this.minutes = minutes;
  }

  /**
   * Returns a credit of a number of minutes.
   *
   * @param minutes the minutes, any value
   * @return the credit
   */
  public static TimeCredit ofMinutes(long minutes) {
    return minutes >= 0 && minutes <= SHARED_MINUTES
        ? SHARED[(int) minutes]
        : new TimeCredit(minutes);
  }

  /**
   * Returns a credit of a number of whole hours.
   *
   * @param hours the hours
   * @return the credit
   * @throws TimeBankException {@code TIMEBANK_CREDIT_OVERFLOW} if the minutes overflow a long
   */
  public static TimeCredit ofHours(long hours) {
    try {
      return ofMinutes(Math.multiplyExact(hours, 60L));
    } catch (ArithmeticException e) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_OVERFLOW, e, "ofHours");
    }
  }

  /**
   * Returns a credit of hours and minutes, both of the same sign.
   *
   * @param hours the hours
   * @param minutes the minutes
   * @return the credit
   * @throws TimeBankException {@code TIMEBANK_CREDIT_OVERFLOW} on overflow
   */
  public static TimeCredit ofHoursAndMinutes(long hours, long minutes) {
    return ofHours(hours).plus(ofMinutes(minutes));
  }

  /** The longest text {@link #parse} reads, in characters: {@value}. */
  public static final int MAX_TEXT_LENGTH = 24;

  /**
   * Reads the form written by {@link #toString()}: an optional minus, decimal hours in ASCII
   * digits, {@code h}, two minute digits below 60, {@code m}; at most {@link #MAX_TEXT_LENGTH}
   * characters.
   *
   * @param text the text, not null
   * @return the credit
   * @throws TimeBankException {@code TIMEBANK_CREDIT_FORMAT} if malformed, {@code
   *     TIMEBANK_CREDIT_OVERFLOW} if out of range
   * @throws NullPointerException if text is null
   */
  public static TimeCredit parse(CharSequence text) {
    // The text is never shown in the message: it may be personal data typed into the wrong field.
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_FORMAT, MAX_TEXT_LENGTH);
    }
    String s = text.toString();
    int n = s.length();
    boolean negative = n > 0 && s.charAt(0) == '-';
    int start = negative ? 1 : 0;
    int h = s.indexOf('h', start);
    if (h <= start
        || h > start + 18
        || n != h + 4
        || s.charAt(n - 1) != 'm'
        || !digits(s, start, h)
        || !digits(s, h + 1, h + 3)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_FORMAT, MAX_TEXT_LENGTH);
    }
    long hours = Long.parseLong(s, start, h, 10);
    int mins = Integer.parseInt(s, h + 1, h + 3, 10);
    if (mins >= 60 || (h - start > 1 && s.charAt(start) == '0')) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_FORMAT, MAX_TEXT_LENGTH);
    }
    try {
      long magnitude = Math.addExact(Math.multiplyExact(hours, 60L), mins);
      return ofMinutes(negative ? -magnitude : magnitude);
    } catch (ArithmeticException e) {
      if (negative && hours * 60 + mins == Long.MIN_VALUE) {
        return ofMinutes(Long.MIN_VALUE);
      }
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_OVERFLOW, e, "parse");
    }
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the exact number of minutes.
   *
   * @return the minutes
   */
  public long toMinutes() {
    return minutes;
  }

  /**
   * Returns the whole hours, truncated toward zero.
   *
   * @return the hours part
   */
  public long hoursPart() {
    return minutes / 60;
  }

  /**
   * Returns the minutes beyond the whole hours, with the sign of the credit.
   *
   * @return -59 to 59
   */
  public int minutesPart() {
    return (int) (minutes % 60);
  }

  /**
   * Returns the amount in hours for display, rounded half-up to a scale; exact decimal, never
   * floating point.
   *
   * @param scale the number of decimals, 0 to 6
   * @return the hours
   */
  public BigDecimal toHours(int scale) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), scale, RoundingMode.HALF_UP);
  }

  /**
   * Adds another credit.
   *
   * @param other the other credit, not null
   * @return the sum
   * @throws TimeBankException {@code TIMEBANK_CREDIT_OVERFLOW} on overflow
   */
  public TimeCredit plus(TimeCredit other) {
    Objects.requireNonNull(other, "other");
    try {
      return ofMinutes(Math.addExact(minutes, other.minutes));
    } catch (ArithmeticException e) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_OVERFLOW, e, "plus");
    }
  }

  /**
   * Subtracts another credit.
   *
   * @param other the other credit, not null
   * @return the difference
   * @throws TimeBankException {@code TIMEBANK_CREDIT_OVERFLOW} on overflow
   */
  public TimeCredit minus(TimeCredit other) {
    Objects.requireNonNull(other, "other");
    try {
      return ofMinutes(Math.subtractExact(minutes, other.minutes));
    } catch (ArithmeticException e) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_OVERFLOW, e, "minus");
    }
  }

  /**
   * Multiplies by a whole factor.
   *
   * @param factor the factor
   * @return the product
   * @throws TimeBankException {@code TIMEBANK_CREDIT_OVERFLOW} on overflow
   */
  public TimeCredit multipliedBy(long factor) {
    try {
      return ofMinutes(Math.multiplyExact(minutes, factor));
    } catch (ArithmeticException e) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_OVERFLOW, e, "multipliedBy");
    }
  }

  /**
   * Returns the negated credit.
   *
   * @return minus this
   * @throws TimeBankException {@code TIMEBANK_CREDIT_OVERFLOW} for the smallest value
   */
  public TimeCredit negated() {
    try {
      return ofMinutes(Math.negateExact(minutes));
    } catch (ArithmeticException e) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CREDIT_OVERFLOW, e, "negated");
    }
  }

  /**
   * Tells whether this is more than zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return minutes > 0;
  }

  /**
   * Tells whether this is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return minutes < 0;
  }

  /**
   * Tells whether this is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return minutes == 0;
  }

  @Override
  public int compareTo(TimeCredit other) {
    return Long.compare(minutes, other.minutes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeCredit other && other.minutes == minutes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minutes);
  }

  @Override
  public String toString() {
    long abs = Math.abs(minutes / 60);
    long rest = Math.abs(minutes % 60);
    return (minutes < 0 ? "-" : "") + abs + "h" + (rest < 10 ? "0" : "") + rest + "m";
  }
}
