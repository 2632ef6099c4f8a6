package org.sanshe.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageCatalogLocaleTest {

  private static final String CHINESE = CoreError.USCC_BLANK.template(Locale.CHINESE);
  private static final String ENGLISH = CoreError.USCC_BLANK.template(Locale.ENGLISH);

  @Test
  void chinese_resolves_for_zh_zh_cn_and_zh_hans() {
    assertThat(CHINESE).isNotEqualTo(ENGLISH);
    for (String tag : new String[] {"zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-SG"}) {
      assertThat(CoreError.USCC_BLANK.template(Locale.forLanguageTag(tag)))
          .as(tag)
          .isEqualTo(CHINESE);
    }
    assertThat(CoreError.USCC_BLANK.template(Locale.SIMPLIFIED_CHINESE)).isEqualTo(CHINESE);
  }

  @Test
  void traditional_chinese_locales_fall_back_to_simplified_chinese_not_english() {
    for (String tag : new String[] {"zh-TW", "zh-HK", "zh-Hant", "zh-Hant-TW"}) {
      assertThat(CoreError.USCC_BLANK.template(Locale.forLanguageTag(tag)))
          .as(tag)
          .isEqualTo(CHINESE);
    }
    assertThat(CoreError.USCC_BLANK.template(Locale.TRADITIONAL_CHINESE)).isEqualTo(CHINESE);
  }

  @Test
  void a_malformed_zh_locale_and_the_iso_639_2_codes_still_read_chinese() {
    assertThat(MessageCatalog.isChinese(new Locale("zh_CN"))).isTrue();
    assertThat(MessageCatalog.isChinese(new Locale("zho"))).isTrue();
  }

  @Test
  void other_languages_read_english() {
    for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.JAPANESE, Locale.ROOT}) {
      assertThat(CoreError.USCC_BLANK.template(l)).as(l.toString()).isEqualTo(ENGLISH);
    }
  }

  @Test
  void an_invalid_input_message_states_its_first_problem_in_the_readers_language() {
    Problems problems =
        Problems.builder()
            .add("[2].uscc", new SansheException(CoreError.USCC_BLANK))
            .add("[3].uscc", new SansheException(CoreError.USCC_REQUIRED))
            .build();
    InvalidInputException e = new InvalidInputException(problems);
    assertThat(e.message(Locale.CHINESE))
        .contains("[2].uscc")
        .contains(CHINESE)
        .doesNotContain(ENGLISH)
        .contains("2");
    assertThat(e.message(Locale.ENGLISH)).contains(ENGLISH).doesNotContain(CHINESE);
  }
}
