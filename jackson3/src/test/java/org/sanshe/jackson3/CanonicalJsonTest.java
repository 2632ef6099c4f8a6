package org.sanshe.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanshe.jackson.fixture.JsonCases;
import org.sanshe.jackson3.core.PersonalData;
import tools.jackson.databind.ObjectMapper;

class CanonicalJsonTest {

  private final ObjectMapper full = SansheJson.builder().personalData(PersonalData.FULL).build();

  @Test
  void every_shared_canonical_value_reads_and_writes_back_byte_for_byte() throws Exception {
    for (JsonCases.Canonical c : JsonCases.canonical()) {
      Object value = full.readValue(c.json(), c.type());
      assertThat(full.writeValueAsString(value)).as(c.toString()).isEqualTo(c.json());
    }
  }

  @Test
  void the_default_mapper_masks_resident_id_numbers_names_and_phone_numbers() throws Exception {
    ObjectMapper masked = SansheJson.mapper();
    for (JsonCases.Canonical c : JsonCases.canonical()) {
      Object value = full.readValue(c.json(), c.type());
      assertThat(masked.writeValueAsString(value))
          .doesNotContain("11010519491231002X")
          .doesNotContain("王小明")
          .doesNotContain("13812345678");
    }
  }
}
