package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.PatrolFinding;
import org.sanshe.timebank.activity.PatrolFindings;

/** Patrol findings kept in memory, by shift, in the order reported. Thread-safe (synchronized). */
public final class MemoryPatrolFindings implements PatrolFindings {

  private final Map<ActivityId, List<PatrolFinding>> byShift = new HashMap<>();

  /** Creates an empty store. */
  public MemoryPatrolFindings() {}

  @Override
  public synchronized void report(PatrolFinding finding) {
    Objects.requireNonNull(finding, "finding");
    byShift.computeIfAbsent(finding.shift(), s -> new ArrayList<>()).add(finding);
  }

  @Override
  public synchronized List<PatrolFinding> ofShift(ActivityId shift) {
    return List.copyOf(byShift.getOrDefault(Objects.requireNonNull(shift, "shift"), List.of()));
  }
}
