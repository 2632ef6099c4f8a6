package org.sanshe.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.core.Theories.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sanshe.core.ConformanceFiles;
import org.sanshe.core.error.Problem;

class UnifiedSocialCreditCodeTest {

  @Test
  void every_code_of_the_conformance_file_gets_its_published_verdict_and_check_character()
      throws IOException {
    List<String> lines =
        Files.readAllLines(
            ConformanceFiles.require("identifiers/uscc.tsv"), StandardCharsets.UTF_8);
    int valid = 0;
    int invalid = 0;
    for (String line : lines) {
      if (line.startsWith("#") || line.startsWith("code\t") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      String code = f[0];
      char expectedCheck = f[2].charAt(0);
      assertThat(UnifiedSocialCreditCode.checkCharacter(code)).as(code).isEqualTo(expectedCheck);
      if (f[1].equals("valid")) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
        assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
        valid++;
      } else {
        assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isFalse();
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
            .isInstanceOfSatisfying(
                InvalidIdentifierException.class,
                e -> {
                  assertThat(e.code()).isEqualTo("USCC_CHECK_CHARACTER");
                  assertThat(e.arguments().get(0)).isEqualTo(expectedCheck);
                  assertThat(e.getMessage()).contains("expected " + expectedCheck);
                });
        invalid++;
      }
    }
    assertThat(valid).isEqualTo(28);
    assertThat(invalid).isEqualTo(5);
  }

  @Test
  void a_civil_affairs_code_decodes_department_category_and_region() {
    UnifiedSocialCreditCode foundation = UnifiedSocialCreditCode.parse("53320000509158062X");
    assertThat(foundation.registeringDepartment()).contains(RegisteringDepartment.CIVIL_AFFAIRS);
    assertThat(foundation.civilAffairsCategory()).contains(CivilAffairsCategory.FOUNDATION);
    assertThat(foundation.regionSegment()).isEqualTo("320000");
    assertThat(foundation.region()).contains(DivisionCode.parse("320000"));
    assertThat(foundation.subjectCode()).isEqualTo("509158062");

    assertThat(UnifiedSocialCreditCode.parse("51100000500009247D").civilAffairsCategory())
        .contains(CivilAffairsCategory.SOCIAL_GROUP);
    assertThat(UnifiedSocialCreditCode.parse("52310107MJ5075334L").civilAffairsCategory())
        .contains(CivilAffairsCategory.SOCIAL_SERVICE_AGENCY);
  }

