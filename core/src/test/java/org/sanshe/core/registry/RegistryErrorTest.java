package org.sanshe.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegistryErrorTest {

  @Test
  void every_code_has_english_and_chinese_messages() {
    for (RegistryError code : RegistryError.values()) {
      assertThat(RegistryError.catalog().covers(code.code())).as(code.code()).isTrue();
    }
  }

  @Test
  void codes_are_prefixed_by_their_area() {
    for (RegistryError code : RegistryError.values()) {
      assertThat(code.code())
          .matches(
              "(REGISTRY|ORGANIZATION|WORKER|NEED|PROJECT|BUDGET|PROGRAMME|GUIDANCE|APPLICATION|REVIEW|ACCESS|PARTY)_[A-Z_]+");
    }
  }

  @Test
  void messages_fill_in_their_arguments() {
    RegistryException e =
        new RegistryException(RegistryError.ORGANIZATION_TRANSITION_NOT_ALLOWED, "ACTIVE", "FILED");
    assertThat(e.getMessage())
        .isEqualTo(
            "[ORGANIZATION_TRANSITION_NOT_ALLOWED] An organization cannot move from ACTIVE to FILED");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("ACTIVE").contains("FILED");
  }

  @Test
  void page_requests_are_checked() {
    assertThat(PageRequest.first(10).next()).isEqualTo(new PageRequest(10, 10));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PageRequest(-1, 10))
        .hasMessageContaining("REGISTRY_PAGE_INVALID");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PageRequest(0, 0))
        .hasMessageContaining("REGISTRY_PAGE_INVALID");
  }
}
