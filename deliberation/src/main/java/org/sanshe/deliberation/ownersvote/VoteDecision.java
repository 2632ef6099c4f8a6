package org.sanshe.deliberation.ownersvote;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of a rule applied to a tally: adopted when every threshold passed, else not adopted;
 * either way it lists every threshold checked with its figures. Implementations are immutable
 * records.
 */
public sealed interface VoteDecision permits VoteDecision.Adopted, VoteDecision.NotAdopted {

  /**
   * Returns the rule's name.
   *
   * @return the name
   */
  String rule();

  /**
   * Returns the option whose support was measured.
   *
   * @return the option
   */
  Option option();

  /**
   * Returns every threshold checked, in the rule's order.
   *
   * @return an unmodifiable list
   */
  List<ThresholdCheck> checks();

  /**
   * Tells whether the option was adopted.
   *
   * @return true for {@link Adopted}
   */
  default boolean adopted() {
    return this instanceof Adopted;
  }

  /**
   * Returns the thresholds that failed.
   *
   * @return an unmodifiable list, empty when adopted
   */
  default List<ThresholdCheck> failed() {
    return checks().stream().filter(c -> !c.passed()).toList();
  }

  /**
   * Explains the decision, one line per threshold.
   *
   * @return the explanation
   */
  default String explain() {
    return rule()
        + " for "
        + option()
        + ": "
        + (adopted() ? "adopted" : "not adopted")
        + "\n"
        + checks().stream().map(ThresholdCheck::explain).collect(Collectors.joining("\n"));
  }

  /**
   * Every threshold passed.
   *
   * @param rule the rule's name
   * @param option the option
   * @param checks the checks, all passed
   */
  record Adopted(String rule, Option option, List<ThresholdCheck> checks) implements VoteDecision {
    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component is null
     */
    public Adopted {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(option, "option");
      checks = List.copyOf(checks);
    }
  }

  /**
   * At least one threshold failed.
   *
   * @param rule the rule's name
   * @param option the option
   * @param checks the checks, at least one failed
   */
  record NotAdopted(String rule, Option option, List<ThresholdCheck> checks)
      implements VoteDecision {
    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component is null
     */
    public NotAdopted {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(option, "option");
      checks = List.copyOf(checks);
    }
  }
}
