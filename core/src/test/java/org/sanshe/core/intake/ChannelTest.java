package org.sanshe.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;

class ChannelTest {

  @Test
  void the_presets_keep_the_codes_the_former_enums_stored() {
    assertThat(Channel.presets())
        .extracting(Channel::code)
        .containsExactly(
            "GRID",
            "VISIT",
            "HOTLINE_12345",
            "WECHAT_ACCOUNT",
            "APP",
            "VOLUNTEER_PATROL",
            "HOTLINE_12349");
    assertThat(Channel.presets()).allMatch(Channel::isPreset);
    assertThat(Channel.of("building-leader").isPreset()).isFalse();
  }

  @Test
  void of_returns_the_preset_and_reads_the_former_need_code_wechat_as_the_account() {
    assertThat(Channel.of("GRID")).isSameAs(Channel.GRID);
    assertThat(Channel.of("WECHAT")).isSameAs(Channel.WECHAT_ACCOUNT);
    assertThat(Channel.of("grid")).as("codes are case-sensitive").isNotEqualTo(Channel.GRID);
  }

  @Test
  void equal_by_code_and_ordered_by_code() {
    assertThat(Channel.of("app-x")).isEqualTo(new Channel("app-x")).hasToString("app-x");
    assertThat(Channel.APP.compareTo(Channel.GRID)).isNegative();
  }

  @Test
  void a_malformed_code_is_refused_by_code_without_echoing_it() {
    for (String bad : new String[] {"", "1grid", "-x", "grid code", "微信", "x".repeat(41), "a.b"}) {
      assertThatThrownBy(() -> Channel.of(bad))
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_CODE_INVALID))
          .message()
          .doesNotContain(bad.isEmpty() ? "\u0000" : bad);
    }
    assertThat(Channel.of("x".repeat(40)).code()).hasSize(40);
    assertThatThrownBy(() -> Channel.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_code_is_accepted_exactly_when_it_has_the_documented_form() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = "aZ09-_ .é/";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(43);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String code = b.toString();
      boolean expected = code.matches("[A-Za-z][A-Za-z0-9_-]{0,39}");
      assertThat(Channel.isCode(code)).as("seed %d, code %s", seed, code).isEqualTo(expected);
      if (expected) {
        assertThat(Channel.of(code).code()).as("seed %d", seed).isIn(code, "WECHAT_ACCOUNT");
      }
    }
  }
}
