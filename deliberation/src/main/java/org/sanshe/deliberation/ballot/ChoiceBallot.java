package org.sanshe.deliberation.ballot;

import java.util.Objects;
import java.util.Set;

/**
 * A choose-one ballot: exactly one candidate. Immutable.
 *
 * @param choice the chosen candidate, not null
 */
public record ChoiceBallot(CandidateId choice) implements Ballot {

  /**
   * Checks the choice.
   *
   * @throws NullPointerException if choice is null
   */
  public ChoiceBallot {
    Objects.requireNonNull(choice, "choice");
  }

  /**
   * Returns the ballot choosing this candidate.
   *
   * @param id the candidate's id text
   * @return the ballot
   */
  public static ChoiceBallot of(String id) {
    return new ChoiceBallot(CandidateId.of(id));
  }

  @Override
  public BallotKind kind() {
    return BallotKind.CHOOSE_ONE;
  }

  @Override
  public Set<CandidateId> named() {
    return Set.of(choice);
  }

  @Override
  public String toString() {
    return choice.value();
  }
}
