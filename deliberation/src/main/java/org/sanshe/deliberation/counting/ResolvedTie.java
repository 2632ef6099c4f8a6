package org.sanshe.deliberation.counting;

import java.util.List;
import java.util.Objects;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * A tie a method met and how it was broken: which candidates were tied, on what, the order the
 * tie-break gave them and the rules used. Immutable.
 *
 * @param context what was tied, such as {@code "greedy: 123 approvals"} or {@code "IRV round 3
 *     elimination"}
 * @param order the tied candidates, most preferred first
 * @param rules the tie-break rules, as text
 */
public record ResolvedTie(String context, List<CandidateId> order, String rules) {

  /**
   * Copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ResolvedTie {
    Objects.requireNonNull(context, "context");
    order = List.copyOf(order);
    Objects.requireNonNull(rules, "rules");
  }
}
