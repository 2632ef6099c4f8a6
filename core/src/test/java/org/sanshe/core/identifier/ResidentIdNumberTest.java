package org.sanshe.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sanshe.core.Theories.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ResidentIdNumberTest {

  /** The worked example of GB 11643-1999 (a specimen number, no real person). */
  private static final String SPECIMEN = "11010519491231002X";

  @Test
  void the_specimen_of_the_standard_is_valid_and_decodes_birth_date_and_sex() {
    ResidentIdNumber id = ResidentIdNumber.parse(SPECIMEN);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.regionSegment()).isEqualTo("110105");
    assertThat(ResidentIdNumber.checkCharacter(SPECIMEN)).isEqualTo('X');
    assertThat(id.ageOn(LocalDate.of(2009, 12, 30))).isEqualTo(59);
    assertThat(id.ageOn(LocalDate.of(2009, 12, 31))).isEqualTo(60);
  }

  @Test
  void the_number_is_masked_in_to_string_and_never_in_error_messages() {
    ResidentIdNumber id = ResidentIdNumber.parse(SPECIMEN);
    assertThat(id.toString()).isEqualTo("1101**********002X").doesNotContain("19491231");
    assertThat(id.unmaskedValue()).isEqualTo(SPECIMEN);
    String wrongCheck = SPECIMEN.substring(0, 17) + "1";
    assertThatThrownBy(() -> ResidentIdNumber.parse(wrongCheck))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RESIDENT_ID_CHECK_CHARACTER");
              assertThat(e.getMessage()).doesNotContain("110105").doesNotContain("19491231");
              assertThat(e.arguments()).isEmpty();
            });
  }

  @Test
  void each_kind_of_malformed_number_has_its_own_code() {
    assertCode(null, "RESIDENT_ID_REQUIRED");
    assertCode(" ", "RESIDENT_ID_BLANK");
    assertCode("11010519491231002", "RESIDENT_ID_LENGTH");
    assertCode("1101051949123100AX", "RESIDENT_ID_CHARACTER");
    assertCode("11010519491231002x", "RESIDENT_ID_CHARACTER");
    String feb30 = "11010519490230002";
    assertCode(feb30 + ResidentIdNumber.checkCharacter(feb30), "RESIDENT_ID_BIRTH_DATE");
    assertCode("110105194912310021", "RESIDENT_ID_CHECK_CHARACTER");
  }

  @Test
  void a_leap_day_is_a_birth_date_only_in_leap_years() {
    String leap = "11010520000229001";
    String notLeap = "11010519000229001";
    assertThat(ResidentIdNumber.isValid(leap + ResidentIdNumber.checkCharacter(leap))).isTrue();
    assertThat(ResidentIdNumber.isValid(notLeap + ResidentIdNumber.checkCharacter(notLeap)))
        .isFalse();
  }

  @Test
  void the_lenient_parse_accepts_a_lower_case_x_full_width_digits_and_spaces() {
    assertThat(ResidentIdNumber.parseLenient(" 11010519491231002x "))
        .isEqualTo(ResidentIdNumber.parse(SPECIMEN));
    assertThat(ResidentIdNumber.parseLenient("１１０１０５１９４９１２３１００２Ｘ").unmaskedValue())
        .isEqualTo(SPECIMEN);
  }

  @Test
  void numbers_are_equal_by_value() {
    assertThat(ResidentIdNumber.parse(SPECIMEN))
        .isEqualTo(ResidentIdNumber.parse(SPECIMEN))
        .hasSameHashCodeAs(ResidentIdNumber.parse(SPECIMEN))
        .isNotEqualTo(ResidentIdNumber.parse(withCheck("11010519491231003")));
  }

  @Test
  void any_single_digit_change_is_detected() {
    qt().forAll(numbers(), integers().between(0, 16), integers().between(0, 9))
        .checkAssert(
            (number, position, digit) -> {
              char replacement = (char) ('0' + digit);
              if (number.charAt(position) == replacement) {
                return;
              }
              String changed =
                  number.substring(0, position) + replacement + number.substring(position + 1);
              assertThat(ResidentIdNumber.isValid(changed)).isFalse();
            });
  }

  @Test
  void sex_follows_the_parity_of_digit_17() {
    qt().forAll(numbers())
        .checkAssert(
            number -> {
              ResidentIdNumber id = ResidentIdNumber.parse(number);
              assertThat(id.sex())
                  .isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
              assertThat(id.toString()).doesNotContain(number.substring(4, 14));
            });
  }

  /** Valid specimen-style numbers: a few regions, births from 1920 on, any sequence. */
  private static Gen<String> numbers() {
    Gen<String> region = arbitrary().pick("110105", "320114", "320402", "330411");
    Gen<LocalDate> birth =
        integers().between(0, 40_000).map(d -> LocalDate.of(1920, 1, 1).plusDays(d));
    Gen<Integer> sequence = integers().between(0, 999);
    return region.zip(
        birth,
        sequence,
        (r, b, s) ->
            withCheck(
                r
                    + String.format(
                        "%04d%02d%02d%03d", b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s)));
  }

  private static String withCheck(String body) {
    return body + ResidentIdNumber.checkCharacter(body);
  }

  private static void assertCode(String input, String code) {
    assertThatThrownBy(() -> ResidentIdNumber.parse(input))
        .isInstanceOf(InvalidIdentifierException.class)
        .extracting(e -> ((InvalidIdentifierException) e).code())
        .isEqualTo(code);
    assertThat(ResidentIdNumber.isValid(input)).isFalse();
  }
}
