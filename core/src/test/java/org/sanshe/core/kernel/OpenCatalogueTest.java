package org.sanshe.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

class OpenCatalogueTest {

  private static final Wording KIND = Wording.of("service domain", "服务领域");

  @Test
  void entries_keep_the_order_listed_and_with_leaves_the_original_unchanged() {
    OpenCatalogue<String, String> empty = OpenCatalogue.empty(KIND);
    OpenCatalogue<String, String> two = empty.with("b", "B").with("a", "A");
    assertThat(two.entries()).containsExactly("B", "A");
    assertThat(two.keys()).containsExactly("b", "a");
    assertThat(two.size()).isEqualTo(2);
    assertThat(empty.size()).isZero();
    assertThat(two.find("a")).contains("A");
    assertThat(two.find("c")).isEmpty();
    assertThat(two.require("b")).isEqualTo("b");
    assertThat(two.kind()).isEqualTo(KIND);
    assertThatThrownBy(() -> two.entries().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> two.keys().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_key_listed_twice_and_an_unlisted_key_are_refused_naming_the_kind_not_the_key() {
    OpenCatalogue<String, String> c = OpenCatalogue.<String, String>empty(KIND).with("k-1", "x");
    assertThatThrownBy(() -> c.with("k-1", "y"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_CODE_DUPLICATE);
              assertThat(e.getMessage()).contains("service domain").doesNotContain("k-1");
            });
    assertThat(c.entries()).containsExactly("x");
    assertThatThrownBy(() -> c.require("secret-code-42"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN);
              assertThat(e.getMessage()).doesNotContain("secret-code-42");
              assertThat(e.message(Locale.CHINESE)).contains("服务领域");
            });
    assertThatThrownBy(() -> c.with(null, "x")).hasMessage("key");
    assertThatThrownBy(() -> c.with("k-2", null)).hasMessage("entry");
    assertThatThrownBy(() -> OpenCatalogue.empty(null)).hasMessage("kind");
  }

  /** Property: any sequence of additions keeps each first listing and refuses every repeat. */
  @Test
  void listing_keeps_first_entries_in_order_and_refuses_repeats() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("OpenCatalogueTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      OpenCatalogue<Integer, String> c = OpenCatalogue.empty(KIND);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        int key = rnd.nextInt(20);
        if (expected.contains(key)) {
          OpenCatalogue<Integer, String> before = c;
          assertThatThrownBy(() -> before.with(key, "again"))
              .as("seed %d", seed)
              .isInstanceOf(SansheException.class);
        } else {
          c = c.with(key, "v" + key);
          expected.add(key);
        }
      }
      assertThat(c.keys()).as("seed %d", seed).containsExactlyElementsOf(expected);
      for (int key = 0; key < 20; key++) {
        assertThat(c.contains(key)).isEqualTo(expected.contains(key));
      }
    }
  }

  @Test
  void a_code_is_ascii_letters_digits_dash_or_underscore_starting_with_a_letter() {
    assertThat(OpenCatalogue.isCode("a", 1)).isTrue();
    assertThat(OpenCatalogue.isCode("ab", 1)).isFalse();
    assertThat(OpenCatalogue.isCode("GRID_2-b", 8)).isTrue();
    assertThat(OpenCatalogue.isCode("", 8)).isFalse();
    assertThat(OpenCatalogue.isCode("_a", 8)).isFalse();
    assertThat(OpenCatalogue.isCode("2a", 8)).isFalse();
    assertThat(OpenCatalogue.isCode("a b", 8)).isFalse();
    assertThat(OpenCatalogue.isCode("网格", 8)).isFalse();
    assertThat(OpenCatalogue.isCode("aé", 8)).isFalse();
    // every single character: a letter alone is a code, anything else is not
    for (char c = 0; c < 0x3000; c++) {
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean tail = letter || (c >= '0' && c <= '9') || c == '-' || c == '_';
      assertThat(OpenCatalogue.isCode(String.valueOf(c), 2)).isEqualTo(letter);
      assertThat(OpenCatalogue.isCode("x" + c, 2)).isEqualTo(tail);
    }
  }
}
