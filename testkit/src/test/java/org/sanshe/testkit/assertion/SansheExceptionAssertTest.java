package org.sanshe.testkit.assertion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.testkit.SansheAssertions.assertThat;
import static org.sanshe.testkit.SansheAssertions.assertThatSanshe;

import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.testkit.generator.SyntheticIdentifiers;

class SansheExceptionAssertTest {

  @Test
  void the_code_of_a_thrown_sanshe_exception_is_checked() {
    assertThatSanshe(() -> UnifiedSocialCreditCode.parse("123"))
        .hasCode("USCC_LENGTH")
        .hasCode(CoreError.USCC_LENGTH)
        .hasArguments(3);
  }

  @Test
  void a_wrong_code_is_reported_with_the_code_found() {
    assertThatThrownBy(
            () ->
                assertThatSanshe(() -> UnifiedSocialCreditCode.parse("123")).hasCode("USCC_BLANK"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected a Sanshe exception with code USCC_BLANK but the code was USCC_LENGTH");
    assertThatThrownBy(
            () -> assertThatSanshe(() -> UnifiedSocialCreditCode.parse("123")).hasArguments(4))
        .hasMessageContaining("to have arguments [4] but they were [3]");
  }

  @Test
  void nothing_thrown_or_another_exception_fails() {
    assertThatThrownBy(() -> assertThatSanshe(() -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected a Sanshe exception to be thrown but nothing was thrown");
    assertThatThrownBy(
            () ->
                assertThatSanshe(
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.lang.IllegalStateException was thrown: boom");
  }

  @Test
  void a_caught_exception_can_be_checked_directly() {
    SansheException e = new SansheException(CoreError.USCC_BLANK);
    assertThat(e).hasCode("USCC_BLANK");
    assertThatThrownBy(() -> assertThat(e).hasCode("USCC_LENGTH"))
        .hasMessageContaining("but the code was USCC_BLANK");
    String valid =
        SyntheticIdentifiers.civilAffairsUscc('1', DivisionCode.parse("320106"), 1234).value();
    String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
    assertThatSanshe(() -> UnifiedSocialCreditCode.parse(wrong)).hasCode("USCC_CHECK_CHARACTER");
  }
}
