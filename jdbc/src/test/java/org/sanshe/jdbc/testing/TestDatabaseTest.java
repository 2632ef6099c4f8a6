package org.sanshe.jdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

  @Test
  void the_test_database_answers_a_query() throws Exception {
    try (Connection c = TestDatabase.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select 40 + 2")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void fresh_prefixes_are_distinct_short_and_lower_snake() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String prefix = TestDatabase.freshPrefix();
      assertThat(prefix).matches("[a-z][a-z0-9_]*").hasSizeLessThanOrEqualTo(10).endsWith("_");
      assertThat(seen.add(prefix)).as("prefix %s repeated", prefix).isTrue();
    }
  }
}
