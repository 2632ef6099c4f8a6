package org.sanshe.examples.district;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the scenario found, step by step. Immutable.
 *
 * @param started when the scenario clock started
 * @param ended where the scenario clock stood at the end
 * @param steps the steps' results in order
 */
public record ScenarioReport(Instant started, Instant ended, List<StepResult> steps) {

  /**
   * Copies the steps.
   *
   * @throws NullPointerException if an argument is null
   */
  public ScenarioReport {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    steps = List.copyOf(steps);
  }

  /**
   * Returns how many steps failed.
   *
   * @return the count
   */
  public int failures() {
    return (int) steps.stream().filter(s -> !s.ok()).count();
  }
}
