package org.sanshe.core.satisfaction.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemIdTest {

  @Test
  void codes_of_letters_digits_dots_hyphens_and_underscores_are_accepted_and_printed_back() {
    for (String code : new String[] {"Q1", "service.attitude", "a-b_c", "x".repeat(64)}) {
      assertThat(ItemId.of(code).toString()).isEqualTo(code);
      assertThat(ItemId.of(code)).isEqualTo(new ItemId(code));
      assertThat(QuestionnaireId.of(code).toString()).isEqualTo(code);
    }
  }

  @Test
  void empty_long_or_spaced_codes_are_refused() {
    for (String code : new String[] {"", "a b", "x".repeat(65), "问题1"}) {
      assertThatThrownBy(() -> ItemId.of(code))
          .as(code)
          .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
      assertThatThrownBy(() -> QuestionnaireId.of(code))
          .as(code)
          .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
    }
  }

  @Test
  void ids_are_equal_by_code() {
    assertThat(ItemId.of("Q1")).isEqualTo(ItemId.of("Q1")).isNotEqualTo(ItemId.of("Q2"));
    assertThat(ItemId.of("Q1").hashCode()).isEqualTo(ItemId.of("Q1").hashCode());
  }
}
