package org.sanshe.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.jackson.core.PersonalData;
import org.sanshe.jackson.fixture.ResultSamples;
import org.sanshe.jackson.fixture.ValueSamples;

class ResultJsonTest {

  private final ObjectMapper full = SansheJson.builder().personalData(PersonalData.FULL).build();

  @Test
  void every_sample_result_reads_back_equal_with_its_type_and_no_class_name() throws Exception {
    for (Map.Entry<Class<?>, Object> sample : ResultSamples.all()) {
      String json = full.writerFor(sample.getKey()).writeValueAsString(sample.getValue());
      assertThat(json).doesNotContain("org.sanshe").doesNotContain("@class");
      assertThat(full.readValue(json, sample.getKey())).as(json).isEqualTo(sample.getValue());
    }
  }

  @Test
  void every_sample_value_reads_back_equal_with_no_class_name() throws Exception {
    for (Map.Entry<Class<?>, Object> sample : ValueSamples.all()) {
      String json = full.writerFor(sample.getKey()).writeValueAsString(sample.getValue());
      assertThat(json).doesNotContain("org.sanshe").doesNotContain("@class");
      assertThat(full.readValue(json, sample.getKey())).as(json).isEqualTo(sample.getValue());
    }
  }
}
