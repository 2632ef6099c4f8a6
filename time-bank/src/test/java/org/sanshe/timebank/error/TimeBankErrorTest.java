package org.sanshe.timebank.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeBankErrorTest {

  @Test
  void every_code_has_an_english_and_a_chinese_message() {
    for (TimeBankError e : TimeBankError.values()) {
      assertThat(TimeBankError.catalog().covers(e.code())).as(e.code()).isTrue();
      assertThat(e.template(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(e.template(Locale.ENGLISH));
    }
  }

  @Test
  void every_code_is_prefixed_by_its_area() {
    for (TimeBankError e : TimeBankError.values()) {
      assertThat(e.code()).matches("(TIMEBANK|LEDGER)_[A-Z_]+");
    }
  }

  @Test
  void an_exception_names_its_code_and_rule() {
    TimeBankException e = new TimeBankException(TimeBankError.LEDGER_SAME_ACCOUNT, "alice");
    assertThat(e.getMessage())
        .isEqualTo("[LEDGER_SAME_ACCOUNT] Account alice cannot transfer to itself.");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("账户 alice 不能向自己转账。");
  }

  @Test
  void identifiers_are_checked() {
    assertThat(IdRules.check("x", "a-b_c:d.1")).isEqualTo("a-b_c:d.1");
    for (String bad : new String[] {"", "a b", "张三", "x".repeat(65)}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdRules.check("x", bad))
          .isInstanceOf(TimeBankException.class)
          .hasMessageStartingWith("[TIMEBANK_ID_INVALID]");
    }
  }
}
