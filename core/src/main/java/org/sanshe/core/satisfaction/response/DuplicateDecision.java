package org.sanshe.core.satisfaction.response;

import java.util.Objects;

/**
 * What a {@link DuplicatePolicy} decided about an incoming response, and why. Immutable and
 * thread-safe.
 */
public sealed interface DuplicateDecision {

  /**
   * Explains the decision in a sentence, free of personal data.
   *
   * @return the explanation
   */
  String explanation();

  /** The respondent has not answered for this subject and period yet: record the response. */
  record Accept() implements DuplicateDecision {
    @Override
    public String explanation() {
      return "first response of this respondent for this subject and period";
    }
  }

  /**
   * The respondent answered before and the policy keeps the latest answer.
   *
   * @param previous the response to replace, not null
   */
  record Replace(Response previous) implements DuplicateDecision {
    /** Checks the component. */
    public Replace {
      Objects.requireNonNull(previous, "previous");
    }

    @Override
    public String explanation() {
      return "the respondent answered before; the policy keeps the latest response";
    }
  }

  /**
   * The respondent answered before and the policy refuses a second answer.
   *
   * @param existing the response already recorded, not null
   */
  record Reject(Response existing) implements DuplicateDecision {
    /** Checks the component. */
    public Reject {
      Objects.requireNonNull(existing, "existing");
    }

    @Override
    public String explanation() {
      return "the respondent answered before; the policy allows one response per subject and period";
    }
  }
}
