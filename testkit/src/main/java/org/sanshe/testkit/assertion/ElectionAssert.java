package org.sanshe.testkit.assertion;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * Assertions on the winner of a single-winner election (Schulze, instant runoff, a Condorcet
 * winner), given as the method's name and the candidate it elected. Not thread-safe.
 */
public final class ElectionAssert extends AbstractAssert<ElectionAssert, CandidateId> {

  private final String method;

  /**
   * Creates the assertion.
   *
   * @param method the method's name, for messages, not null
   * @param winner the elected candidate, may be null (every assertion then fails)
   */
  public ElectionAssert(String method, CandidateId winner) {
    super(winner, ElectionAssert.class);
    this.method = Objects.requireNonNull(method, "method");
  }

  /**
   * Verifies who was elected.
   *
   * @param expected the candidate id, not null
   * @return this assertion
   */
  public ElectionAssert elected(String expected) {
    Objects.requireNonNull(expected, "expected");
    if (actual == null || !actual.value().equals(expected)) {
      failWithMessage("Expected %s to elect %s but it elected %s", method, expected, actual);
    }
    return this;
  }
}
