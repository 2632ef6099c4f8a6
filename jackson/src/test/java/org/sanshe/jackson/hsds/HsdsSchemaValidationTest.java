package org.sanshe.jackson.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.jackson.fixture.OrganizationFixture.CLOCK;
import static org.sanshe.jackson.fixture.OrganizationFixture.COMMUNITY;
import static org.sanshe.jackson.fixture.OrganizationFixture.FAR_COMMUNITY;
import static org.sanshe.jackson.fixture.OrganizationFixture.active;
import static org.sanshe.jackson.fixture.OrganizationFixture.filed;
import static org.sanshe.jackson.fixture.OrganizationFixture.registered;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.hsds.HsdsApiRoot;
import org.sanshe.core.registry.hsds.HsdsDirectory;
import org.sanshe.core.registry.hsds.HsdsEntry;
import org.sanshe.core.registry.hsds.HsdsExporter;
import org.sanshe.core.registry.hsds.HsdsLocation;
import org.sanshe.core.registry.hsds.HsdsOrganizationIdentifier;
import org.sanshe.core.registry.hsds.HsdsPage;
import org.sanshe.core.registry.hsds.HsdsPlace;
import org.sanshe.core.registry.hsds.HsdsService;
import org.sanshe.core.registry.hsds.HsdsServiceArea;
import org.sanshe.core.registry.hsds.HsdsServiceAtLocation;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jackson.core.RegistryJson;
import org.sanshe.jackson.fixture.OrganizationFixture;

/**
 * Serializes every object the HSDS export and the HSDS API shapes produce and validates it against
 * the HSDS 3.0 schemas transcribed in {@code src/test/resources/hsds-3.0} (see its README), in
 * closed mode: every property written must be one the schema declares.
 */
class HsdsSchemaValidationTest {

  private static final LocalDate ON = LocalDate.of(2025, 1, 1);

  private final ObjectMapper mapper = RegistryJson.mapper();
  private final SchemaChecker checker = new SchemaChecker("/hsds-3.0/", true);
  private final HsdsExporter exporter = new HsdsExporter(OrganizationFixture.divisions());

