package org.sanshe.jackson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.PointsMapping;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;

class SatisfactionJsonTest {

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void single_value_types_are_plain_strings_that_read_back() throws Exception {
    List<Object> values =
        List.of(
            SubjectId.of(SubjectKind.ORGANIZATION, "org-17"),
            Period.parse("2026-H1"),
            ItemId.of("Q1"),
            QuestionnaireId.of("community-2026"),
            Weight.parse("0.3"),
            Fraction.of(173, 2),
            Grade.of("5A"),
            PointsMapping.preset(Scale.FIVE_LEVEL));
    for (Object value : values) {
      String json = mapper.writeValueAsString(value);
      assertThat(json).isEqualTo("\"" + value + "\"");
      assertThat(mapper.readValue(json, value.getClass())).isEqualTo(value);
    }
  }

  @Test
  void malformed_strings_fail_with_the_code_and_without_echoing_the_input() {
    assertThatThrownBy(() -> mapper.readValue("\"2026-H3\"", Period.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("SATISFACTION_IDENTIFIER_INVALID")
        .hasMessageNotContaining("2026-H3");
    assertThatThrownBy(() -> mapper.readValue("\"0.00001\"", Weight.class))
        .hasMessageContaining("SATISFACTION_WEIGHT_INVALID");
  }
}
