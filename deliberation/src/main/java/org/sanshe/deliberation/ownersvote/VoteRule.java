package org.sanshe.deliberation.ownersvote;

import java.util.List;

/**
 * A named quorum or threshold rule: a small policy object that checks a tally for one option and
 * returns every threshold it checked. Rules compose with {@link AllOf}; presets are in {@link
 * VoteRules}. Implementations are immutable and thread-safe.
 */
public interface VoteRule {

  /**
   * Returns the rule's name, such as {@code Civil Code Art. 278, items 6-8}.
   *
   * @return the name
   */
  String name();

  /**
   * Checks a tally.
   *
   * @param tally the tally, not null
   * @param option the option whose support is measured, not null
   * @return every threshold checked, in order
   * @throws org.sanshe.deliberation.error.AffairsException with {@code VOTE_OPTION_UNKNOWN} or
   *     {@code VOTE_AREA_NOT_RECORDED}
   */
  List<ThresholdCheck> check(VoteTally tally, Option option);

  /**
   * Decides: adopted when every threshold passed.
   *
   * @param tally the tally, not null
   * @param option the option whose support is measured, not null
   * @return the decision, explaining itself
   * @throws org.sanshe.deliberation.error.AffairsException as {@link #check(VoteTally, Option)}
   */
  default VoteDecision decide(VoteTally tally, Option option) {
    List<ThresholdCheck> checks = check(tally, option);
    return checks.stream().allMatch(ThresholdCheck::passed)
        ? new VoteDecision.Adopted(name(), option, checks)
        : new VoteDecision.NotAdopted(name(), option, checks);
  }
}
