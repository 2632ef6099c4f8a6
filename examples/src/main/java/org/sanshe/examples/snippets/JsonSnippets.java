package org.sanshe.examples.snippets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.sanshe.core.error.ProblemDetails;
import org.sanshe.jackson.SansheJson;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * The README's JSON snippet. The region between the tag comments is copied verbatim into README.md;
 * {@code ReadmeSnippetsTest} keeps the two equal and checks what the comments say.
 */
public final class JsonSnippets {

  private JsonSnippets() {}

  /**
   * Runs the JSON snippet.
   *
   * @return the JSON written, the status and the code of the refusal
   * @throws JsonProcessingException if writing fails
   */
  public static List<Object> json() throws JsonProcessingException {
    // tag::json[]
    ObjectMapper mapper = SansheJson.mapper(); // masked personal data, input limits
    String json = mapper.writeValueAsString(TimeCredit.ofMinutes(150));
    // {"minutes":150,"display":"2h30m"}
    ProblemDetails problem = null;
    try {
      mapper.readValue("{\"minutes\":\"many\"}", TimeCredit.class);
    } catch (JsonProcessingException e) {
      problem = SansheJson.problem(e, Locale.SIMPLIFIED_CHINESE);
      // status 400, code DOCUMENT_WRONG_TYPE, detail "minutes 的 JSON 类型不正确"
    }
    // end::json[]
    return List.of(json, problem.status(), problem.code(), problem.detail());
  }
}
