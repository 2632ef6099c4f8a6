package org.sanshe.core.identifier;

import java.util.Optional;
import org.sanshe.core.error.CoreError;

/**
 * An administrative division code (GB/T 2260 and the national statistical division codes): 6 digits
 * for province, city and county; 9 for township level (street, town, township, zone); 12 for
 * village level (community, village). Grids and buildings below a community have local codes and
 * are not division codes.
 *
 * <p>Immutable and thread-safe; compares by its digits (so a parent sorts before its children);
 * {@link #toString()} returns the digits, which {@link #parse(String)} reads back.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  private final String value;

  private DivisionCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code strictly.
   *
   * @param text 6, 9 or 12 ASCII digits
   * @return the code
   * @throws InvalidIdentifierException with {@code DIVISION_CODE_REQUIRED}, {@code
   *     DIVISION_CODE_BLANK}, {@code DIVISION_CODE_LENGTH}, {@code DIVISION_CODE_CHARACTER} or
   *     {@code DIVISION_CODE_SEGMENT} (province segment {@code 00}, or a township or village
   *     segment {@code 000})
   */
  public static DivisionCode parse(String text) {
    if (text == null) {
      throw new InvalidIdentifierException(CoreError.DIVISION_CODE_REQUIRED);
    }
    if (text.length() > 12) {
      throw new InvalidIdentifierException(CoreError.DIVISION_CODE_LENGTH, text.length());
    }
    if (text.isBlank()) {
      throw new InvalidIdentifierException(CoreError.DIVISION_CODE_BLANK);
    }
    int n = text.length();
    if (n != 6 && n != 9 && n != 12) {
      throw new InvalidIdentifierException(CoreError.DIVISION_CODE_LENGTH, n);
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(CoreError.DIVISION_CODE_CHARACTER, i + 1);
      }
    }
    if (text.startsWith("00")) {
      throw new InvalidIdentifierException(CoreError.DIVISION_CODE_SEGMENT, text, "00");
    }
    if (n >= 9 && text.startsWith("000", 6)) {
      throw new InvalidIdentifierException(CoreError.DIVISION_CODE_SEGMENT, text, "000");
    }
    if (n == 12 && text.startsWith("000", 9)) {
      throw new InvalidIdentifierException(CoreError.DIVISION_CODE_SEGMENT, text, "000");
    }
    return new DivisionCode(text);
  }

  /**
   * Parses a code as typed: full-width digits folded and white space trimmed.
   *
   * @param text the code as typed
   * @return the code
   * @throws InvalidIdentifierException as {@link #parse(String)}
   */
  public static DivisionCode parseLenient(String text) {
    return parse(Lenient.normalize(text));
  }

  /**
   * Tells whether a text is a valid code, without allocating.
   *
   * @param text the text, may be null
   * @return true if {@link #parse(String)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    if (text == null) {
      return false;
    }
    int n = text.length();
    if (n != 6 && n != 9 && n != 12) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !(text.charAt(0) == '0' && text.charAt(1) == '0')
        && !(n >= 9 && zeros(text, 6, 9))
        && !(n == 12 && zeros(text, 9, 12));
  }

  private static boolean zeros(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the digits.
   *
   * @return 6, 9 or 12 digits
   */
  public String value() {
    return value;
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public DivisionLevel level() {
    return switch (value.length()) {
      case 12 -> DivisionLevel.VILLAGE;
      case 9 -> DivisionLevel.TOWNSHIP;
      default -> {
        if (value.equals("100000")) {
          yield DivisionLevel.NATIONAL;
        }
        if (value.endsWith("0000")) {
          yield DivisionLevel.PROVINCE;
        }
        yield value.endsWith("00") ? DivisionLevel.CITY : DivisionLevel.COUNTY;
      }
    };
  }

  /**
   * Returns the kind stated by the code's digits.
   *
   * @return the kind
   */
  public DivisionKind kind() {
    return switch (level()) {
      case NATIONAL -> DivisionKind.NATIONAL;
      case PROVINCE -> DivisionKind.PROVINCE;
      case CITY -> DivisionKind.CITY;
      case COUNTY -> DivisionKind.COUNTY;
      case TOWNSHIP -> {
        int s = Integer.parseInt(value.substring(6, 9));
        yield s < 100
            ? DivisionKind.STREET
            : s < 200
                ? DivisionKind.TOWN
                : s < 400
                    ? DivisionKind.TOWNSHIP
                    : s < 600 ? DivisionKind.DEVELOPMENT_ZONE : DivisionKind.OTHER_TOWNSHIP_UNIT;
      }
      case VILLAGE -> {
        int s = Integer.parseInt(value.substring(9, 12));
        yield s < 200
            ? DivisionKind.COMMUNITY
            : s < 400
                ? DivisionKind.VILLAGE
                : s < 600 ? DivisionKind.SIMILAR_VILLAGE_UNIT : DivisionKind.OTHER_VILLAGE_UNIT;
      }
    };
  }

  /**
   * Returns the parent division's code: village to township, township to county, county to city,
   * city to province. A county directly under a province (such as a municipality's district coded
   * {@code 110101}) has the city-level code {@code 110100} as parent, as in GB/T 2260.
   *
   * @return the parent, or empty for a province or the nation
   */
  public Optional<DivisionCode> parent() {
    return switch (level()) {
      case VILLAGE -> Optional.of(new DivisionCode(value.substring(0, 9)));
      case TOWNSHIP -> Optional.of(new DivisionCode(value.substring(0, 6)));
      case COUNTY -> Optional.of(new DivisionCode(value.substring(0, 4) + "00"));
      case CITY -> Optional.of(new DivisionCode(value.substring(0, 2) + "0000"));
      case PROVINCE, NATIONAL -> Optional.empty();
    };
  }

  /**
   * Tells whether this division is the other one or lies within it.
   *
   * @param other the possible ancestor, not null
   * @return true if equal to or below {@code other}
   */
  public boolean isWithin(DivisionCode other) {
    return switch (other.level()) {
      case NATIONAL -> true;
      case PROVINCE -> value.regionMatches(0, other.value, 0, 2);
      case CITY -> value.regionMatches(0, other.value, 0, 4);
      case COUNTY, TOWNSHIP, VILLAGE -> value.startsWith(other.value);
    };
  }

  @Override
  public int compareTo(DivisionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return value;
  }
}
