package org.sanshe.jdbc.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptTest {

  private static final Schema.Version V1 = new Schema.Version(1, "test", "V1__test.sql");

  @Test
  void statements_end_with_a_semicolon_at_the_end_of_a_line_and_comment_lines_are_dropped() {
    String text =
        "-- header;\n"
            + "create table ${prefix}a (\n"
            + "  id bigint, -- trailing comment stays inside the statement\n"
            + "  note varchar(10)\n"
            + ");  \n"
            + "\n"
            + "insert into ${prefix}a (id, note) values (1, 'x; y');\n"
            + "  -- indented comment\n"
            + "drop table ${prefix}a";

    Script script = Script.parse(V1, text, "p_");

    assertThat(script.statements())
        .containsExactly(
            "create table p_a (\n"
                + "  id bigint, -- trailing comment stays inside the statement\n"
                + "  note varchar(10)\n"
                + ")",
            "insert into p_a (id, note) values (1, 'x; y')",
            "drop table p_a");
  }

  @Test
  void the_checksum_ignores_line_ends_and_the_prefix_but_not_the_text() {
    Script lf = Script.parse(V1, "create table ${prefix}a (id bigint);\n", "p_");
    Script crlf = Script.parse(V1, "create table ${prefix}a (id bigint);\r\n", "q_");
    Script edited = Script.parse(V1, "create table ${prefix}a (id integer);\n", "p_");

    assertThat(crlf.checksum()).isEqualTo(lf.checksum());
    assertThat(edited.checksum()).isNotEqualTo(lf.checksum());
    assertThat(lf.checksum()).isBetween(0L, 0xFFFF_FFFFL);
  }

  @Test
  void created_tables_are_tracked_until_dropped() {
    Script script =
        Script.parse(
            V1,
            "create table ${prefix}a (id bigint);\n"
                + "CREATE TABLE IF NOT EXISTS ${prefix}b (id bigint);\n"
                + "create table ${prefix}c (id bigint);\n"
                + "drop table ${prefix}c;\n",
            "p_");
    List<String> tables = new ArrayList<>();

    script.trackTables(tables);

    assertThat(tables).containsExactly("p_a", "p_b");
  }
}
