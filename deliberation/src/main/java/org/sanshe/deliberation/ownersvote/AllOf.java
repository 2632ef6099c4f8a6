package org.sanshe.deliberation.ownersvote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A rule that holds when all its parts hold; it checks (and reports) every part, even after one has
 * failed. Immutable.
 *
 * @param name the rule's name
 * @param rules the parts, at least one
 */
public record AllOf(String name, List<VoteRule> rules) implements VoteRule {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK} for a blank name or {@code
   *     VOTE_THRESHOLD_INVALID} for no rules
   */
  public AllOf {
    name = Checks.text(name, "name");
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new AffairsException(
          AffairsError.VOTE_THRESHOLD_INVALID, name, Wording.of("it has no rules", "没有任何规则"));
    }
  }

  /**
   * Returns the conjunction of rules.
   *
   * @param name the name, not blank
   * @param rules the parts, at least one
   * @return the rule
   */
  public static AllOf of(String name, VoteRule... rules) {
    return new AllOf(name, List.of(rules));
  }

  @Override
  public List<ThresholdCheck> check(VoteTally tally, Option option) {
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(option, "option");
    List<ThresholdCheck> checks = new ArrayList<>();
    for (VoteRule rule : rules) {
      checks.addAll(rule.check(tally, option));
    }
    return List.copyOf(checks);
  }
}
