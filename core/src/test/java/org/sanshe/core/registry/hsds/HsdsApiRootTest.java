package org.sanshe.core.registry.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;

class HsdsApiRootTest {

  @Test
  void the_root_serves_hsds_3_0_with_the_profile_and_openapi_urls() {
    HsdsApiRoot root =
        HsdsApiRoot.of("https://example.org/hsds/profile", "https://example.org/openapi.json");
    assertThat(root.version()).isEqualTo("3.0");
    assertThat(root.profile()).isEqualTo("https://example.org/hsds/profile");
    assertThat(HsdsApiRoot.of("http://example.org/p", null).openapiUrl()).isNull();
  }

  @Test
  void relative_or_non_http_urls_and_other_versions_are_refused() {
    for (String url : new String[] {"profile", "/hsds/profile", "ftp://example.org/p", "http://"}) {
      assertThatThrownBy(() -> HsdsApiRoot.of(url, null))
          .as(url)
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> assertThat(e.errorCode()).isEqualTo(CoreError.ARGUMENT_INVALID));
    }
    assertThatThrownBy(() -> HsdsApiRoot.of("https://example.org/p", "openapi.json"))
        .isInstanceOf(SansheException.class);
    assertThatThrownBy(() -> new HsdsApiRoot("3.1", "https://example.org/p", null))
        .isInstanceOf(SansheException.class);
  }
}