  private List<HsdsEntry> entries() {
    List<HsdsEntry> entries = new ArrayList<>();
    entries.add(
        exporter.export(
            active("o1", 1, LocalDate.of(2019, 5, 1))
                .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.MEDIATION), CLOCK)
                .landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK)
                .landIn(FAR_COMMUNITY, LocalDate.of(2024, 3, 1), CLOCK),
            ON,
            List.of(
                new HsdsPlace("office", "雨花社区党群服务中心", "二楼 201 室"),
                new HsdsPlace("hall", "社区活动室", null))));
    entries.add(
        exporter.export(
            registered("o2", 2, LocalDate.of(2021, 3, 1))
                .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK),
            ON));
    entries.add(exporter.export(filed("f1"), ON));
    entries.add(exporter.export(recorded(), ON));
    entries.add(
        exporter.export(
            active("o3", 3, LocalDate.of(2018, 1, 1))
                .changeDomains(Set.of(ServiceDomain.MEDIATION), CLOCK)
                .suspend(CLOCK),
            ON));
    return entries;
  }

  /** An organization with the registration record's contact details (issue 19). */
  static org.sanshe.core.registry.organization.Organization recorded() {
    return registered("o4", 4, LocalDate.of(2019, 5, 1))
        .recordDetails(
            new org.sanshe.core.registry.organization.RegistrationDetails(
                "张三丰",
                "office@example.org",
                "https://example.org",
                List.of(
                    new org.sanshe.core.registry.organization.ContactPhone("025-52345678", false),
                    new org.sanshe.core.registry.organization.ContactPhone("13912345678", true)),
                List.of(
                    new org.sanshe.core.registry.organization.ContactPerson(
                        "李四",
                        "秘书长",
                        new org.sanshe.core.registry.organization.ContactPhone(
                            "025-52340000", false)),
                    new org.sanshe.core.registry.organization.ContactPerson(
                        "王五",
                        null,
                        new org.sanshe.core.registry.organization.ContactPhone(
                            "13800001111", true))),
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            CLOCK);
  }

  @Test
  void the_recommended_contact_fields_are_exported_without_personal_data() {
    HsdsEntry entry = exporter.export(recorded(), ON);
    valid("organization.json", entry.organization());
    assertThat(entry.organization().email()).isEqualTo("office@example.org");
    assertThat(entry.organization().website()).isEqualTo("https://example.org");
    assertThat(entry.organization().phones())
        .extracting(org.sanshe.core.registry.hsds.HsdsPhone::number)
        .containsExactly("025-52345678");
    for (org.sanshe.core.registry.hsds.HsdsContact c : entry.organization().contacts()) {
      valid("contact.json", c);
      c.phones().forEach(p -> valid("phone.json", p));
    }
    String json = mapper.valueToTree(entry.organization()).toString();
    assertThat(json)
        .doesNotContain("13912345678")
        .doesNotContain("13800001111")
        .doesNotContain("李四")
        .doesNotContain("三丰")
        .contains("李*")
        .contains("025-52340000");
  }

  private void valid(String schema, Object value) {
    JsonNode json = mapper.valueToTree(value);
    assertThat(checker.check(schema, json)).as("%s against %s", json, schema).isEmpty();
  }

  @Test
  void every_exported_object_is_valid_hsds_3_0() {
    int areas = 0;
    int links = 0;
    int identifiers = 0;
    int locations = 0;
    for (HsdsEntry entry : entries()) {
      valid("organization.json", entry.organization());
      for (HsdsOrganizationIdentifier i : entry.organization().organizationIdentifiers()) {
        valid("organization_identifier.json", i);
        identifiers++;
      }
      for (HsdsLocation l : entry.organization().locations()) {
        valid("location.json", l);
        locations++;
      }
      for (HsdsService s : entry.services()) {
        valid("service.json", s);
        for (HsdsServiceArea a : s.serviceAreas()) {
          valid("service_area.json", a);
          areas++;
        }
        for (HsdsServiceAtLocation l : s.serviceAtLocations()) {
          valid("service_at_location.json", l);
          links++;
        }
      }
    }
    assertThat(identifiers).as("identifiers checked").isEqualTo(4);
    assertThat(locations).as("locations checked").isEqualTo(2);
    assertThat(areas).as("service areas checked").isEqualTo(4);
    assertThat(links).as("service_at_location links checked").isEqualTo(4);
  }

  @Test
  void every_api_shape_is_valid_hsds_3_0() {
    HsdsDirectory directory =
        HsdsDirectory.of(
            HsdsApiRoot.of("https://example.org/hsds/profile", "https://example.org/openapi.json"),
            entries());
    valid("api_root.json", directory.root());
    valid("api_root.json", HsdsApiRoot.of("https://example.org/hsds/profile", null));
    for (int page = 1; page <= 3; page++) {
      HsdsPage<?> services = directory.services(page, 2);
      valid("services_page.json", services);
      services.contents().forEach(s -> valid("service.json", s));
      valid("organizations_page.json", directory.organizations(page, 3));
    }
    valid("services_page.json", HsdsPage.slice(List.of(), 1, 10));
    directory
        .services(1, 10)
        .contents()
        .forEach(
            s -> {
              valid("service.json", directory.service(s.id()).orElseThrow());
              valid("organization.json", directory.organization(s.organizationId()).orElseThrow());
            });
  }

  @Test
  void the_page_header_carries_every_field_the_api_reference_lists() {
    JsonNode page =
        mapper.valueToTree(
            HsdsDirectory.of(HsdsApiRoot.of("https://example.org/p", null), entries())
                .services(2, 2));
    assertThat(page.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents");
    assertThat(page.get("contents").get(0).get("organization").get("id").asText())
        .isEqualTo(page.get("contents").get(0).get("organization_id").asText());
  }
}
