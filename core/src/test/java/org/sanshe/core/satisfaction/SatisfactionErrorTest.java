package org.sanshe.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SatisfactionErrorTest {

  @Test
  void every_code_has_an_english_and_a_chinese_message() {
    for (SatisfactionError code : SatisfactionError.values()) {
      assertThat(SatisfactionError.catalog().covers(code.code())).as(code.code()).isTrue();
    }
  }

  @Test
  void every_code_is_prefixed_by_the_area() {
    for (SatisfactionError code : SatisfactionError.values()) {
      assertThat(code.code()).startsWith("SATISFACTION_");
    }
  }

  @Test
  void an_exception_message_names_the_code_and_fills_the_arguments() {
    SatisfactionException e =
        new SatisfactionException(SatisfactionError.SATISFACTION_WEIGHTS_NOT_ONE, "root", "0.9");
    assertThat(e.getMessage())
        .isEqualTo("[SATISFACTION_WEIGHTS_NOT_ONE] The weights below root sum to 0.9, not 1");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("root").contains("0.9");
  }
}
