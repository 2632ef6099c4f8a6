package org.sanshe.deliberation.escalation;

import java.util.List;
import java.util.Optional;

/**
 * The port to where escalation cases are kept. Implementations say whether they are thread-safe.
 */
public interface EscalationCases {

  /**
   * Adds a new case.
   *
   * @param escalationCase the case, not null
   * @throws org.sanshe.deliberation.affairs.error.AffairsException with {@code
   *     ESCALATION_CASE_DUPLICATE} if its id is taken or its matter already has an open case
   */
  void add(EscalationCase escalationCase);

  /**
   * Stores a changed case.
   *
   * @param escalationCase the case, not null
   * @throws org.sanshe.deliberation.affairs.error.AffairsException with {@code
   *     ESCALATION_CASE_UNKNOWN}
   */
  void update(EscalationCase escalationCase);

  /**
   * Finds a case.
   *
   * @param id the id, not null
   * @return the case, or empty
   */
  Optional<EscalationCase> find(CaseId id);

  /**
   * Returns the open cases.
   *
   * @return a snapshot list, in the order they were added
   */
  List<EscalationCase> open();
}
