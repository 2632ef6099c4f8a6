package org.sanshe.deliberation.ballot;

import java.util.Objects;

/**
 * A project of a participatory budget: its id, cost in whole currency units and name. Immutable.
 *
 * @param id the project's id, not null
 * @param cost the cost, zero or more
 * @param name the display name, not null (may be empty)
 */
public record BallotProject(CandidateId id, long cost, String name) {

  /**
   * Checks the project.
   *
   * @throws NullPointerException if id or name is null
   * @throws VotingException {@code BUDGET_COST_NEGATIVE} for a negative cost
   */
  public BallotProject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (cost < 0) {
      throw new VotingException(VotingError.BUDGET_COST_NEGATIVE, id, cost);
    }
  }

  /**
   * Returns an unnamed project.
   *
   * @param id the id's text
   * @param cost the cost, zero or more
   * @return the project
   * @throws VotingException {@code BUDGET_COST_NEGATIVE} for a negative cost
   */
  public static BallotProject of(String id, long cost) {
    return new BallotProject(CandidateId.of(id), cost, "");
  }
}
