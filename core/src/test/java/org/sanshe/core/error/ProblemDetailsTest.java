package org.sanshe.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

class ProblemDetailsTest {

  @Test
  void a_sanshe_exception_becomes_an_rfc_9457_document_in_the_readers_language() {
    SansheException e = new RegistryException(RegistryError.ORGANIZATION_NOT_FOUND, "o1");
    ProblemDetails zh = ProblemDetails.of(e, Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.type()).isEqualTo("urn:sanshe:error:ORGANIZATION_NOT_FOUND");
    assertThat(zh.status()).isEqualTo(404);
    assertThat(zh.code()).isEqualTo("ORGANIZATION_NOT_FOUND");
    assertThat(zh.title()).isEqualTo(ErrorCategory.NOT_FOUND.title(Locale.CHINESE));
    assertThat(zh.detail()).isEqualTo(e.message(Locale.CHINESE));
    assertThat(zh.problems()).isEmpty();
    ProblemDetails en = ProblemDetails.of(e, Locale.US);
    assertThat(en.detail()).isEqualTo(e.message(Locale.ENGLISH)).isNotEqualTo(zh.detail());
    assertThat(en.title()).isEqualTo("Not found");
  }

  @Test
  void invalid_input_lists_every_problem_with_its_path() {
    InvalidInputException e =
        new InvalidInputException(
            Problems.builder()
                .add("[0].uscc", new SansheException(CoreError.USCC_BLANK))
                .add(Problem.warning("[1].uscc", CoreError.USCC_REGION_UNKNOWN, "999999"))
                .build());
    ProblemDetails d = ProblemDetails.of(e, Locale.ENGLISH);
    assertThat(d.status()).isEqualTo(400);
    assertThat(d.code()).isEqualTo("INPUT_INVALID");
    assertThat(d.problems())
        .extracting(ProblemDetails.Entry::path, ProblemDetails.Entry::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("[0].uscc", "USCC_BLANK"),
            org.assertj.core.groups.Tuple.tuple("[1].uscc", "USCC_REGION_UNKNOWN"));
    assertThat(d.problems().get(1).severity()).isEqualTo(Problem.Severity.WARNING);
  }
}
