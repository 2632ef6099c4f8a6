package org.sanshe.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.ProblemDetails;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.jackson.fixture.JsonCases;
import org.sanshe.jackson.fixture.PortalForms;

class ProblemJsonTest {

  private final ObjectMapper mapper = SansheJson.mapper();

  @Test
  void a_sanshe_exception_is_written_as_an_rfc_9457_document_in_the_requests_language()
      throws Exception {
    SansheException e = new RegistryException(RegistryError.ORGANIZATION_NOT_FOUND, "o1");
    JsonNode zh = mapper.readTree(mapper.writer().with(Locale.CHINA).writeValueAsString(e));
    assertThat(zh.get("type").asText()).isEqualTo("urn:sanshe:error:ORGANIZATION_NOT_FOUND");
    assertThat(zh.get("status").asInt()).isEqualTo(404);
    assertThat(zh.get("code").asText()).isEqualTo("ORGANIZATION_NOT_FOUND");
    assertThat(zh.get("title").asText()).isEqualTo("未找到");
    assertThat(zh.get("detail").asText()).isEqualTo(e.message(Locale.CHINESE));
    assertThat(zh.get("problems").isEmpty()).isTrue();
    assertThat(zh.has("stackTrace")).isFalse();
    JsonNode en = mapper.readTree(mapper.writer().with(Locale.UK).writeValueAsString(e));
    assertThat(en.get("detail").asText()).isEqualTo(e.message(Locale.ENGLISH));
  }

  @Test
  void invalid_input_lists_its_problems_with_their_paths() throws Exception {
    InvalidInputException e =
        new InvalidInputException(
            Problems.builder()
                .add("[0].uscc", new SansheException(CoreError.USCC_BLANK))
                .add(Problem.warning("[1].uscc", CoreError.USCC_REGION_UNKNOWN, "999999"))
                .build());
    JsonNode json = mapper.readTree(mapper.writer().with(Locale.ENGLISH).writeValueAsString(e));
    assertThat(json.get("code").asText()).isEqualTo("INPUT_INVALID");
    assertThat(json.get("status").asInt()).isEqualTo(400);
    assertThat(json.get("problems")).hasSize(2);
    assertThat(json.get("problems").get(0).get("path").asText()).isEqualTo("[0].uscc");
    assertThat(json.get("problems").get(0).get("code").asText()).isEqualTo("USCC_BLANK");
    assertThat(json.get("problems").get(1).get("severity").asText()).isEqualTo("WARNING");
  }

  @Test
  void every_shared_bad_input_fails_with_its_code_and_path_and_echoes_nothing() {
    for (JsonCases.BadInput c : JsonCases.badInput()) {
      try {
        mapper.readValue(c.json(), c.type());
        fail("read without error: " + c);
      } catch (JsonProcessingException failure) {
        InvalidInputException e = SansheJson.toException(failure);
        Problem p = e.problems().all().get(0);
        assertThat(p.code()).as(c.toString()).isEqualTo(c.code());
        assertThat(p.path()).as(c.toString()).isEqualTo(c.path());
        ProblemDetails document = SansheJson.problem(failure, Locale.ENGLISH);
        assertThat(document.code()).as(c.toString()).isEqualTo(c.code());
        assertThat(document.status()).isEqualTo(p.errorCode().httpStatus());
        assertThat(document.problems().get(0).path()).as(c.toString()).isEqualTo(c.path());
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
          String message =
              e.message(l) + SansheJson.problem(failure, l) + failure.getOriginalMessage();
          for (String value : c.values()) {
            assertThat(message).as(c.toString()).doesNotContain(value);
          }
        }
      }
    }
  }

  @Test
  void the_bad_input_check_can_fail_a_case_that_echoes() {
    JsonCases.BadInput echo =
        new JsonCases.BadInput(Object.class, "{\"a\":\"secret-value\"}", "X", "");
    assertThat(echo.values()).containsExactly("secret-value");
  }

  @Test
  void nesting_and_length_limits_are_coded_errors() {
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThatThrownBy(() -> mapper.readTree(deep))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            f ->
                assertThat(SansheJson.toException(f).problems().all().get(0).code())
                    .isEqualTo("DOCUMENT_TOO_DEEP"));
    ObjectMapper small = SansheJson.builder().maxStringLength(100).build();
    String longString = "{\"community\":\"" + "1".repeat(200) + "\"}";
    assertThatThrownBy(() -> small.readValue(longString, PortalForms.Registration.class))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            f ->
                assertThat(SansheJson.toException(f).problems().all().get(0).code())
                    .isEqualTo("DOCUMENT_TOO_LARGE"));
    ObjectMapper tiny = SansheJson.builder().maxDocumentLength(50).build();
    assertThatThrownBy(() -> tiny.readTree("[" + "1,".repeat(100) + "1]"))
        .isInstanceOfSatisfying(
            JsonProcessingException.class,
            f ->
                assertThat(SansheJson.toException(f).problems().all().get(0).code())
                    .isEqualTo("DOCUMENT_TOO_LARGE"));
  }

  @Test
  void no_class_name_in_the_input_is_ever_honoured() throws Exception {
    Object read =
        mapper.readValue(
            "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"x\"]}", Object.class);
    assertThat(read).isInstanceOf(Map.class);
    assertThat(
            mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
        .isNull();
  }
}
