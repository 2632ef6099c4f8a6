package org.sanshe.deliberation.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class VotingErrorTest {

  @Test
  void every_code_has_an_english_and_a_chinese_message() {
    for (VotingError e : VotingError.values()) {
      assertThat(VotingError.catalog().covers(e.code())).as(e.code()).isTrue();
    }
  }

  @Test
  void codes_carry_their_area_prefix() {
    for (VotingError e : VotingError.values()) {
      assertThat(e.code()).matches("(BALLOT|VOTING|BUDGET|PABULIB|PREFLIB)_[A-Z_]+");
    }
  }

  @Test
  void an_exception_names_the_ballot_in_both_languages() {
    VotingException e = new VotingException(VotingError.BALLOT_TOO_LONG, "{1,2,3}", 3, 2);
    assertThat(e.getMessage()).startsWith("[BALLOT_TOO_LONG]").contains("{1,2,3}", "3", "2");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("{1,2,3}").contains("最多");
  }
}
