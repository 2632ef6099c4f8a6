package org.sanshe.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoreErrorMessagesTest {

  @Test
  void every_core_code_has_an_english_and_a_chinese_message() {
    for (CoreError code : CoreError.values()) {
      assertThat(CoreError.catalog().covers(code.code())).as(code.code()).isTrue();
      assertThat(code.template(Locale.ENGLISH)).isNotEqualTo(code.template(Locale.CHINA));
    }
  }

  @Test
  void an_exception_carries_its_code_and_speaks_both_languages() {
    SansheException e = new SansheException(CoreError.USCC_LENGTH, 17);
    assertThat(e.code()).isEqualTo("USCC_LENGTH");
    assertThat(e.getMessage())
        .isEqualTo(
            "[USCC_LENGTH] A Unified Social Credit Code has 18 characters, not 17 (GB 32100-2015)");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("统一社会信用代码应为 18 位，实际为 17 位（GB 32100-2015）");
    assertThat(e.message(Locale.TRADITIONAL_CHINESE)).startsWith("统一社会信用代码");
    assertThat(e.message(Locale.FRENCH)).startsWith("A Unified Social Credit Code");
    assertThat(e.arguments()).containsExactly(17);
  }

  @Test
  void the_formatter_keeps_apostrophes_and_unknown_placeholders() {
    assertThat(MessageCatalog.format("it's {0} of {1} {2} {x}", List.of(1, "two")))
        .isEqualTo("it's 1 of two {2} {x}");
  }

  @Test
  void problems_collect_every_error_and_keep_warnings_apart() {
    Problems problems =
        Problems.builder()
            .add("[0].uscc", new SansheException(CoreError.USCC_BLANK))
            .add(Problem.warning("[1].uscc", CoreError.USCC_REGION_UNKNOWN, "100001"))
            .add("[2].division", new SansheException(CoreError.DIVISION_CODE_LENGTH, 5))
            .build();
    assertThat(problems.hasErrors()).isTrue();
    assertThat(problems.errors())
        .extracting(Problem::path)
        .containsExactly("[0].uscc", "[2].division");
    assertThat(problems.warnings())
        .extracting(Problem::code)
        .containsExactly("USCC_REGION_UNKNOWN");
    assertThat(problems.all().get(2).message(Locale.CHINA)).contains("实际为 5 位");
  }

  @Test
  void throwing_problems_reports_the_count_and_the_first_error() {
    Problems problems =
        Problems.builder()
            .add("[3]", new SansheException(CoreError.USCC_BLANK))
            .add("[7]", new SansheException(CoreError.USCC_REQUIRED))
            .build();
    try {
      problems.throwIfErrors();
      throw new AssertionError("expected an exception");
    } catch (InvalidInputException e) {
      assertThat(e.code()).isEqualTo("INPUT_INVALID");
      assertThat(e.problems()).isEqualTo(problems);
      assertThat(e.getMessage()).contains("2 error(s)").contains("[3]").contains("USCC_BLANK");
    }
  }

  @Test
  void warnings_alone_do_not_throw_and_nested_problems_get_prefixed_paths() {
    Problems warnings =
        Problems.builder()
            .add(Problem.warning("", CoreError.USCC_REGION_UNKNOWN, "100001"))
            .build();
    warnings.throwIfErrors();
    assertThat(warnings.hasErrors()).isFalse();

    InvalidInputException inner =
        new InvalidInputException(
            Problems.builder().add("uscc", new SansheException(CoreError.USCC_BLANK)).build());
    Problems outer = Problems.builder().add("[4]", inner).build();
    assertThat(outer.all()).extracting(Problem::path).containsExactly("[4].uscc");
    assertThat(Problems.builder().build()).isSameAs(Problems.none());
  }
}
