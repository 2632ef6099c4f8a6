package org.sanshe.core.identifier;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from {@code
 * 0123456789ABCDEFGHJKLMNPQRTUWXY}.
 *
 * <p>Position 1 is the registering department (5 = civil affairs), 2 the category (for civil
 * affairs: 1 social group, 2 social service agency, 3 foundation, 9 other), 3-8 the registrar's
 * GB/T 2260 division, 9-17 the subject code (the GB 11714 organization code, whose own mod-11 check
 * stands at position 17), and 18 the check character. Both checks must hold. A region segment that
 * is no known division is only a {@linkplain #warnings(KnownDivisions) warning}: real registrars
 * use codes such as {@code 100000} (national) and {@code 100001}.
 *
 * <p>Immutable and thread-safe; compares and hashes by value; {@link #toString()} returns the code,
 * which {@link #parse(String)} reads back. A credit code names an organization, not a person, so it
 * is not masked.
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {

  /** The 31 characters of the code, in value order. */
  public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int LENGTH = 18;
  private static final int[] VALUE = new int[128];
  private static final int[] WEIGHTS = new int[17];
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** GB 11714 weight by position 1-17 (zero outside positions 9-16), for the one-pass check. */
  private static final int[] ORG_WEIGHT_AT = new int[17];

  /** GB 11714 character values: digits 0-9, letters A=10 .. Z=35. */
  private static final int[] ORG_VALUE = new int[128];

  /**
   * Per position (0-16) and Latin-1 character: {@code VALUE*WEIGHT | (ORG_VALUE*ORG_WEIGHT) << 16},
   * or -1 outside the charset. Sums stay below 2^16 and 2^15 respectively. 256 entries per position
   * rather than 128: the JIT then drops the index mask for a Latin-1 string's characters.
   */
  private static final int[] POSITION_TABLE = new int[17 * 256];

  /** The check character (position 18) for each possible weighted sum. */
  private static final char[] CHECK_BY_SUM = new char[17 * 30 * 30 + 1];

  /** The GB 11714 check character (position 17) for each possible weighted sum. */
  private static final char[] ORG_CHECK_BY_SUM = new char[8 * 35 * 10 + 1];

  static {
    java.util.Arrays.fill(VALUE, -1);
    for (int i = 0; i < CHARSET.length(); i++) {
      VALUE[CHARSET.charAt(i)] = i;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      ORG_VALUE[c] = c - 'A' + 10;
    }
    for (int c = '0'; c <= '9'; c++) {
      ORG_VALUE[c] = c - '0';
    }
    System.arraycopy(ORG_WEIGHTS, 0, ORG_WEIGHT_AT, 8, 8);
    int w = 1;
    for (int i = 0; i < 17; i++) {
      WEIGHTS[i] = w;
      w = (w * 3) % 31;
    }
    java.util.Arrays.fill(POSITION_TABLE, -1);
    for (int i = 0; i < 17; i++) {
      for (int c = 0; c < 128; c++) {
        POSITION_TABLE[(i << 8) | c] =
            VALUE[c] < 0 ? -1 : VALUE[c] * WEIGHTS[i] | (ORG_VALUE[c] * ORG_WEIGHT_AT[i]) << 16;
      }
    }
    for (int s = 0; s < CHECK_BY_SUM.length; s++) {
      CHECK_BY_SUM[s] = CHARSET.charAt((31 - s % 31) % 31);
    }
    for (int s = 0; s < ORG_CHECK_BY_SUM.length; s++) {
      int r = 11 - s % 11;
      ORG_CHECK_BY_SUM[s] = r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
    }
  }

  private final String value;

  private UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code strictly: exactly 18 characters of the charset, both checks holding.
   *
   * @param text the code
   * @return the code
   * @throws InvalidIdentifierException with {@code USCC_REQUIRED}, {@code USCC_BLANK}, {@code
   *     USCC_LENGTH}, {@code USCC_CHARACTER}, {@code USCC_CHECK_CHARACTER} (naming the expected
   *     character) or {@code USCC_ORGANIZATION_CODE_CHECK}
   */
  public static UnifiedSocialCreditCode parse(String text) {
    if (text == null) {
      throw new InvalidIdentifierException(CoreError.USCC_REQUIRED);
    }
    if (text.length() > LENGTH) {
      throw new InvalidIdentifierException(CoreError.USCC_LENGTH, text.length());
    }
    if (text.isBlank()) {
      throw new InvalidIdentifierException(CoreError.USCC_BLANK);
    }
    if (text.length() != LENGTH) {
      throw new InvalidIdentifierException(CoreError.USCC_LENGTH, text.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (c >= 128 || VALUE[c] < 0) {
        throw new InvalidIdentifierException(CoreError.USCC_CHARACTER, i + 1, printable(c));
      }
    }
    char expected = checkCharacter(text);
    if (text.charAt(17) != expected) {
      throw new InvalidIdentifierException(
          CoreError.USCC_CHECK_CHARACTER, expected, text.charAt(17));
    }
    char expectedOrg = organizationCheckCharacter(text);
    if (text.charAt(16) != expectedOrg) {
      throw new InvalidIdentifierException(
          CoreError.USCC_ORGANIZATION_CODE_CHECK, expectedOrg, text.charAt(16));
    }
    return new UnifiedSocialCreditCode(text);
  }

  /**
   * Parses a code as typed into a form: full-width characters folded, white space trimmed, lower
   * case raised; then {@link #parse(String)}.
   *
   * @param text the code as typed
   * @return the code
   * @throws InvalidIdentifierException as {@link #parse(String)}
   */
  public static UnifiedSocialCreditCode parseLenient(String text) {
    return parse(Lenient.normalize(text));
  }

  /**
   * Tells whether a text is a valid code, without allocating.
   *
   * @param text the text, may be null
   * @return true if {@link #parse(String)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    if (text == null || text.length() != LENGTH) {
      return false;
    }
    // One table load per character: POSITION_TABLE holds, for position i and character c, the
    // weighted GB 32100 value in the low 16 bits and the weighted GB 11714 value in the high bits,
    // or -1 for a character outside the charset. No branch inside the loop; characters above 255
    // (which the index mask would alias) are caught by OR-ing all characters together.
    int acc = 0;
    int bad = 0;
    int all = 0;
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      int t = POSITION_TABLE[(i << 8) | (c & 0xFF)];
      acc += t;
      bad |= t;
      all |= c;
    }
    if ((bad | (0xFF - all)) < 0) {
      return false;
    }
    return text.charAt(17) == CHECK_BY_SUM[acc & 0xFFFF]
        && text.charAt(16) == ORG_CHECK_BY_SUM[acc >>> 16];
  }

  /**
   * Computes the check character (position 18) for the first 17 characters of a code.
   *
   * @param text at least 17 characters of the charset
   * @return the check character
   * @throws InvalidIdentifierException with {@code USCC_LENGTH} or {@code USCC_CHARACTER}
   */
  public static char checkCharacter(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() < 17) {
      throw new InvalidIdentifierException(CoreError.USCC_LENGTH, text.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c >= 128 || VALUE[c] < 0) {
        throw new InvalidIdentifierException(CoreError.USCC_CHARACTER, i + 1, printable(c));
      }
      sum += VALUE[c] * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  /** GB 11714 check of positions 9-16, due at position 17; digits 0-9, letters A=10 .. Z=35. */
  private static char organizationCheckCharacter(CharSequence text) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = text.charAt(8 + i);
      int v = c <= '9' ? c - '0' : c - 'A' + 10;
      sum += v * ORG_WEIGHTS[i];
    }
    int r = 11 - sum % 11;
    return r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
  }

  private static String printable(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format("U+%04X", (int) c)
        : String.valueOf(c);
  }

  /**
   * Returns the 18 characters.
   *
   * @return the code
   */
  public String value() {
    return value;
  }

  /**
   * Returns the registering department's character (position 1).
   *
   * @return the character
   */
  public char registeringDepartmentCode() {
    return value.charAt(0);
  }

  /**
   * Returns the registering department, if GB 32100 assigns the character.
   *
   * @return the department
   */
  public Optional<RegisteringDepartment> registeringDepartment() {
    return RegisteringDepartment.of(value.charAt(0));
  }

  /**
   * Returns the category character (position 2).
   *
   * @return the character
   */
  public char categoryCode() {
    return value.charAt(1);
  }

  /**
   * Returns the civil-affairs category (51, 52, 53, 59), or empty for other departments. Note that
   * some foundations carry other prefixes (for example {@code 13}).
   *
   * @return the category
   */
  public Optional<CivilAffairsCategory> civilAffairsCategory() {
    return value.charAt(0) == '5' ? CivilAffairsCategory.of(value.charAt(1)) : Optional.empty();
  }

  /**
   * Returns the registrar's region segment (positions 3-8), as written.
   *
   * @return six digits (or characters, for malformed real-world data)
   */
  public String regionSegment() {
    return value.substring(2, 8);
  }

  /**
   * Returns the region segment as a division code when it is well-formed.
   *
   * @return the division code, or empty
   */
  public Optional<DivisionCode> region() {
    return DivisionCode.isValid(regionSegment())
        ? Optional.of(DivisionCode.parse(regionSegment()))
        : Optional.empty();
  }

  /**
   * Returns the subject code (positions 9-17): the GB 11714 organization code with its check.
   *
   * @return nine characters
   */
  public String subjectCode() {
    return value.substring(8, 17);
  }

  /**
   * Returns the warnings about this code: {@code USCC_REGION_UNKNOWN} when the region segment is
   * not a division the directory knows. A warning never makes the code invalid.
   *
   * @param known the known divisions, not null
   * @return the warnings, possibly none
   */
  public Problems warnings(KnownDivisions known) {
    Objects.requireNonNull(known, "known");
    Optional<DivisionCode> region = region();
    if (region.isPresent() && known.contains(region.get())) {
      return Problems.none();
    }
    return Problems.builder()
        .add(Problem.warning("", CoreError.USCC_REGION_UNKNOWN, regionSegment()))
        .build();
  }

  @Override
  public int compareTo(UnifiedSocialCreditCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code itself.
   *
   * @return the 18 characters
   */
  @Override
  public String toString() {
    return value;
  }
}
