package org.sanshe.jackson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.jackson.fixture.OrganizationFixture.CLOCK;
import static org.sanshe.jackson.fixture.OrganizationFixture.COMMUNITY;
import static org.sanshe.jackson.fixture.OrganizationFixture.active;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.hsds.HsdsExporter;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jackson.fixture.OrganizationFixture;

class HsdsJsonTest {

  @Test
  void hsds_json_uses_the_specification_field_names() throws Exception {
    HsdsExporter exporter = new HsdsExporter(OrganizationFixture.divisions());
    ObjectMapper mapper = RegistryJson.mapper();
    JsonNode json =
        mapper.valueToTree(
            exporter.export(
                active("o1", 1, LocalDate.of(2019, 5, 1))
                    .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK)
                    .landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK),
                LocalDate.of(2025, 1, 1)));
    JsonNode org = json.get("organization");
    assertThat(org.has("year_incorporated")).isTrue();
    assertThat(org.get("organization_identifiers").get(0).has("identifier_scheme")).isTrue();
    assertThat(org.get("organization_identifiers").get(0).has("identifier_type")).isTrue();
    assertThat(org.get("organization_identifiers").get(0).get("identifier_scheme").asText())
        .isEqualTo("CN-USCI");
    assertThat(org.get("locations").size()).isZero();
    JsonNode service = json.get("services").get(0);
    assertThat(service.has("organization_id")).isTrue();
    JsonNode area = service.get("service_areas").get(0);
    assertThat(area.get("service_id").asText()).isEqualTo(service.get("id").asText());
    assertThat(area.get("extent_type").asText()).isEqualTo("text");
    assertThat(service.get("service_at_locations").size()).isZero();
  }
}
