package org.sanshe.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.money.MoneyError;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.satisfaction.SatisfactionError;

class ErrorCategoriesTest {

  /** Every catalogue of core: its enum and its resource name. */
  private static final Object[][] CATALOGUES = {
    {CoreError.class, "core"},
    {MoneyError.class, "money"},
    {RegistryError.class, "registry"},
    {SatisfactionError.class, "satisfaction"},
    {DocumentError.class, "document"},
    {FundError.class, "fund"}
  };

  /**
   * Checks that a catalogue's categories resource lists exactly the enum's codes: one category per
   * code, no code without one, no entry for a code that does not exist. Shared with the other
   * modules' tests through {@code ErrorCategoriesTest.assertComplete}.
   *
   * @param type the error enum
   * @param catalogue the resource name
   */
  static <E extends Enum<E> & ErrorCode> void assertComplete(Class<E> type, String catalogue)
      throws IOException {
    Properties listed = new Properties();
    try (InputStream in =
        type.getResourceAsStream("/META-INF/sanshe/" + catalogue + "-categories.properties")) {
      assertThat(in).as(catalogue + "-categories.properties").isNotNull();
      listed.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> codes =
        Arrays.stream(type.getEnumConstants()).map(ErrorCode::code).collect(Collectors.toSet());
    assertThat(listed.stringPropertyNames()).as(catalogue + " categories").isEqualTo(codes);
    for (E code : type.getEnumConstants()) {
      ErrorCategory category = ErrorCategory.valueOf(listed.getProperty(code.code()).trim());
      assertThat(code.category()).as(code.code()).isEqualTo(category);
      assertThat(code.httpStatus()).as(code.code()).isEqualTo(category.httpStatus());
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void every_core_error_code_has_exactly_one_category() throws IOException {
    for (Object[] c : CATALOGUES) {
      assertComplete((Class) c[0], (String) c[1]);
    }
  }

  @Test
  void categories_have_stable_http_statuses() {
    assertThat(ErrorCategory.INVALID_INPUT.httpStatus()).isEqualTo(400);
    assertThat(ErrorCategory.FORBIDDEN.httpStatus()).isEqualTo(403);
    assertThat(ErrorCategory.NOT_FOUND.httpStatus()).isEqualTo(404);
    assertThat(ErrorCategory.CONFLICT.httpStatus()).isEqualTo(409);
    assertThat(ErrorCategory.UNAVAILABLE.httpStatus()).isEqualTo(503);
  }

  @Test
  void examples_of_each_category() {
    assertThat(CoreError.USCC_CHECK_CHARACTER.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
    assertThat(RegistryError.ORGANIZATION_NOT_FOUND.category()).isEqualTo(ErrorCategory.NOT_FOUND);
    assertThat(RegistryError.ORGANIZATION_VERSION_CONFLICT.category())
        .isEqualTo(ErrorCategory.CONFLICT);
    assertThat(RegistryError.REGISTRY_READ_FAILED.category()).isEqualTo(ErrorCategory.UNAVAILABLE);
    assertThat(SatisfactionError.SATISFACTION_DUPLICATE_RESPONSE.httpStatus()).isEqualTo(409);
  }

  @Test
  void a_code_of_a_class_without_a_catalogue_is_invalid_input_unless_it_says_otherwise() {
    ErrorCode foreign =
        new ErrorCode() {
          @Override
          public String code() {
            return "VENDOR_X";
          }

          @Override
          public String template(Locale locale) {
            return "x";
          }
        };
    assertThat(foreign.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
  }

  @Test
  void category_titles_exist_in_both_languages() {
    for (ErrorCategory c : ErrorCategory.values()) {
      assertThat(c.title(Locale.ENGLISH)).isNotBlank().isNotEqualTo(c.title(Locale.CHINESE));
      assertThat(c.title(Locale.forLanguageTag("zh-Hans"))).isEqualTo(c.title(Locale.CHINESE));
    }
  }
}
