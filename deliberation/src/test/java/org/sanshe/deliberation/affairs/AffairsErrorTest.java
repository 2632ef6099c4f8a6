package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

class AffairsErrorTest {

  @Test
  void every_code_has_an_english_and_a_chinese_message() {
    for (AffairsError code : AffairsError.values()) {
      assertThat(AffairsError.catalog().covers(code.code())).as(code.code()).isTrue();
      assertThat(code.template(Locale.ENGLISH)).isNotEqualTo(code.code());
      assertThat(code.template(Locale.SIMPLIFIED_CHINESE))
          .isNotEqualTo(code.template(Locale.ENGLISH));
    }
  }

  @Test
  void codes_are_prefixed_by_their_area() {
    for (AffairsError code : AffairsError.values()) {
      assertThat(code.code()).matches("(AFFAIRS|ESCALATION|CONSULTATION|VOTE|CONTEST)_[A-Z_]+");
    }
  }

  @Test
  void an_exception_message_names_the_code_and_fills_the_arguments() {
    AffairsException e = new AffairsException(AffairsError.VOTE_DUPLICATE_VOTER, "v-1", "owner-7");
    assertThat(e.getMessage())
        .isEqualTo("[VOTE_DUPLICATE_VOTER] Voter owner-7 has already voted in v-1");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("投票人 owner-7 已在 v-1 中投过票");
    assertThat(e.affairsError()).isEqualTo(AffairsError.VOTE_DUPLICATE_VOTER);
  }
}
