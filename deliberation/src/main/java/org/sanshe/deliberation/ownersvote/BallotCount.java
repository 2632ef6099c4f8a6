package org.sanshe.deliberation.ownersvote;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The counters of one option in a secret vote: how many ballots chose it and the sum of their floor
 * areas. A count is a sum over ballots, never one ballot. Immutable.
 *
 * @param option the option
 * @param ballots the ballots for it, zero or more
 * @param area the sum of their floor areas ({@link FloorArea#ZERO} for a headcount-only vote)
 */
public record BallotCount(Option option, long ballots, FloorArea area) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws AffairsException with {@code AFFAIRS_SNAPSHOT_INVALID} for a negative count
   */
  public BallotCount {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(area, "area");
    if (ballots < 0) {
      throw new AffairsException(
          AffairsError.AFFAIRS_SNAPSHOT_INVALID,
          Wording.of("vote", "表决"),
          Wording.of("a count of ballots is not negative", "票数不能为负数"));
    }
  }
}
