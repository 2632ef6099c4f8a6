package org.sanshe.deliberation.counting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * What a tie-break may look at: every candidate of the vote (for a lottery), and, when the method
 * has them, each candidate's cost and votes. Immutable.
 *
 * @param candidates all candidates of the vote, in their declared order, not null
 * @param costs the cost of each candidate (projects), empty when there are none
 * @param votes the votes of each candidate as the method defines them, empty when none
 */
public record TieContext(
    List<CandidateId> candidates, Map<CandidateId, Long> costs, Map<CandidateId, Long> votes) {

  /**
   * Copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public TieContext {
    candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    costs = Map.copyOf(Objects.requireNonNull(costs, "costs"));
    votes = Map.copyOf(Objects.requireNonNull(votes, "votes"));
  }

  /**
   * Returns a context with candidates only.
   *
   * @param candidates the candidates
   * @return the context
   */
  public static TieContext of(List<CandidateId> candidates) {
    return new TieContext(candidates, Map.of(), Map.of());
  }

  long cost(CandidateId id) {
    return costs.getOrDefault(id, 0L);
  }

  long votes(CandidateId id) {
    return votes.getOrDefault(id, 0L);
  }
}
