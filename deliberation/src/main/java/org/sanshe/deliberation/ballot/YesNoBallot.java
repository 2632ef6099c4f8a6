package org.sanshe.deliberation.ballot;

import java.util.Objects;
import java.util.Set;

/**
 * A yes/no/abstain ballot on one question. Immutable.
 *
 * @param answer the answer, not null
 */
public record YesNoBallot(Answer answer) implements Ballot {

  /** The possible answers. */
  public enum Answer {
    /** In favour. */
    YES,
    /** Against. */
    NO,
    /** Neither; counts as present but not as a vote either way. */
    ABSTAIN
  }

  /** A yes ballot. */
  public static final YesNoBallot YES = new YesNoBallot(Answer.YES);

  /** A no ballot. */
  public static final YesNoBallot NO = new YesNoBallot(Answer.NO);

  /** An abstention. */
  public static final YesNoBallot ABSTAIN = new YesNoBallot(Answer.ABSTAIN);

  /**
   * Checks the answer.
   *
   * @throws NullPointerException if answer is null
   */
  public YesNoBallot {
    Objects.requireNonNull(answer, "answer");
  }

  @Override
  public BallotKind kind() {
    return BallotKind.YES_NO_ABSTAIN;
  }

  @Override
  public Set<CandidateId> named() {
    return Set.of();
  }

  @Override
  public String toString() {
    return answer.name();
  }
}
