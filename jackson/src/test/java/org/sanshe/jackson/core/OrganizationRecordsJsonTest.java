package org.sanshe.jackson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.jackson.fixture.OrganizationFixture.CLOCK;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.organization.ContactPerson;
import org.sanshe.core.registry.organization.ContactPhone;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.RegisteredAddress;
import org.sanshe.core.registry.organization.RegistrationDetails;
import org.sanshe.jackson.SansheJson;
import org.sanshe.jackson.fixture.OrganizationFixture;

/** The complete organization records in JSON: full for storage, masked for browsers. */
class OrganizationRecordsJsonTest {

  static Organization recorded() {
    return OrganizationFixture.registered("r1", 7, LocalDate.of(2018, 1, 1))
        .recordDetails(
            new RegistrationDetails(
                "张三丰",
                "office@example.org",
                "https://example.org",
                List.of(
                    new ContactPhone("025-52345678", false), new ContactPhone("13912345678", true)),
                List.of(new ContactPerson("李四", "秘书长", new ContactPhone("13800001111", true))),
                null,
                "为老服务",
                "南京市雨花台区民政局",
                LocalDate.of(2017, 6, 1),
                Map.of("erp.id", "A-17"),
                null,
                null),
            CLOCK)
        .relocate(new RegisteredAddress(OrganizationFixture.COMMUNITY, "雨花西路 1 号"), CLOCK)
        .startIncubation(
            new OrganizationId("hub"), LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1), CLOCK)
        .storedAs(3);
  }

  @Test
  void the_storage_mapper_and_the_streaming_reader_round_trip_every_record_field()
      throws Exception {
    ObjectMapper mapper = RegistryJson.mapper();
    Organization o = recorded();
    assertThat(mapper.readValue(mapper.writeValueAsString(o), Organization.class)).isEqualTo(o);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegistryJson.writeOrganizations(mapper, List.of(o), out);
    RegistryJson.Read<Organization> read =
        RegistryJson.readOrganizations(mapper, new ByteArrayInputStream(out.toByteArray()));
    assertThat(read.problems().errors()).isEmpty();
    assertThat(read.elements()).containsExactly(o);
  }

  @Test
  void the_browser_mapper_masks_the_personal_data_and_masked_json_is_never_read_back()
      throws Exception {
    ObjectMapper masked = SansheJson.mapper();
    String json = masked.writeValueAsString(recorded());
    assertThat(json)
        .doesNotContain("三丰")
        .doesNotContain("13912345678")
        .doesNotContain("李四")
        .doesNotContain("13800001111")
        .contains("025-52345678")
        .contains("张**");
    assertThatThrownBy(() -> RegistryJson.mapper().readValue(json, Organization.class))
        .hasMessageContaining("ORGANIZATION_RECORD_INVALID");
    RegistryJson.Read<Organization> read =
        RegistryJson.readOrganizations(
            RegistryJson.mapper(),
            new ByteArrayInputStream(("[" + json + "]").getBytes(StandardCharsets.UTF_8)));
    assertThat(read.problems().errors().get(0).code()).isEqualTo("ORGANIZATION_RECORD_INVALID");
  }
}
