package org.sanshe.core.satisfaction.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectIdTest {

  @Test
  void to_string_is_read_back_by_parse() {
    SubjectId id = SubjectId.of(SubjectKind.ORGANIZATION, "org-17");
    assertThat(id.toString()).isEqualTo("ORGANIZATION:org-17");
    assertThat(SubjectId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void subjects_order_by_kind_then_id() {
    assertThat(SubjectId.of(SubjectKind.SOCIAL_WORKER, "b"))
        .isLessThan(SubjectId.of(SubjectKind.ORGANIZATION, "a"));
    assertThat(SubjectId.of(SubjectKind.PROJECT, "a"))
        .isLessThan(SubjectId.of(SubjectKind.PROJECT, "b"));
  }

  @Test
  void malformed_ids_are_refused() {
    assertThatThrownBy(() -> SubjectId.of(SubjectKind.PROJECT, "a b"))
        .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
    assertThatThrownBy(() -> SubjectId.parse("PLANET:x"))
        .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
    assertThatThrownBy(() -> SubjectId.parse("nocolon"))
        .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID");
  }
}
