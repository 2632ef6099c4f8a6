package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.ErrorCategory;

class TimeBankJdbcErrorCategoriesTest {

  @Test
  void every_code_has_exactly_one_category() throws Exception {
    Properties listed = new Properties();
    try (InputStream in =
        TimeBankJdbcError.class.getResourceAsStream(
            "/META-INF/sanshe/time-bank-jdbc-categories.properties")) {
      assertThat(in).isNotNull();
      listed.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(listed.stringPropertyNames())
        .isEqualTo(
            Arrays.stream(TimeBankJdbcError.values())
                .map(TimeBankJdbcError::code)
                .collect(Collectors.toSet()));
    for (TimeBankJdbcError e : TimeBankJdbcError.values()) {
      assertThat(e.category())
          .as(e.code())
          .isEqualTo(ErrorCategory.valueOf(listed.getProperty(e.code()).trim()));
    }
  }
}
