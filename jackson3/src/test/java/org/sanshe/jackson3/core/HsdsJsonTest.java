package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.jackson.fixture.OrganizationFixture.CLOCK;
import static org.sanshe.jackson.fixture.OrganizationFixture.COMMUNITY;
import static org.sanshe.jackson.fixture.OrganizationFixture.active;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.hsds.HsdsApiRoot;
import org.sanshe.core.registry.hsds.HsdsDirectory;
import org.sanshe.core.registry.hsds.HsdsExporter;
import org.sanshe.core.registry.hsds.HsdsPlace;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jackson.fixture.OrganizationFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

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
    assertThat(org.get("organization_identifiers").get(0).get("identifier_scheme").asString())
        .isEqualTo("CN-USCI");
    assertThat(org.get("locations").size()).isZero();
    JsonNode service = json.get("services").get(0);
    assertThat(service.has("organization_id")).isTrue();
    JsonNode area = service.get("service_areas").get(0);
    assertThat(area.get("service_id").asString()).isEqualTo(service.get("id").asString());
    assertThat(area.get("extent_type").asString()).isEqualTo("text");
    assertThat(service.get("service_at_locations").size()).isZero();
  }

  @Test
  void hsds_api_shapes_use_the_specification_field_names() {
    HsdsExporter exporter = new HsdsExporter(OrganizationFixture.divisions());
    HsdsDirectory directory =
        HsdsDirectory.of(
            HsdsApiRoot.of("https://example.org/profile", "https://example.org/openapi.json"),
            List.of(
                exporter.export(
                    active("o1", 1, LocalDate.of(2019, 5, 1))
                        .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK)
                        .landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK),
                    LocalDate.of(2025, 1, 1),
                    List.of(new HsdsPlace("office", "办公室", null)))));
    ObjectMapper mapper = RegistryJson.mapper();
    JsonNode root = mapper.valueToTree(directory.root());
    assertThat(root.get("version").asString()).isEqualTo("3.0");
    assertThat(root.has("openapi_url")).isTrue();
    JsonNode page = mapper.valueToTree(directory.services(1, 10));
    assertThat(page.get("total_items").asLong()).isEqualTo(1);
    assertThat(page.get("total_pages").asLong()).isEqualTo(1);
    assertThat(page.get("page_number").asInt()).isEqualTo(1);
    assertThat(page.get("first_page").asBoolean()).isTrue();
    assertThat(page.get("last_page").asBoolean()).isTrue();
    assertThat(page.get("empty").asBoolean()).isFalse();
    JsonNode service = page.get("contents").get(0);
    assertThat(service.get("organization").has("year_incorporated")).isTrue();
    assertThat(service.get("service_at_locations").get(0).has("location_id")).isTrue();
    JsonNode orgs = mapper.valueToTree(directory.organizations(1, 10));
    assertThat(orgs.get("contents").get(0).has("legal_status")).isTrue();
  }
}
