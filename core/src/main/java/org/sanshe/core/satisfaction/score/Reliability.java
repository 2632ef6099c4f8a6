package org.sanshe.core.satisfaction.score;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * The internal consistency of a questionnaire: Cronbach's alpha, or why it is not available.
 * Immutable and thread-safe.
 */
public sealed interface Reliability {

  /**
   * Cronbach's alpha.
   *
   * @param value the alpha, finite, at most 1 (may be negative)
   * @param items the number of items
   * @param completeResponses the complete responses it is computed from
   */
  record Alpha(double value, int items, long completeResponses) implements Reliability {
    /**
     * Checks the value is finite.
     *
     * @throws SatisfactionException with {@code SATISFACTION_NOT_A_NUMBER} for NaN or infinity
     */
    public Alpha {
      if (!Double.isFinite(value)) {
        throw new SatisfactionException(
            SatisfactionError.SATISFACTION_NOT_A_NUMBER, Wording.of("alpha", "α 系数"));
      }
    }
  }

  /**
   * Alpha cannot be computed.
   *
   * @param reason why, not null
   */
  record Unavailable(String reason) implements Reliability {
    /** Checks the component. */
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
