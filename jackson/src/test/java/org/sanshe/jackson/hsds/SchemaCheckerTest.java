package org.sanshe.jackson.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaCheckerTest {

  private static final String SERVICE =
      """
      {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Counselling", "status": "active",
       "service_areas": [{"id": "381c64f1-a724-4884-9c21-ac96c21cca3e", "extent_type": "text"}]}
      """;

  private final ObjectMapper mapper = new ObjectMapper();
  private final SchemaChecker open = new SchemaChecker("/hsds-3.0/", false);
  private final SchemaChecker closed = new SchemaChecker("/hsds-3.0/", true);

  private JsonNode json(String text) throws Exception {
    return mapper.readTree(text);
  }

  private JsonNode service() throws Exception {
    return json(SERVICE);
  }

  @Test
  void a_valid_service_passes() throws Exception {
    assertThat(closed.check("service.json", service())).isEmpty();
  }

  @Test
  void a_missing_required_field_is_reported() throws Exception {
    JsonNode s = service();
    ((com.fasterxml.jackson.databind.node.ObjectNode) s).remove("status");
    assertThat(open.check("service.json", s))
        .containsExactly(": required property status is missing");
  }

  @Test
  void a_wrong_type_is_reported() throws Exception {
    JsonNode s = service();
    ((com.fasterxml.jackson.databind.node.ObjectNode) s).put("name", 7);
    assertThat(open.check("service.json", s))
        .containsExactly("/name: expected string, found number");
    JsonNode page = json("{\"empty\": \"false\", \"total_items\": 1.5}");
    assertThat(open.check("page.json", page))
        .containsExactlyInAnyOrder(
            "/empty: expected boolean, found string",
            "/total_items: expected integer, found number");
  }

  @Test
  void a_value_outside_the_enum_is_reported() throws Exception {
    JsonNode s = service();
    ((com.fasterxml.jackson.databind.node.ObjectNode) s).put("status", "closed");
    assertThat(open.check("service.json", s))
        .singleElement()
        .asString()
        .startsWith("/status: not one of");
  }

  @Test
  void formats_uuid_and_uri_are_checked() throws Exception {
    JsonNode s = service();
    ((com.fasterxml.jackson.databind.node.ObjectNode) s).put("id", "o1");
    ((com.fasterxml.jackson.databind.node.ObjectNode) s).put("url", "/relative");
    assertThat(open.check("service.json", s))
        .containsExactlyInAnyOrder("/id: not a uuid", "/url: not an absolute uri");
  }

  @Test
  void nested_items_and_references_are_followed() throws Exception {
    JsonNode s =
        json(
            """
            {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "n", "status": "active",
             "service_areas": [{"name": "no id"}],
             "organization": {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "o"}}
            """);
    assertThat(open.check("service.json", s))
        .containsExactlyInAnyOrder(
            "/service_areas/0: required property id is missing",
            "/organization: required property description is missing");
  }

  @Test
  void all_of_parts_apply_and_count_as_declared() throws Exception {
    JsonNode page =
        json(
            """
            {"total_items": 0, "total_pages": 0, "page_number": 1, "size": 0,
             "first_page": true, "last_page": true, "contents": []}
            """);
    assertThat(closed.check("services_page.json", page))
        .containsExactly(": required property empty is missing");
    ((com.fasterxml.jackson.databind.node.ObjectNode) page).put("empty", true);
    assertThat(closed.check("services_page.json", page)).isEmpty();
  }

  @Test
  void closed_mode_reports_properties_outside_the_schema() throws Exception {
    JsonNode s = service();
    ((com.fasterxml.jackson.databind.node.ObjectNode) s).put("organizationId", "x");
    assertThat(open.check("service.json", s)).isEmpty();
    assertThat(closed.check("service.json", s))
        .containsExactly(": property organizationId is not in the schema");
  }

  @Test
  void a_schema_using_an_unsupported_keyword_fails_loudly() {
    SchemaChecker broken = new SchemaChecker("/hsds-schema-checker/", false);
    assertThatThrownBy(() -> broken.check("unsupported.json", mapper.createObjectNode()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pattern");
  }
}
