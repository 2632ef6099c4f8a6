package org.sanshe.core.identifier;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.error.CoreError;

/**
 * A resident ID number (公民身份号码, GB 11643-1999): six digits of the issuing region, eight of the
 * birth date, three of sequence (odd for men), and an ISO 7064 MOD 11-2 check character ({@code
 * 0-9} or {@code X}).
 *
 * <p><b>Personal data.</b> {@link #toString()} masks the number ({@code 3201**********123X}), and
 * no exception message contains it. Use {@link #unmaskedValue()} only to store or transmit it where
 * the law allows, and prefer a {@link PersonalDataHasher} where only uniqueness matters.
 *
 * <p>Immutable and thread-safe; compares and hashes by value.
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final String value;

  private ResidentIdNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a number strictly: 17 digits and a check character, upper-case {@code X}.
   *
   * @param text the number
   * @return the number
   * @throws InvalidIdentifierException with {@code RESIDENT_ID_REQUIRED}, {@code
   *     RESIDENT_ID_BLANK}, {@code RESIDENT_ID_LENGTH}, {@code RESIDENT_ID_CHARACTER}, {@code
   *     RESIDENT_ID_BIRTH_DATE} or {@code RESIDENT_ID_CHECK_CHARACTER}; never with the number
   */
  public static ResidentIdNumber parse(String text) {
    if (text == null) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_REQUIRED);
    }
    if (text.length() > 18) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_LENGTH, text.length());
    }
    if (text.isBlank()) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_BLANK);
    }
    if (text.length() != 18) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_LENGTH, text.length());
    }
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(CoreError.RESIDENT_ID_CHARACTER, i + 1);
      }
    }
    char last = text.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_CHARACTER, 18);
    }
    if (!validDate(text)) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_BIRTH_DATE);
    }
    if (last != checkCharacter(text)) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_CHECK_CHARACTER);
    }
    return new ResidentIdNumber(text);
  }

  /**
   * Parses a number strictly, as {@link #parse(String)}, and refuses a birth date after the clock's
   * today: nobody born tomorrow holds an ID number.
   *
   * @param text the number
   * @param clock the clock giving today, not null
   * @return the number
   * @throws InvalidIdentifierException as {@link #parse(String)}, or with {@code
   *     RESIDENT_ID_BIRTH_FUTURE}; never with the number
   */
  public static ResidentIdNumber parse(String text, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    ResidentIdNumber number = parse(text);
    if (number.birthDate().isAfter(LocalDate.now(clock))) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_BIRTH_FUTURE);
    }
    return number;
  }

  /**
   * Parses a number as typed, as {@link #parseLenient(String)}, and refuses a birth date after the
   * clock's today.
   *
   * @param text the number as typed
   * @param clock the clock giving today, not null
   * @return the number
   * @throws InvalidIdentifierException as {@link #parse(String, Clock)}
   */
  public static ResidentIdNumber parseLenient(String text, Clock clock) {
    return parse(Lenient.normalize(text), clock);
  }

  /**
   * Parses a number as typed: full-width characters folded, white space trimmed, {@code x} raised.
   *
   * @param text the number as typed
   * @return the number
   * @throws InvalidIdentifierException as {@link #parse(String)}
   */
  public static ResidentIdNumber parseLenient(String text) {
    return parse(Lenient.normalize(text));
  }

  /**
   * Tells whether a text is a valid number, without allocating.
   *
   * @param text the text, may be null
   * @return true if {@link #parse(String)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    if (text == null || text.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return text.charAt(17) == CHECK[sum % 11] && validDate(text);
  }

  /**
   * Computes the check character for the first 17 digits.
   *
   * @param text at least 17 characters, the first 17 digits
   * @return {@code 0-9} or {@code X}
   * @throws InvalidIdentifierException with {@code RESIDENT_ID_LENGTH} or {@code
   *     RESIDENT_ID_CHARACTER}
   */
  public static char checkCharacter(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() < 17) {
      throw new InvalidIdentifierException(CoreError.RESIDENT_ID_LENGTH, text.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(CoreError.RESIDENT_ID_CHARACTER, i + 1);
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static boolean validDate(CharSequence t) {
    int year = digits(t, 6, 10);
    int month = digits(t, 10, 12);
    int day = digits(t, 12, 14);
    if (year < 1800 || month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    if (day <= 28) {
      return true;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static int digits(CharSequence t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (t.charAt(i) - '0');
    }
    return v;
  }

  /**
   * Returns the birth date encoded in digits 7-14.
   *
   * @return the birth date
   */
  public LocalDate birthDate() {
    return LocalDate.of(digits(value, 6, 10), digits(value, 10, 12), digits(value, 12, 14));
  }

  /**
   * Returns the sex encoded by digit 17.
   *
   * @return the sex
   */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the age in whole years on a date.
   *
   * @param on the date, not null
   * @return the age, negative if {@code on} is before birth
   */
  public int ageOn(LocalDate on) {
    return java.time.Period.between(birthDate(), on).getYears();
  }

  /**
   * Returns the issuing region's six digits as written (the region at issue, which may no longer
   * exist).
   *
   * @return six digits
   */
  public String regionSegment() {
    return value.substring(0, 6);
  }

  /**
   * Returns the whole number. This is personal data: do not log or display it.
   *
   * @return the 18 characters
   */
  public String unmaskedValue() {
    return value;
  }

  /**
   * Returns the number masked for display: first four and last four characters kept.
   *
   * @return such as {@code 3201**********123X}
   */
  public String masked() {
    return value.substring(0, 4) + "**********" + value.substring(14);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentIdNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the {@linkplain #masked() masked} number; never the whole one.
   *
   * @return the masked number
   */
  @Override
  public String toString() {
    return masked();
  }
}
