package org.sanshe.core.satisfaction.response;

import java.util.Objects;
import java.util.Optional;

/**
 * The rule for a second response by the same respondent for the same subject and period: refuse it,
 * or let it replace the first. Immutable and thread-safe.
 */
public enum DuplicatePolicy {
  /**
   * The first response stands; a second is refused with {@code SATISFACTION_DUPLICATE_RESPONSE}.
   */
  REJECT,
  /** The latest response replaces the earlier one. */
  REPLACE;

  /**
   * Decides about an incoming response.
   *
   * @param existing the response already recorded under the same key, if any; not null
   * @return accept, replace or reject, with the reason
   */
  public DuplicateDecision decide(Optional<Response> existing) {
    Objects.requireNonNull(existing, "existing");
    if (existing.isEmpty()) {
      return new DuplicateDecision.Accept();
    }
    return this == REJECT
        ? new DuplicateDecision.Reject(existing.get())
        : new DuplicateDecision.Replace(existing.get());
  }
}
