package org.sanshe.timebank.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.ErrorCategory;

class TimeBankErrorCategoriesTest {

  @Test
  void every_time_bank_code_has_exactly_one_category() throws Exception {
    Properties listed = new Properties();
    try (InputStream in =
        TimeBankError.class.getResourceAsStream(
            "/META-INF/sanshe/timebank-categories.properties")) {
      assertThat(in).isNotNull();
      listed.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(listed.stringPropertyNames())
        .isEqualTo(
            Arrays.stream(TimeBankError.values())
                .map(TimeBankError::code)
                .collect(Collectors.toSet()));
    for (TimeBankError e : TimeBankError.values()) {
      assertThat(e.category())
          .as(e.code())
          .isEqualTo(ErrorCategory.valueOf(listed.getProperty(e.code()).trim()));
    }
  }

  @Test
  void examples_of_each_category() {
    assertThat(TimeBankError.LEDGER_ACCOUNT_UNKNOWN.httpStatus()).isEqualTo(404);
    assertThat(TimeBankError.LEDGER_MINIMUM_BALANCE.httpStatus()).isEqualTo(409);
    assertThat(TimeBankError.TIMEBANK_NOT_AUTHORIZED.httpStatus()).isEqualTo(403);
    assertThat(TimeBankError.LEDGER_JOURNAL_BROKEN.httpStatus()).isEqualTo(503);
    assertThat(TimeBankError.TIMEBANK_CREDIT_FORMAT.httpStatus()).isEqualTo(400);
  }
}