  @Test
  void a_foundation_under_another_prefix_is_valid_but_has_no_civil_affairs_category() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("13100000500010213J");
    assertThat(code.registeringDepartment())
        .contains(RegisteringDepartment.INSTITUTIONAL_ESTABLISHMENT);
    assertThat(code.civilAffairsCategory()).isEmpty();
  }

  @Test
  void a_region_that_is_no_known_division_is_a_warning_not_an_error() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("53100001500014572X");
    Set<DivisionCode> known = Set.of(DivisionCode.parse("100000"), DivisionCode.parse("320114"));
    assertThat(code.warnings(known::contains).all())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.code()).isEqualTo("USCC_REGION_UNKNOWN");
              assertThat(p.arguments()).containsExactly("100001");
            });
    assertThat(UnifiedSocialCreditCode.parse("53100000500019795A").warnings(known::contains).all())
        .isEmpty();
  }

  @Test
  void each_kind_of_malformed_input_has_its_own_code() {
    assertCode(null, "USCC_REQUIRED");
    assertCode("   ", "USCC_BLANK");
    assertCode("5310000050001979", "USCC_LENGTH");
    assertCode("53100000500019795I", "USCC_CHARACTER");
    assertCode("53100000500019795a", "USCC_CHARACTER");
    assertCode("53100000500019795B", "USCC_CHECK_CHARACTER");
  }

  @Test
  void a_wrong_organization_code_check_at_position_17_is_refused_even_with_a_right_position_18() {
    String body = "53100000500019796";
    String code = body + UnifiedSocialCreditCode.checkCharacter(body);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> {
              assertThat(e.code()).isEqualTo("USCC_ORGANIZATION_CODE_CHECK");
              assertThat(e.arguments()).containsExactly('5', '6');
            });
    assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
  }

  @Test
  void the_lenient_parse_folds_full_width_characters_trims_and_raises_case() {
    assertThat(UnifiedSocialCreditCode.parseLenient(" ５３１０００００ＭＪ００６５０８１ｒ\t").value())
        .isEqualTo("53100000MJ0065081R");
    assertThat(UnifiedSocialCreditCode.parseLenient("53100000mj0065081r").value())
        .isEqualTo("53100000MJ0065081R");
  }

  @Test
  void codes_compare_by_value_and_round_trip_through_to_string() {
    UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse("51100000500002862F");
    UnifiedSocialCreditCode b = UnifiedSocialCreditCode.parse("51100000500009247D");
    assertThat(a)
        .isEqualTo(UnifiedSocialCreditCode.parse(a.toString()))
        .hasSameHashCodeAs(UnifiedSocialCreditCode.parse("51100000500002862F"));
    assertThat(a).isNotEqualTo(b);
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
  }

  @Test
  void a_character_outside_ascii_whose_low_bits_name_a_charset_character_is_refused() {
    String code = "53100000MJ0065081R";
    for (int position = 0; position < 18; position++) {
      for (int high : new int[] {0x80, 0x100, 0x3000, 0xFF00}) {
        char alias = (char) (code.charAt(position) + high);
        String changed = code.substring(0, position) + alias + code.substring(position + 1);
        assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(new StringBuilder(changed)))
            .as(changed)
            .isFalse();
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(changed))
            .isInstanceOf(InvalidIdentifierException.class);
      }
    }
    assertThat(UnifiedSocialCreditCode.isValid(new StringBuilder(code))).isTrue();
  }

  @Test
  void any_single_character_change_of_a_valid_code_is_detected() {
    qt().forAll(
            validCodes(),
            integers().between(0, 17),
            integers().between(0, UnifiedSocialCreditCode.CHARSET.length() - 1))
        .checkAssert(
            (code, position, replacement) -> {
              char original = code.charAt(position);
              char other = UnifiedSocialCreditCode.CHARSET.charAt(replacement);
              if (other == original) {
                return;
              }
              String changed = code.substring(0, position) + other + code.substring(position + 1);
              assertThat(UnifiedSocialCreditCode.isValid(changed)).isFalse();
            });
  }

  @Test
  void is_valid_and_parse_always_agree() {
    qt().forAll(candidates())
        .checkAssert(
            text -> {
              boolean parsed;
              try {
                UnifiedSocialCreditCode.parse(text);
                parsed = true;
              } catch (InvalidIdentifierException e) {
                parsed = false;
              }
              assertThat(UnifiedSocialCreditCode.isValid(text)).isEqualTo(parsed);
            });
  }

  /** Strings of the given length over the given characters. */
  private static Gen<String> strings(String chars, int minLength, int maxLength) {
    return lists()
        .of(integers().between(0, chars.length() - 1))
        .ofSizeBetween(minLength, maxLength)
        .map(
            indexes -> {
              StringBuilder s = new StringBuilder(indexes.size());
              indexes.forEach(i -> s.append(chars.charAt(i)));
              return s.toString();
            });
  }

  /** Valid codes: 16 characters of the charset, then both check characters. */
  private static Gen<String> validCodes() {
    return strings(UnifiedSocialCreditCode.CHARSET, 16, 16)
        .map(
            s -> {
              String withOrgCheck = s + orgCheck(s);
              return withOrgCheck + UnifiedSocialCreditCode.checkCharacter(withOrgCheck);
            });
  }

  /** Valid codes half the time, otherwise near misses (wrong length, letters outside the set). */
  private static Gen<String> candidates() {
    return validCodes().mix(strings("0123456789ABXYIOZ", 16, 19));
  }

  private static char orgCheck(String sixteen) {
    int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = sixteen.charAt(8 + i);
      sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * w[i];
    }
    int r = 11 - sum % 11;
    return r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
  }

  private static void assertCode(String input, String code) {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(input))
        .isInstanceOf(InvalidIdentifierException.class)
        .extracting(e -> ((InvalidIdentifierException) e).code())
        .isEqualTo(code);
    assertThat(UnifiedSocialCreditCode.isValid(input)).isFalse();
  }
}
