package org.sanshe.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class JdbcErrorTest {

  @Test
  void every_code_has_an_english_and_a_chinese_message() {
    for (JdbcError error : JdbcError.values()) {
      assertThat(JdbcError.catalog().covers(error.code())).as(error.code()).isTrue();
      String english = error.template(Locale.ENGLISH);
      String chinese = error.template(Locale.SIMPLIFIED_CHINESE);
      assertThat(chinese).as(error.code()).isNotEqualTo(english);
      // wholly Chinese: no English words left, only placeholders, product names and file patterns
      String stripped =
          chinese
              .replaceAll("\\{\\d}", "")
              .replaceAll("PostgreSQL|openGauss|SQL|V<版本号>__<说明>\\.sql", "");
      assertThat(stripped).as(error.code()).doesNotContainPattern("[A-Za-z]{2,}");
    }
  }

  @Test
  void translated_failures_name_the_operation_and_the_sql_state_in_both_languages() {
    JdbcException e = new JdbcException(JdbcError.JDBC_CONFLICT, "append journal", "23505", null);

    assertThat(e.getMessage()).startsWith("[JDBC_CONFLICT] append journal").contains("23505");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("append journal", "23505", "冲突");
    assertThat(e.isConflict()).isTrue();
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.operation()).isEqualTo("append journal");
    assertThat(e.sqlState()).isEqualTo("23505");
  }
}
