package org.sanshe.core.registry.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A review held: stage, date, expert scores and the decision reached. Immutable.
 *
 * @param stage the stage
 * @param heldOn the date
 * @param scores the expert scores
 * @param passed whether the project passed
 */
public record Review(
    ReviewStage stage, LocalDate heldOn, List<ExpertScore> scores, boolean passed) {
  /** Copies the scores. */
  public Review {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(heldOn, "heldOn");
    scores = List.copyOf(scores);
  }
}
