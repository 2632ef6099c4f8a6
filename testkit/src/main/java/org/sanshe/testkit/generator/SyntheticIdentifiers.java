package org.sanshe.testkit.generator;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * Valid synthetic identifiers built from their parts, with every check character computed: unified
 * social credit codes (GB 32100 position 18 and the GB 11714 check at position 17) and resident
 * identity numbers (GB 11643). The numbers are made up; they only pass the checks. Stateless and
 * thread-safe.
 */
public final class SyntheticIdentifiers {

  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private SyntheticIdentifiers() {}

  /**
   * Builds a credit code from its parts, computing position 17 (GB 11714) and position 18.
   *
   * @param department the registering department character, e.g. {@code '5'} for civil affairs
   * @param category the category character, e.g. {@code '1'} social group, {@code '2'} social
   *     service agency, {@code '3'} foundation
   * @param region the six-digit region segment (a county-level division), not null
   * @param subject the eight-character subject body (digits or letters of the credit-code charset
   *     other than those GB 11714 excludes), not null
   * @return the code
   * @throws NullPointerException if region or subject is null
   * @throws IllegalArgumentException if subject is not 8 characters or the region not 6 digits
   * @throws org.sanshe.core.identifier.InvalidIdentifierException if a character is outside the
   *     charset
   */
  public static UnifiedSocialCreditCode uscc(
      char department, char category, DivisionCode region, String subject) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(subject, "subject");
    if (subject.length() != 8) {
      throw new IllegalArgumentException("subject must have 8 characters, was " + subject);
    }
    String regionSegment = region.value().substring(0, 6);
    String body = "" + department + category + regionSegment + subject;
    String seventeen = body + organizationCheckCharacter(subject);
    return UnifiedSocialCreditCode.parse(
        seventeen + UnifiedSocialCreditCode.checkCharacter(seventeen));
  }

  /**
   * Builds a civil-affairs credit code (department {@code 5}) numbered n in a region.
   *
   * @param category the category character: {@code '1'}, {@code '2'}, {@code '3'} or {@code '9'}
   * @param region the region, not null
   * @param n the subject number, 0 to 99,999,999
   * @return the code
   * @throws IllegalArgumentException if n is out of range
   */
  public static UnifiedSocialCreditCode civilAffairsUscc(
      char category, DivisionCode region, long n) {
    if (n < 0 || n > 99_999_999L) {
      throw new IllegalArgumentException("n must be 0 to 99999999, was " + n);
    }
    return uscc('5', category, region, String.format("%08d", n));
  }

  /**
   * Computes the GB 11714 organization-code check character of an eight-character body: digits
   * count their value, letters A=10 to Z=35, weights 3 7 9 10 5 8 4 2, check 11 - sum mod 11 with
   * 10 written X and 11 written 0.
   *
   * @param body eight digits or upper-case letters, not null
   * @return the check character
   * @throws IllegalArgumentException if the body is not 8 digits or upper-case letters
   */
  public static char organizationCheckCharacter(String body) {
    Objects.requireNonNull(body, "body");
    if (body.length() != 8) {
      throw new IllegalArgumentException("body must have 8 characters, was " + body);
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw new IllegalArgumentException("not a digit or upper-case letter: " + c);
      }
      sum += v * ORGANIZATION_WEIGHTS[i];
    }
    int r = 11 - sum % 11;
    return r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
  }

  /**
   * Builds a resident identity number from its parts, computing the check character.
   *
   * @param region the six-digit region of the household registration, not null
   * @param birthDate the date of birth, not null, year 1800 to 9999
   * @param sequence the order code, 0 to 999; odd for men, even for women
   * @return the number
   * @throws IllegalArgumentException if sequence is out of range
   */
  public static ResidentIdNumber residentId(
      DivisionCode region, LocalDate birthDate, int sequence) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(birthDate, "birthDate");
    if (sequence < 0 || sequence > 999) {
      throw new IllegalArgumentException("sequence must be 0 to 999, was " + sequence);
    }
    String seventeen =
        region.value().substring(0, 6)
            + String.format(
                "%04d%02d%02d%03d",
                birthDate.getYear(),
                birthDate.getMonthValue(),
                birthDate.getDayOfMonth(),
                sequence);
    return ResidentIdNumber.parse(seventeen + ResidentIdNumber.checkCharacter(seventeen));
  }
}
