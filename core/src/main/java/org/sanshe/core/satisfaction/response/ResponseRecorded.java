package org.sanshe.core.satisfaction.response;

import java.util.Objects;
import java.util.Optional;

/**
 * A response was recorded, possibly replacing the same respondent's earlier one. A streaming {@code
 * Tally} follows the store by removing {@link #replaced()} (when present) and adding {@link
 * #response()}. Immutable and thread-safe.
 *
 * @param response the response now recorded, not null
 * @param replaced the earlier response it replaced, if any; not null
 */
public record ResponseRecorded(Response response, Optional<Response> replaced) {

  /** Checks the components. */
  public ResponseRecorded {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(replaced, "replaced");
  }
}
