package org.sanshe.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionCodeTest {

  @ParameterizedTest
  @CsvSource({
    "100000, NATIONAL, NATIONAL",
    "320000, PROVINCE, PROVINCE",
    "320100, CITY, CITY",
    "320114, COUNTY, COUNTY",
    "320114001, TOWNSHIP, STREET",
    "320114099, TOWNSHIP, STREET",
    "330411104, TOWNSHIP, TOWN",
    "330411199, TOWNSHIP, TOWN",
    "330411200, TOWNSHIP, TOWNSHIP",
    "330411399, TOWNSHIP, TOWNSHIP",
    "330411400, TOWNSHIP, DEVELOPMENT_ZONE",
    "330411599, TOWNSHIP, DEVELOPMENT_ZONE",
    "330411600, TOWNSHIP, OTHER_TOWNSHIP_UNIT",
    "320114001001, VILLAGE, COMMUNITY",
    "320114001199, VILLAGE, COMMUNITY",
    "330411104200, VILLAGE, VILLAGE",
    "330411104399, VILLAGE, VILLAGE",
    "330411104400, VILLAGE, SIMILAR_VILLAGE_UNIT",
    "330411104599, VILLAGE, SIMILAR_VILLAGE_UNIT",
    "330411104600, VILLAGE, OTHER_VILLAGE_UNIT",
  })
  void level_and_kind_follow_from_the_digits(String code, DivisionLevel level, DivisionKind kind) {
    DivisionCode parsed = DivisionCode.parse(code);
    assertThat(parsed.level()).isEqualTo(level);
    assertThat(parsed.kind()).isEqualTo(kind);
    assertThat(parsed.kind().isVillageLevel()).isEqualTo(level == DivisionLevel.VILLAGE);
  }

  @Test
  void parents_walk_up_to_the_province() {
    List<String> chain = new ArrayList<>();
    DivisionCode code = DivisionCode.parse("320114001001");
    while (code != null) {
      chain.add(code.value());
      code = code.parent().orElse(null);
    }
    assertThat(chain).containsExactly("320114001001", "320114001", "320114", "320100", "320000");
  }

  @Test
  void a_division_is_within_itself_and_its_ancestors_only() {
    DivisionCode community = DivisionCode.parse("320114001001");
    assertThat(community.isWithin(community)).isTrue();
    assertThat(community.isWithin(DivisionCode.parse("320114001"))).isTrue();
    assertThat(community.isWithin(DivisionCode.parse("320114"))).isTrue();
    assertThat(community.isWithin(DivisionCode.parse("320100"))).isTrue();
    assertThat(community.isWithin(DivisionCode.parse("320000"))).isTrue();
    assertThat(community.isWithin(DivisionCode.parse("100000"))).isTrue();
    assertThat(community.isWithin(DivisionCode.parse("320114002"))).isFalse();
    assertThat(community.isWithin(DivisionCode.parse("320402"))).isFalse();
    assertThat(community.isWithin(DivisionCode.parse("330000"))).isFalse();
    assertThat(DivisionCode.parse("320114").isWithin(community)).isFalse();
  }

  @Test
  void each_kind_of_malformed_code_has_its_own_code() {
    assertCode(null, "DIVISION_CODE_REQUIRED");
    assertCode("", "DIVISION_CODE_BLANK");
    assertCode("32011", "DIVISION_CODE_LENGTH");
    assertCode("32011400", "DIVISION_CODE_LENGTH");
    assertCode("32O114", "DIVISION_CODE_CHARACTER");
    assertCode("001234", "DIVISION_CODE_SEGMENT");
    assertCode("320114000", "DIVISION_CODE_SEGMENT");
    assertCode("320114001000", "DIVISION_CODE_SEGMENT");
  }

  @Test
  void codes_sort_parents_before_children_and_round_trip() {
    List<DivisionCode> codes =
        new ArrayList<>(
            List.of(
                DivisionCode.parse("320114002"),
                DivisionCode.parse("320114001001"),
                DivisionCode.parse("320114"),
                DivisionCode.parse("320114001")));
    Collections.shuffle(codes);
    Collections.sort(codes);
    assertThat(codes)
        .extracting(DivisionCode::toString)
        .containsExactly("320114", "320114001", "320114001001", "320114002");
    assertThat(DivisionCode.parse("320114")).isEqualTo(DivisionCode.parseLenient(" ３２０１１４ "));
  }

  private static void assertCode(String input, String code) {
    assertThatThrownBy(() -> DivisionCode.parse(input))
        .isInstanceOf(InvalidIdentifierException.class)
        .extracting(e -> ((InvalidIdentifierException) e).code())
        .isEqualTo(code);
    assertThat(DivisionCode.isValid(input)).isFalse();
  }
}
