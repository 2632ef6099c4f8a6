package org.sanshe.testkit.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.CivilAffairsCategory;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.Sex;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

class SyntheticIdentifiersTest {

  private static final DivisionCode GULOU = DivisionCode.parse("320106");

  @Test
  void a_credit_code_built_from_parts_passes_both_checks() {
    UnifiedSocialCreditCode code = SyntheticIdentifiers.civilAffairsUscc('2', GULOU, 1234);
    assertThat(UnifiedSocialCreditCode.isValid(code.value())).isTrue();
    assertThat(code.value()).startsWith("52320106" + "00001234");
    assertThat(code.civilAffairsCategory()).isPresent();
    assertThat(code.regionSegment()).isEqualTo("320106");
  }

  @Test
  void the_organization_check_follows_gb_11714() {
    // 3 7 9 10 5 8 4 2 over D2143569: 13*3+2*7+1*9+4*10+3*5+5*8+6*4+9*2 = 199; 199 mod 11 = 1; 11-1
    // = 10 -> X
    assertThat(SyntheticIdentifiers.organizationCheckCharacter("D2143569")).isEqualTo('X');
    assertThat(SyntheticIdentifiers.organizationCheckCharacter("00000000")).isEqualTo('0');
  }

  @Test
  void a_letter_subject_is_valid_too() {
    UnifiedSocialCreditCode code = SyntheticIdentifiers.uscc('5', '1', GULOU, "MA1B2C3D");
    assertThat(UnifiedSocialCreditCode.isValid(code.value())).isTrue();
  }

  @Test
  void a_resident_id_carries_its_birth_date_and_sex() {
    ResidentIdNumber id = SyntheticIdentifiers.residentId(GULOU, LocalDate.of(1980, 2, 29), 123);
    assertThat(ResidentIdNumber.isValid(id.unmaskedValue())).isTrue();
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.toString()).doesNotContain("19800229");
  }

  @Test
  void out_of_range_parts_are_refused() {
    assertThatThrownBy(() -> SyntheticIdentifiers.civilAffairsUscc('1', GULOU, 100_000_000L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticIdentifiers.uscc('5', '1', GULOU, "123"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticIdentifiers.residentId(GULOU, LocalDate.of(1990, 1, 1), 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void civil_affairs_category_is_read_back() {
    assertThat(SyntheticIdentifiers.civilAffairsUscc('3', GULOU, 7).civilAffairsCategory())
        .contains(CivilAffairsCategory.FOUNDATION);
  }
}
