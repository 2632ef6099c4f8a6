package org.sanshe.jackson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

class IdentifierJsonTest {

  /** A form as a portal would post it. */
  public record Registration(
      UnifiedSocialCreditCode uscc, DivisionCode community, ResidentIdNumber contact) {}

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new SansheCoreModule(org.sanshe.jackson.core.PersonalData.FULL))
          .findAndRegisterModules();

  @Test
  void the_module_is_found_through_the_service_loader() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof SansheCoreModule);
  }

  @Test
  void identifiers_are_plain_json_strings_and_round_trip() throws Exception {
    Registration r =
        new Registration(
            UnifiedSocialCreditCode.parse("53100000500019795A"),
            DivisionCode.parse("320114001001"),
            ResidentIdNumber.parse("11010519491231002X"));
    String json = mapper.writeValueAsString(r);
    assertThat(json)
        .isEqualTo(
            "{\"uscc\":\"53100000500019795A\",\"community\":\"320114001001\",\"contact\":\"11010519491231002X\"}");
    assertThat(mapper.readValue(json, Registration.class)).isEqualTo(r);
  }

  @Test
  void an_invalid_identifier_is_rejected_on_read_with_our_code() {
    String json = "{\"uscc\":\"53100000500012015T\",\"community\":\"320114\",\"contact\":null}";
    assertThatThrownBy(() -> mapper.readValue(json, Registration.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("[USCC_CHECK_CHARACTER]")
        .satisfies(
            e -> {
              SansheException cause = org.sanshe.jackson.internal.Values.sansheCause(e);
              assertThat(cause).isNotNull();
              assertThat(cause.code()).isEqualTo("USCC_CHECK_CHARACTER");
            });
  }

  @Test
  void a_rejected_resident_number_is_not_echoed_in_the_error() {
    String json = "{\"contact\":\"110105194912310021\"}";
    assertThatThrownBy(() -> mapper.readValue(json, Registration.class))
        .hasMessageContaining("[RESIDENT_ID_CHECK_CHARACTER]")
        .hasMessageNotContaining("110105194912310021");
  }

  @Test
  void a_number_where_a_string_is_expected_is_a_mapping_error() {
    assertThatThrownBy(() -> mapper.readValue("{\"community\":320114}", Registration.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
