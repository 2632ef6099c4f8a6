package org.sanshe.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.MessageCatalog;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

class BoundedTextTest {

  private static final Wording FIELD = Wording.of("The name", "名称");

  @Test
  void plain_ascii_decimals_read_exactly_as_big_decimal_does() {
    long seed = Long.getLong("sanshe.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 5000; i++) {
      StringBuilder s = new StringBuilder();
      if (random.nextBoolean()) {
        s.append(random.nextBoolean() ? '-' : '+');
      }
      int digits = 1 + random.nextInt(30);
      for (int d = 0; d < digits; d++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        s.append('.');
        for (int d = random.nextInt(10); d > 0; d--) {
          s.append((char) ('0' + random.nextInt(10)));
        }
      }
      if (random.nextInt(3) == 0) {
        s.append('e').append(random.nextInt(201) - 100);
      }
      String text = s.toString();
      assertThat(BoundedText.decimal(text, 64, 100))
          .as("seed %d, text %s", seed, text)
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(text)));
    }
  }

  @Test
  void unicode_digits_exponents_and_length_are_refused() {
    for (String text :
        List.of(
            "١", "٣.٥", "９", "1e101", "1e-101", "1e", "1e+", ".", "-", "1..2", "1.2.3", "0x1",
            "1,5", "1 2")) {
      assertThat(BoundedText.decimal(text, 64, 100)).as(text).isEmpty();
    }
    assertThat(BoundedText.decimal("1".repeat(65), 64, 100)).isEmpty();
    assertThat(BoundedText.decimal("1".repeat(64), 64, 100)).isPresent();
    assertThat(BoundedText.decimal("1e5", 64, 0)).isEmpty();
    assertThat(BoundedText.decimal(" 12.50 ", 64, 0)).hasValue(new BigDecimal("12.50"));
  }

  @Test
  void names_are_normalized_stripped_and_bounded() {
    assertThat(BoundedText.name("  e\u0301cole ", FIELD, 10)).isEqualTo("\u00e9cole");
    assertThat(BoundedText.name("阳光 社工", FIELD, 5)).isEqualTo("阳光 社工");
    assertThatThrownBy(() -> BoundedText.name("阳光社工站", FIELD, 4))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.code()).isEqualTo("TEXT_TOO_LONG"));
    for (String hostile : List.of("\u200B", "\u202E\u202C", "\u3164", " \u2060 ", "\uFE0F")) {
      assertThatThrownBy(() -> BoundedText.name(hostile, FIELD, 10))
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> assertThat(e.code()).isIn("TEXT_BLANK", "TEXT_CHARACTER"));
    }
    assertThatThrownBy(() -> BoundedText.name("a\nb", FIELD, 10))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.code()).isEqualTo("TEXT_CHARACTER"));
    assertThat(BoundedText.freeText("a\nb", FIELD, 10)).isEqualTo("a\nb");
    assertThatThrownBy(() -> BoundedText.name("阳光\u202E社", FIELD, 10))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.code()).isEqualTo("TEXT_CHARACTER");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .isEqualTo("名称第 3 个字符是控制字符、不可见字符或双向控制字符");
              assertThat(e.getMessage()).doesNotContain("阳光");
            });
  }

  @Test
  void a_megabyte_is_refused_before_it_is_normalized() {
    String mega = "社".repeat(1 << 20);
    assertThatThrownBy(() -> BoundedText.name(mega, FIELD, 200))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.code()).isEqualTo("TEXT_TOO_LONG"));
  }

  @Test
  void dates_and_instants_are_checked_against_the_clock() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    assertThat(PlausibleTime.notAfterToday(LocalDate.of(2026, 3, 1), FIELD, clock)).isNotNull();
    for (LocalDate bad :
        List.of(
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2999, 1, 1),
            LocalDate.MIN,
            LocalDate.MAX,
            LocalDate.of(1899, 12, 31))) {
      assertThatThrownBy(() -> PlausibleTime.notAfterToday(bad, FIELD, clock))
          .isInstanceOfSatisfying(
              SansheException.class, e -> assertThat(e.code()).isEqualTo("TIME_IMPLAUSIBLE"));
    }
    assertThat(
            PlausibleTime.notAfterNow(clock.instant().plus(PlausibleTime.CLOCK_SKEW), FIELD, clock))
        .isNotNull();
    for (Instant bad :
        List.of(
            Instant.MAX,
            Instant.MIN,
            clock.instant().plus(PlausibleTime.CLOCK_SKEW).plusSeconds(1))) {
      assertThatThrownBy(() -> PlausibleTime.notAfterNow(bad, FIELD, clock))
          .isInstanceOfSatisfying(
              SansheException.class, e -> assertThat(e.code()).isEqualTo("TIME_IMPLAUSIBLE"));
    }
  }

  @Test
  void message_arguments_are_localized_and_cut() {
    assertThat(
            MessageCatalog.format(
                "{0}: {1}", List.of(FIELD, "x".repeat(500)), Locale.SIMPLIFIED_CHINESE))
        .startsWith("名称: xxx")
        .hasSize(4 + MessageCatalog.MAX_ARGUMENT_LENGTH)
        .endsWith("…");
    assertThat(MessageCatalog.format("{0}", List.of(FIELD), Locale.ENGLISH)).isEqualTo("The name");
  }
}
