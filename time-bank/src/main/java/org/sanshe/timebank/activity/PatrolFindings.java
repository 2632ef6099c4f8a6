package org.sanshe.timebank.activity;

import java.util.List;

/**
 * The port through which patrol findings leave the time bank: {@link AttendanceDesk#reportFinding}
 * hands each accepted finding to it; an integrator turns them into matters (for instance on the
 * deliberation module's volunteer-patrol channel, with the shift id as origin). Implementations are
 * thread-safe; {@link org.sanshe.timebank.memory.MemoryPatrolFindings} keeps them in memory.
 */
public interface PatrolFindings {

  /**
   * Accepts a finding.
   *
   * @param finding the finding, not null
   */
  void report(PatrolFinding finding);

  /**
   * Returns the findings of a shift in the order reported.
   *
   * @param shift the shift, not null
   * @return the findings
   */
  List<PatrolFinding> ofShift(ActivityId shift);
}
